import type { VehicleInfo } from './types';
import type { Sourced } from './sourced';

/** One statement about the car's keys, with its source. */
export interface KeyFact extends Sourced {
	readonly text: string;
}

/** What the app can say about the key system of a decoded car before the user picks a procedure. */
export interface KeyContext {
	readonly kind: 'mini-first-gen' | 'mini-cas' | 'mini-unknown-generation' | 'unknown';
	readonly title: string;
	/** The user must tell which key they hold, because the VIN cannot. */
	readonly userMustIdentifyKey: boolean;
	/** Whether an owner-level remote resync is known for this car. */
	readonly ownerProcedure: 'by-key-generation' | 'none-known' | 'no-source';
	readonly facts: readonly KeyFact[];
}

// Facts: docs/domain.md §2, §4, §5.
const BULLETIN_AND_FORUMS = 'MINI service bulletin text quoted by owners; owner forums';

/** First-generation MINI (R50/R52/R53): two remote generations split at 07/2004 production. */
export const MINI_FIRST_GEN_KEYS: KeyContext = {
	kind: 'mini-first-gen',
	title: 'First-generation MINI (R50, R52 or R53)',
	userMustIdentifyKey: true,
	ownerProcedure: 'by-key-generation',
	facts: [
		{
			text: 'There are two kinds of remote key, split by production date in July 2004, and they resync differently.',
			confidence: 'C',
			source: BULLETIN_AND_FORUMS
		},
		{
			text: 'The VIN does not tell the production month, so FobSync asks which key you have: two buttons (cars built before July 2004) or three buttons, the third for the boot (from July 2004).',
			confidence: 'C',
			source: BULLETIN_AND_FORUMS
		},
		{
			text: 'Two-button keys take a replaceable CR2032 cell; three-button keys have a sealed rechargeable cell that charges while the key is in the ignition.',
			confidence: 'C',
			source: 'Owner forums; BMW key documentation'
		},
		{
			text: 'Do every key of the car in one session: a key left out may stop working (the sources agree for the three-button key, not for the two-button one).',
			confidence: 'C',
			source: 'Owner forums; BMW E46 repair information (at most 4 keys)'
		},
		{
			text: 'If the car starts with this key, its transponder is fine: only the remote part needs attention.',
			confidence: 'C',
			source: 'Owner forums and key specialists agree'
		}
	]
};

/** Second-generation MINI and later: keys belong to the CAS module. */
export const MINI_CAS_KEYS: KeyContext = {
	kind: 'mini-cas',
	title: 'Second-generation MINI or later (R55, R56, R57 on)',
	userMustIdentifyKey: false,
	ownerProcedure: 'none-known',
	facts: [
		{
			text: 'The key talks to the car’s access module (called CAS), which holds up to 10 keys and uses changing codes.',
			confidence: 'M',
			source: 'BMW/MINI repair information'
		},
		{
			text: 'No resync an owner can do at home is known for these cars: a dealer or a key specialist enables keys with their own tools.',
			confidence: 'S',
			source: 'One key-specialist source'
		}
	]
};

/** A MINI whose generation the VIN did not reveal. */
export const MINI_UNKNOWN_GENERATION_KEYS: KeyContext = {
	kind: 'mini-unknown-generation',
	title: 'MINI (generation not decoded)',
	userMustIdentifyKey: true,
	ownerProcedure: 'by-key-generation',
	facts: [
		{
			text: 'The VIN did not tell which MINI generation this is. First-generation cars (R50, R52, R53, built until about 2008) have a home resync that depends on the key; later cars have none.',
			confidence: 'C',
			source: BULLETIN_AND_FORUMS
		}
	]
};

/** Any car we hold no key data for. */
export const UNKNOWN_CAR_KEYS: KeyContext = {
	kind: 'unknown',
	title: 'Key system not known for this car',
	userMustIdentifyKey: true,
	ownerProcedure: 'no-source',
	facts: [
		{
			text: 'FobSync has no sourced key procedure for this car. Look in the owner’s manual (often under “remote control” or “keys”), or ask an auto locksmith or the dealer.',
			confidence: 'U',
			source: 'No source for this car in FobSync’s data'
		}
	]
};

/** Last model year of first-generation MINI production (the R52 convertible ran longest). */
export const MINI_FIRST_GEN_LAST_MODEL_YEAR: Sourced & { readonly modelYear: number } = {
	modelYear: 2008,
	confidence: 'C',
	source: 'MINI production history (R50/R53 hatch 2001-2006, R52 convertible 2004-2008)'
};

/** The key-system context for a decoded vehicle (or none). */
export function keyContextFor(vehicle: VehicleInfo | null): KeyContext {
	if (!vehicle || vehicle.make !== 'MINI') return UNKNOWN_CAR_KEYS;
	if (vehicle.chassis === 'R50' || vehicle.chassis === 'R52' || vehicle.chassis === 'R53') {
		return MINI_FIRST_GEN_KEYS;
	}
	if (vehicle.chassis?.includes('R56')) return MINI_CAS_KEYS;
	if (vehicle.modelYear !== null && vehicle.modelYear > MINI_FIRST_GEN_LAST_MODEL_YEAR.modelYear) {
		return MINI_CAS_KEYS;
	}
	return MINI_UNKNOWN_GENERATION_KEYS;
}
