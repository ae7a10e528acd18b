import type { Sourced } from './sourced';

/**
 * Generic codes that bear on keys, the immobiliser or remote locking, with what
 * they mean for a key owner (docs/domain.md §9). Manufacturer codes (P1xxx …)
 * are not flagged: we have no source for them.
 *
 * Two roles, because they call for different marks on screen:
 * - 'immobiliser': the engine computer reports a key or immobiliser problem
 *   (the car may refuse to start): an alert.
 * - 'may-affect': a module that also handles locking, the remote or security
 *   stopped talking, or a warning-light circuit failed. A network or wiring
 *   fault, not a key fault; it may affect the remote: attention, not alarm.
 */
export type KeyCodeRole = 'immobiliser' | 'may-affect';

export interface KeyRelatedCode extends Sourced {
	readonly role: KeyCodeRole;
	/** Short tag for the code's line: "Immobiliser", "May affect remote locking". */
	readonly tag: string;
	/** Plain-language meaning for someone with a key problem. */
	readonly note: string;
}

const J2012 = 'SAE J2012 standard trouble-code titles';
const LOST = `${J2012}; code references agree which modules handle locking and remotes`;

// prettier-ignore
export const KEY_RELATED_CODES: Readonly<Record<string, KeyRelatedCode>> = {
	P0513: {
		role: 'immobiliser',
		tag: 'Immobiliser',
		note: 'The engine computer did not accept the key it was shown: a key not matched to this car, or a transponder it cannot read. This is about starting the engine, not the remote buttons.',
		confidence: 'M',
		source: `${J2012}; makers’ repair information (other makes)`
	},
	P0633: {
		role: 'immobiliser',
		tag: 'Immobiliser',
		note: 'The engine computer holds no immobiliser key data (typical after a replacement engine computer). A dealer or key specialist has to match it; a remote resync does not fix it.',
		confidence: 'S',
		source: `${J2012}; one repair reference`
	},
	P0648: {
		role: 'may-affect',
		tag: 'Immobiliser warning light',
		note: 'A fault in the wiring of the immobiliser warning light, not in the key itself.',
		confidence: 'C',
		source: J2012
	},
	U0140: {
		role: 'may-affect',
		tag: 'May affect remote locking',
		note: 'Lost communication with the body control module: a network or wiring fault, not a key fault. On many cars that module runs central locking and the remote receiver, so it may affect remote locking.',
		confidence: 'C',
		source: LOST
	},
	U0141: {
		role: 'may-affect',
		tag: 'May affect remote locking',
		note: 'Lost communication with a body control module: a network or wiring fault, not a key fault. On many cars it runs central locking and the remote receiver, so it may affect remote locking.',
		confidence: 'C',
		source: LOST
	},
	U0167: {
		role: 'immobiliser',
		tag: 'Immobiliser',
		note: 'The engine computer cannot hear the immobiliser module, so the car may refuse to start with any key. Usually wiring, power or the module, not the key.',
		confidence: 'C',
		source: J2012
	},
	U0168: {
		role: 'may-affect',
		tag: 'May affect locking or starting',
		note: 'Lost communication with the vehicle security (alarm) module: a network or wiring fault. Locking, the alarm or starting may be affected.',
		confidence: 'C',
		source: J2012
	},
	U0214: {
		role: 'may-affect',
		tag: 'May affect remote locking',
		note: 'Lost communication with the remote function module (keyless entry, remote start where fitted): a network or wiring fault, not a key fault. It may affect the remote buttons.',
		confidence: 'C',
		source: LOST
	},
	U0326: {
		role: 'immobiliser',
		tag: 'Immobiliser',
		note: 'The immobiliser module’s software does not match the engine computer (often after replacing one of them). A dealer or key specialist has to code it.',
		confidence: 'C',
		source: J2012
	},
	U0327: {
		role: 'may-affect',
		tag: 'May affect locking or starting',
		note: 'The security module’s software does not match the other modules (often after replacing one). A dealer or specialist has to code it.',
		confidence: 'C',
		source: J2012
	},
	U0426: {
		role: 'immobiliser',
		tag: 'Immobiliser',
		note: 'The engine computer got data from the immobiliser that it does not accept, for example after a key or module mismatch. The car may not start.',
		confidence: 'C',
		source: J2012
	},
	U0427: {
		role: 'may-affect',
		tag: 'May affect locking or starting',
		note: 'The engine computer got data from the security module that it does not accept; starting or the alarm may be affected.',
		confidence: 'C',
		source: J2012
	}
};

/** The key-related entry for a code such as "U0140", or null. */
export function keyCodeInfo(code: string): KeyRelatedCode | null {
	return KEY_RELATED_CODES[code.trim().toUpperCase()] ?? null;
}
