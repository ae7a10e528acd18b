import type { BatteryVerdict } from './types';
import { weakestConfidence, type Sourced } from './sourced';

/**
 * What a battery voltage at the diagnostic socket means before a key session
 * (docs/domain.md §6).
 *
 *   engine running:  13.5 ─── 14.8 V  charging
 *   engine off:      ≥ 12.4 probably fine │ 12.0-12.4 weak │ < 12.0 low
 *   BC1 (first-generation MINI) sheds loads below 11.8 V until back over 12.2 V
 *
 * One reading cannot say more than "probably": the adapter reads its own supply
 * pin to about ±2 %, and a battery driven or charged recently reads high until
 * it has rested for hours. Every verdict carries the weakest mark of the facts
 * it rests on.
 */

interface Threshold extends Sourced {
	readonly volts: number;
}

export const BATTERY_FACTS = {
	chargingMin: {
		volts: 13.5,
		confidence: 'S',
		source: 'One repair reference (a running engine shows about 13.5-14.8 V)'
	},
	chargingMax: {
		volts: 14.8,
		confidence: 'S',
		source: 'One repair reference (a running engine shows about 13.5-14.8 V)'
	},
	restedGoodMin: {
		volts: 12.4,
		confidence: 'C',
		source:
			'Battery makers’ open-circuit voltage tables for a rested battery (12.6 V about full, 12.4 V about three-quarters)'
	},
	weakMin: {
		volts: 12.0,
		confidence: 'C',
		source:
			'Battery makers’ open-circuit voltage tables for a rested battery (12.0 V about a quarter charged)'
	},
	bc1ShedBelow: {
		volts: 11.8,
		confidence: 'M',
		source: 'BMW/MINI repair information (body module BC1 load shedding)'
	},
	bc1RestoreAbove: {
		volts: 12.2,
		confidence: 'M',
		source: 'BMW/MINI repair information (body module BC1 load shedding)'
	},
	/** `AT RV` accuracy as a fraction; it reads the adapter's supply pin, a little under the battery. */
	atRvTolerance: {
		volts: 0.02,
		confidence: 'M',
		source: 'ELM327 datasheet (voltage reading, about ±2 %)'
	},
	/** Readings outside this span are not a 12 V car battery (or the adapter misreads). */
	plausibleMin: {
		volts: 6,
		confidence: 'C',
		source: 'a 12 V system cannot run its electronics this low'
	},
	plausibleMax: { volts: 18, confidence: 'C', source: 'a 12 V system does not charge this high' }
} as const satisfies Record<string, Threshold>;

export interface BatteryInterpretation extends Sourced {
	readonly verdict: BatteryVerdict;
	/** Plain-language meaning for a key session. */
	readonly advice: string;
	/** The reading is within the adapter's ±2 % of a verdict boundary. */
	readonly nearBoundary: boolean;
}

export interface BatteryOptions {
	/**
	 * The car is a first-generation MINI (true) or a MINI of unknown generation
	 * ('maybe'), whose body module BC1 sheds loads at low voltage: the advice then
	 * says so, conditionally for 'maybe'. Other cars never hear of BC1.
	 */
	readonly bc1?: boolean | 'maybe';
}

const F = BATTERY_FACTS;
type Fact = (typeof F)[keyof typeof F];
const READING_NOTE =
	'One reading at the socket is only a guide: the adapter measures to about ±2 %, and a battery driven or charged in the last few hours reads higher than it really is.';

function near(volts: number, ...bounds: number[]): boolean {
	return bounds.some((b) => Math.abs(volts - b) <= b * F.atRvTolerance.volts);
}

/** A verdict resting on `facts`: their weakest mark, their sources joined. */
function result(
	verdict: BatteryVerdict,
	advice: string,
	facts: readonly Fact[],
	nearBoundary = false
): BatteryInterpretation {
	const hedge = nearBoundary
		? ' The reading is close to a limit; a meter on the battery itself gives a firmer answer.'
		: '';
	return {
		verdict,
		advice: advice + hedge,
		confidence: weakestConfidence(...facts.map((f) => f.confidence)),
		source: [...new Set(facts.map((f) => f.source))].join('; '),
		nearBoundary
	};
}

