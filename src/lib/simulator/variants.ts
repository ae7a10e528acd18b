import type { AdapterVariantId } from './types';

/** How one adapter chip behaves. */
export interface VariantProfile {
	readonly id: AdapterVariantId;
	readonly banner: string;
	/** AT@1 answer; null: rejected with '?'. */
	readonly description: string | null;
	/** STI / STDI answers on STN chips. */
	readonly sti: string | null;
	readonly stdi: string | null;
	/** Whether pin 15 is wired so AT IGN answers ON/OFF. */
	readonly ign: boolean;
	/** AT commands (without "AT", no spaces) answered with '?'. */
	readonly rejects: readonly string[];
	/** Multiplies AT command processing time (clones are slower). */
	readonly slowness: number;
	/** Largest output chunk in bytes (clones deliver in small uneven pieces). */
	readonly maxChunk: number;
	/** Sends a stray NUL before some prompts (seen on cheap clones). */
	readonly strayNul: boolean;
}

const GENUINE_V14B: VariantProfile = {
	id: 'elm327-v1.4b',
	banner: 'ELM327 v1.4b',
	description: 'OBDII to RS232 Interpreter',
	sti: null,
	stdi: null,
	ign: true,
	rejects: [],
	slowness: 1,
	maxChunk: 64,
	strayNul: false
};

/**
 * Genuine answers follow the ELM327 datasheet (AT@1 default "OBDII to RS232
 * Interpreter"); clone behaviour follows the user reports in docs/domain.md §8.
 */
export const VARIANTS: Readonly<Record<AdapterVariantId, VariantProfile>> = {
	'elm327-v1.4b': GENUINE_V14B,
	'elm327-v2.2': { ...GENUINE_V14B, id: 'elm327-v2.2', banner: 'ELM327 v2.2' },
	stn2120: {
		id: 'stn2120',
		banner: 'ELM327 v1.4b',
		description: 'OBDLink MX+',
		sti: 'STN2120 v5.6.19',
		stdi: 'OBDLink MX+ r1.3',
		ign: true,
		rejects: [],
		slowness: 0.5,
		maxChunk: 128,
		strayNul: false
	},
	'clone-v1.5': {
		id: 'clone-v1.5',
		banner: 'ELM327 v1.5',
		description: null,
		sti: null,
		stdi: null,
		ign: false,
		rejects: ['@1', '@2', 'IGN', 'CRA', 'AT2', 'PP'],
		slowness: 2,
		maxChunk: 20,
		strayNul: false
	},
	'clone-v2.1': {
		id: 'clone-v2.1',
		banner: 'ELM327 v2.1',
		description: null,
		sti: null,
		stdi: null,
		ign: false,
		rejects: ['@1', '@2', 'IGN', 'CRA', 'AT2', 'PP', 'FE'],
		slowness: 3,
		maxChunk: 7,
		strayNul: true
	}
};
