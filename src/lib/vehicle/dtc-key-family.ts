import type { Sourced } from './sourced';

/**
 * Generic codes that bear on keys, the immobiliser or remote locking, with what
 * they mean for a key owner. Manufacturer codes (P1xxx …) are not flagged: we
 * have no source for them.
 */
export interface KeyRelatedCode extends Sourced {
	/** Plain-language meaning for someone with a key problem. */
	readonly note: string;
}

const J2012_TITLE = 'SAE J2012 generic title';

// prettier-ignore
export const KEY_RELATED_CODES: Readonly<Record<string, KeyRelatedCode>> = {
	P0513: {
		note: 'The engine computer did not accept the key it was shown: a key not matched to this car, or a transponder it cannot read. This concerns starting the engine, not the remote buttons.',
		confidence: 'M',
		source: `${J2012_TITLE}; DOMAIN.md §6 (manufacturer text, other makes)`
	},
	P0633: {
		note: 'The engine computer holds no immobiliser key data (typical after a replacement engine computer). It must be matched by a dealer or a capable tool; a remote resync does not fix it.',
		confidence: 'S',
		source: `${J2012_TITLE}; DOMAIN.md §6 (single source)`
	},
	P0648: {
		note: 'A fault in the circuit of the immobiliser warning light, not in the key itself.',
		confidence: 'C',
		source: J2012_TITLE
	},
	U0140: {
		note: 'The body control module went silent on the network. On many cars it runs central locking and the remote receiver, so remote trouble can come with this code.',
		confidence: 'C',
		source: `${J2012_TITLE}; DOMAIN.md §5 (remote locking is a body-module job)`
	},
	U0141: {
		note: 'A body control module went silent on the network. On many cars it runs central locking and the remote receiver, so remote trouble can come with this code.',
		confidence: 'C',
		source: `${J2012_TITLE}; DOMAIN.md §5 (remote locking is a body-module job)`
	},
	U0167: {
		note: 'The engine computer cannot hear the immobiliser module, so the car may refuse to start with any key. Usually wiring, power or the module, not the key.',
		confidence: 'C',
		source: J2012_TITLE
	},
	U0168: {
		note: 'The vehicle security (alarm/anti-theft) module went silent on the network; locking, alarm or starting may be affected.',
		confidence: 'C',
		source: J2012_TITLE
	},
	U0214: {
		note: 'The remote function module (keyless entry, remote start on cars that have it) went silent on the network; key-fob buttons may stop working.',
		confidence: 'C',
		source: `${J2012_TITLE}; several code references agree the module handles remote keyless entry`
	},
	U0326: {
		note: 'The immobiliser module’s software does not match the engine computer (often after replacing one of them); it needs dealer or tool coding.',
		confidence: 'C',
		source: J2012_TITLE
	},
	U0327: {
		note: 'The security module’s software does not match the other modules (often after replacing one); it needs dealer or tool coding.',
		confidence: 'C',
		source: J2012_TITLE
	},
	U0426: {
		note: 'The engine computer got data from the immobiliser it does not accept, for example after a key or module mismatch. The car may not start.',
		confidence: 'C',
		source: J2012_TITLE
	},
	U0427: {
		note: 'The engine computer got data from the security module it does not accept; starting or the anti-theft system may be affected.',
		confidence: 'C',
		source: J2012_TITLE
	}
};