/**
 * Reads a battery voltage (from `AT RV`) in the light of whether the engine runs,
 * and says what it means for a key session.
 */
export function interpretBattery(
	volts: number | null,
	engineRunning: boolean | null,
	options: BatteryOptions = {}
): BatteryInterpretation {
	if (volts === null || !Number.isFinite(volts)) {
		return result(
			'unknown',
			'The adapter did not report a voltage. If you can, check the battery with a meter before a key session: a weak battery can spoil it.',
			[F.atRvTolerance]
		);
	}
	if (volts < F.plausibleMin.volts || volts > F.plausibleMax.volts) {
		return result(
			'unknown',
			`The adapter reports ${volts.toFixed(1)} V, which cannot be a 12 V car battery. Measure at the battery with a meter.`,
			[F.plausibleMin]
		);
	}
	const v = volts.toFixed(1);
	const shedding = `the body module (BC1), which runs the remote, switches things off below ${F.bc1ShedBelow.volts} V until the voltage is back above ${F.bc1RestoreAbove.volts} V, which can spoil a key session.`;
	const bc1 =
		options.bc1 === 'maybe'
			? ` If this is a first-generation MINI, built until about 2008, ${shedding}`
			: options.bc1
				? ` On this MINI ${shedding}`
				: '';
	const bc1Facts: Fact[] = options.bc1 ? [F.bc1ShedBelow] : [];
	const charging = volts >= F.chargingMin.volts;
	if (engineRunning === true || (engineRunning === null && charging)) {
		const assumed =
			engineRunning === null ? ' (this looks like a running engine or a charger)' : '';
		if (volts > F.chargingMax.volts) {
			return result(
				'charging',
				`${v} V${assumed}: charging, but above the usual ${F.chargingMin.volts}-${F.chargingMax.volts} V. Have the charging system checked.`,
				[F.chargingMax, F.atRvTolerance],
				near(volts, F.chargingMax.volts)
			);
		}
		if (charging) {
			return result(
				'charging',
				`${v} V${assumed}: the alternator is charging normally.`,
				[F.chargingMin, F.atRvTolerance],
				near(volts, F.chargingMin.volts)
			);
		}
		if (volts >= F.weakMin.volts) {
			return result(
				'weak',
				`${v} V with the engine running is below the usual ${F.chargingMin.volts} V: the battery may not be charging properly. Have the battery and alternator checked.`,
				[F.chargingMin, F.atRvTolerance],
				near(volts, F.chargingMin.volts, F.weakMin.volts)
			);
		}
		return result(
			'low',
			`${v} V with the engine running: the charging system is not keeping up. Have it checked before a key session.${bc1}`,
			[F.chargingMin, F.atRvTolerance, ...bc1Facts],
			near(volts, F.weakMin.volts)
		);
	}
	if (volts >= F.restedGoodMin.volts) {
		return result(
			'rested-good',
			`${v} V with the engine off: the battery is probably well charged. ${READING_NOTE}`,
			[F.restedGoodMin, F.atRvTolerance],
			near(volts, F.restedGoodMin.volts)
		);
	}
	if (volts >= F.weakMin.volts) {
		return result(
			'weak',
			`${v} V with the engine off: the battery is probably partly discharged. Charge it, or drive for a while, before a key session so it cannot sag halfway. ${READING_NOTE}`,
			[F.weakMin, F.atRvTolerance],
			near(volts, F.restedGoodMin.volts, F.weakMin.volts)
		);
	}
	return result(
		'low',
		`${v} V with the engine off: the battery is low. Charge it before a key session.${bc1}`,
		[F.weakMin, F.atRvTolerance, ...bc1Facts],
		near(volts, F.weakMin.volts)
	);
}
