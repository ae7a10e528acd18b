import { BATTERY_FACTS } from '../vehicle';
import type { Confidence, Procedure, ProcedureVariant, SourcedText, SourceId } from './types';
import { weakest } from './confidence';
import type { SOURCES as GENERIC_SOURCES } from './procedures/generic';
import type { Cite } from './procedures/source-ids';

/**
 * The general documents the gate rests on, held by the catch-all's list: a typo fails the type
 * check. Types only, so the guide's set-up loads nothing of procedures/ with the gate.
 */
const src: Cite<typeof GENERIC_SOURCES> = (...ids) => ids;

/**
 * The battery gate before a key session. Under 12.2 V with the engine off the
 * guide explains and suggests charging first, but the owner may go on; it
 * never blocks on a missing reading, and a running engine (which reads the
 * charging voltage) is not nagged about.
 *
 * The figure is a general one for any car: battery makers' tables put a rested
 * 12 V lead-acid battery at about half charge at 12.2 V (BCI: 12.24 V ≈ 50 %;
 * Intact: 75 % is already 12.51–12.57 V). A procedure may add what its car's
 * own documents say about low voltage (`CheckStep.lowVoltage`, e.g. the MINI
 * body module's load shedding); that never changes the figure.
 *
 * A pass is worded as what one reading can support: "no sign of a weak
 * battery", with its limits (the adapter reads its supply pin to about ±2 %,
 * and the battery's rest time is unknown).
 */
export const BATTERY_GATE = {
	volts: 12.2,
	confidence: 'C' as Confidence,
	sources: src(
		'battery-bci-soc-table',
		'battery-intact-ocv',
		'elm327-datasheet-voltage'
	) as readonly SourceId[]
};

export type BatteryGateStatus = 'ok' | 'low' | 'running' | 'unknown';

export interface BatteryGateResult {
	readonly status: BatteryGateStatus;
	readonly volts: number | null;
	/** Plain words for the screen. */
	readonly text: string;
	readonly confidence: Confidence;
	readonly sources: readonly SourceId[];
}

/** "about ±0.25 V" for a reading: the adapter's tolerance in volts, rounded up to 0.05 V. */
function tolerance(volts: number): string {
	const t = Math.ceil(volts * BATTERY_FACTS.atRvTolerance.volts * 20) / 20;
	return `about ±${t.toFixed(2)} V`;
}

/**
 * Reads a battery voltage against the gate. `engineRunning` null: not known,
 * which reads exactly as false (engine not known to run): only a reading
 * decides then (`engineRunningOf` gives the report's answer).
 * `carFact`: the procedure's own low-voltage fact (`CheckStep.lowVoltage`),
 * added to the words of a low reading, with its mark and sources.
 */
export function batteryGate(
	volts: number | null,
	engineRunning: boolean | null,
	carFact: SourcedText | null = null
): BatteryGateResult {
	const { plausibleMin, plausibleMax, chargingMin } = BATTERY_FACTS;
	const base = { volts, confidence: BATTERY_GATE.confidence, sources: BATTERY_GATE.sources };
	if (
		volts === null ||
		!Number.isFinite(volts) ||
		volts < plausibleMin.volts ||
		volts > plausibleMax.volts
	) {
		return {
			...base,
			volts: null,
			status: 'unknown',
			text: `No usable battery reading. If you have a meter, check that the battery shows at least ${BATTERY_GATE.volts} V with the engine off; otherwise carry on.`
		};
	}
	const v = volts.toFixed(1);
	if (engineRunning === true) {
		return {
			...base,
			status: 'running',
			text: `${v} V with the engine running: that is the charging voltage, not the battery’s own charge. Switch the engine off when the guide asks you to.`
		};
	}
	// A rested battery never reads a charging voltage, so such a reading says the same
	// whether the engine is known to be off or not known: something is charging.
	if (volts >= chargingMin.volts) {
		return {
			...base,
			status: 'running',
			text: `${v} V: that is a charging voltage (the engine running, or a charger connected), not the battery’s own charge. If the engine runs, switch it off when the guide asks you to.`
		};
	}
	if (volts < BATTERY_GATE.volts) {
		const fact = carFact ? ` ${carFact.text}` : '';
		return {
			...base,
			status: 'low',
			confidence: carFact ? weakest(base.confidence, carFact.confidence) : base.confidence,
			sources: carFact ? [...new Set([...base.sources, ...carFact.sources])] : base.sources,
			text: `The battery reads ${v} V with the engine off, under ${BATTERY_GATE.volts} V: battery makers’ tables put a rested battery at about half charge at ${BATTERY_GATE.volts} V, so this one is low.${fact} Charge the battery and read again, or carry on anyway.`
		};
	}
	return {
		...base,
		status: 'ok',
		text: `The battery reads ${v} V with the engine off: no sign of a weak battery. One reading is only a guide: the adapter measures to ${tolerance(volts)}, and a battery driven or charged in the last few hours reads higher than its real charge.`
	};
}

/** The low-voltage fact a procedure's battery check adds (`CheckStep.lowVoltage`), or null. */
export function lowVoltageFact(def: Procedure | ProcedureVariant | null): SourcedText | null {
	if (!def) return null;
	for (const s of [...def.setup, ...def.perKey, ...def.finish])
		if (s.kind === 'check' && s.check === 'battery' && s.lowVoltage) return s.lowVoltage;
	return null;
}
