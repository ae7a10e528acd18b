import { BATTERY_FACTS } from '../vehicle';
import type { Confidence, SourceId } from './types';

/**
 * The battery gate before a key session. Below 12.2 V at rest the guide
 * explains and suggests charging first, but the owner may go on; it never
 * blocks on a missing reading, and a running engine (which reads higher) is
 * not nagged about.
 *
 * 12.2 V is where the MINI body module (BC1) restores the loads it sheds below
 * 11.8 V (BMW/MINI repair information).
 */
export const BATTERY_GATE = {
	volts: BATTERY_FACTS.bc1RestoreAbove.volts,
	confidence: 'M' as Confidence,
	sources: ['mini-bc1-description'] as readonly SourceId[]
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

/** Reads a battery voltage against the gate. `engineRunning` null: not known. */
export function batteryGate(
	volts: number | null,
	engineRunning: boolean | null
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
			text: 'No usable battery reading. If you have a meter, check that the battery shows at least 12.2 V; otherwise carry on.'
		};
	}
	const v = volts.toFixed(1);
	if (engineRunning === true || (engineRunning === null && volts >= chargingMin.volts)) {
		return {
			...base,
			status: 'running',
			text: `${v} V with the engine running: that is the charging voltage, not the battery’s own charge. Switch the engine off when the guide asks you to.`
		};
	}
	if (volts < BATTERY_GATE.volts) {
		return {
			...base,
			status: 'low',
			text: `The battery reads ${v} V with the engine off, under ${BATTERY_GATE.volts} V. When the voltage drops under ${BATTERY_FACTS.bc1ShedBelow.volts} V the car’s body computer switches loads off to save power, and only switches them back on above ${BATTERY_GATE.volts} V. Charge the battery and read again, or carry on anyway.`
		};
	}
	return {
		...base,
		status: 'ok',
		text: `The battery reads ${v} V with the engine off: good for the session.`
	};
}
