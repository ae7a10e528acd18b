import type { IgnitionState } from './types';

export interface IgnitionEvidence {
	/** `AT IGN` answer when the adapter really wires pin 15, else null. */
	readonly ignPin: 'on' | 'off' | null;
	/** Whether any engine computer answered an OBD request. */
	readonly carAnswered: boolean;
	/** Engine speed when read, else null. */
	readonly rpm: number | null;
	/** Battery volts at the socket, when read. */
	readonly volts: number | null;
}

/**
 * Infers ignition and engine state from what the adapter and car did (docs/domain.md §6):
 * the car answers only with the ignition on; RPM above zero means the engine
 * runs; `AT IGN` reflects the ignition only on adapters that wire switched 12 V
 * to the chip's pin 15, so it is a hint, never the only evidence.
 */
export function inferIgnition(e: IgnitionEvidence): { state: IgnitionState; source: string } {
	if (e.carAnswered) {
		if (e.rpm !== null && e.rpm > 0) {
			return {
				state: 'running',
				source: `the engine computer says the engine is turning (${Math.round(e.rpm)} rpm)`
			};
		}
		if (e.rpm === null) {
			return {
				state: 'on',
				source: 'the engine computer answered, but did not report engine speed'
			};
		}
		return {
			state: 'on',
			source: 'the engine computer answered and says the engine is not turning'
		};
	}
	if (e.ignPin === 'on') {
		return {
			state: 'unknown',
			source:
				'the adapter senses the ignition is on, yet no engine computer answered; the car may not support standard OBD-II, or the adapter cannot speak its language'
		};
	}
	if (e.ignPin === 'off') {
		return {
			state: 'off',
			source: 'the adapter senses the ignition is off, and the car does not answer'
		};
	}
	if (e.volts !== null && e.volts < 3) {
		return {
			state: 'unknown',
			source: 'the adapter reads almost no voltage: it may not be plugged into the car'
		};
	}
	return {
		state: 'off',
		source:
			'the adapter answers but no engine computer does, which usually means the ignition is off'
	};
}
