import type { BatteryVerdict } from './types';
import type { Confidence, Sourced } from './sourced';

/**
 * What a battery voltage means before programming keys.
 *
 *   engine running:  13.5 ─── 14.8 V  charging
 *   engine off:      ≥ 12.4 rested-good │ 12.0-12.4 weak │ < 12.0 low
 *   BC1 (MINI R5x) sheds loads below 11.8 V until back over 12.2 V
 */

interface Threshold extends Sourced {
	readonly volts: number;
}

export const BATTERY_FACTS = {
	chargingMin: {
		volts: 13.5,
		confidence: 'S',
		source: 'DOMAIN.md §6 (running engine about 13.5-14.8 V)'
	},
	chargingMax: {
		volts: 14.8,
		confidence: 'S',
		source: 'DOMAIN.md §6 (running engine about 13.5-14.8 V)'
	},
	restedGoodMin: {
		volts: 12.4,
		confidence: 'C',
		source:
			'Lead-acid open-circuit rule of thumb (12.6 V ≈ full, 12.4 V ≈ 75 %, 12.2 V ≈ 50 %, 12.0 V ≈ 25 %), several battery references'
	},
	weakMin: {
		volts: 12.0,
		confidence: 'C',
		source:
			'Lead-acid open-circuit rule of thumb (12.0 V ≈ 25 % charged), several battery references'
	},
	bc1ShedBelow: {
		volts: 11.8,
		confidence: 'M',
		source: 'DOMAIN.md §6 (BMW/MINI repair information, BC1 load shedding)'
	},
	bc1RestoreAbove: {
		volts: 12.2,
		confidence: 'M',
		source: 'DOMAIN.md §6 (BMW/MINI repair information, BC1 load shedding)'
	},
	/** `AT RV` accuracy as a fraction; it reads the adapter's supply pin, a little under the battery. */
	atRvTolerance: {
		volts: 0.02,
		confidence: 'M',
		source: 'ELM327 datasheet (AT RV, about ±2 %); DOMAIN.md §6'
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
	/** Plain-language meaning for key programming. */
	readonly advice: string;
	/** The reading is within the adapter's ±2 % of a verdict boundary. */
	readonly nearBoundary: boolean;
}

const F = BATTERY_FACTS;
const ADAPTER_NOTE =
	'The adapter measures at its own supply pin (about ±2 %), usually a little under the battery itself.';
const BC1_NOTE = `On a first-generation MINI the body module BC1 switches off loads below ${F.bc1ShedBelow.volts} V until the voltage is back above ${F.bc1RestoreAbove.volts} V, which can upset a key session.`;

function near(volts: number, ...bounds: number[]): boolean {
	return bounds.some((b) => Math.abs(volts - b) <= b * F.atRvTolerance.volts);
}

function result(
	verdict: BatteryVerdict,
	advice: string,
	confidence: Confidence,
	source: string,
	nearBoundary = false
): BatteryInterpretation {
	const hedge = nearBoundary
		? ' The reading is close to a limit; a meter at the battery terminals gives a firmer answer.'
		: '';
	return { verdict, advice: advice + hedge, confidence, source, nearBoundary };
}

/**
 * Reads a battery voltage (from `AT RV`) in the light of whether the engine runs,
 * and says what it means for programming a key.
 */
export function interpretBattery(
	volts: number | null,
	engineRunning: boolean | null
): BatteryInterpretation {
	if (volts === null || !Number.isFinite(volts)) {
		return result(
			'unknown',
			'The adapter did not report a voltage. Check the battery with a meter before programming keys: a weak battery can spoil the session.',
			'M',
			F.atRvTolerance.source
		);
	}
	if (volts < F.plausibleMin.volts || volts > F.plausibleMax.volts) {
		return result(
			'unknown',
			`The adapter reports ${volts.toFixed(1)} V, which is not a believable 12 V battery reading. Measure at the battery with a meter.`,
			'C',
			F.plausibleMin.source
		);
	}
	const v = volts.toFixed(1);
	const charging = volts >= F.chargingMin.volts;
	if (engineRunning === true || (engineRunning === null && charging)) {
		const assumed =
			engineRunning === null ? ' (this looks like a running engine or a charger)' : '';
		if (volts > F.chargingMax.volts) {
			return result(
				'charging',
				`${v} V${assumed}: charging, but above the usual ${F.chargingMin.volts}-${F.chargingMax.volts} V. Have the charging system checked. Fine for a key session.`,
				F.chargingMax.confidence,
				F.chargingMax.source,
				near(volts, F.chargingMax.volts)
			);
		}
		if (charging) {
			return result(
				'charging',
				`${v} V${assumed}: the alternator is charging normally. Switch the engine off for a key procedure unless it says otherwise. ${ADAPTER_NOTE}`,
				F.chargingMin.confidence,
				F.chargingMin.source,
				near(volts, F.chargingMin.volts)
			);
		}
		if (volts >= F.weakMin.volts) {
			return result(
				'weak',
				`${v} V with the engine running is below the usual ${F.chargingMin.volts} V: the battery may not be charging properly. Have the battery and alternator checked before relying on it for a key session.`,
				F.chargingMin.confidence,
				F.chargingMin.source,
				near(volts, F.chargingMin.volts, F.weakMin.volts)
			);
		}
		return result(
			'low',
			`${v} V with the engine running: the charging system is not keeping up. Have it checked before any key programming. ${BC1_NOTE}`,
			F.bc1ShedBelow.confidence,
			F.bc1ShedBelow.source,
			near(volts, F.weakMin.volts)
		);
	}
	if (volts >= F.restedGoodMin.volts) {
		return result(
			'rested-good',
			`${v} V with the engine off: the battery is well charged. Good for a key session. ${ADAPTER_NOTE}`,
			F.restedGoodMin.confidence,
			F.restedGoodMin.source,
			near(volts, F.restedGoodMin.volts)
		);
	}
	if (volts >= F.weakMin.volts) {
		return result(
			'weak',
			`${v} V with the engine off: the battery is partly discharged. Charge it (or drive for a while) before programming keys, so it cannot sag during the session.`,
			F.weakMin.confidence,
			F.weakMin.source,
			near(volts, F.restedGoodMin.volts, F.weakMin.volts)
		);
	}
	return result(
		'low',
		`${v} V with the engine off: the battery is low. Charge it before programming keys. ${BC1_NOTE}`,
		F.bc1ShedBelow.confidence,
		F.bc1ShedBelow.source,
		near(volts, F.weakMin.volts)
	);
}
