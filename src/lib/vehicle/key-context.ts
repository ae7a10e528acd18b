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

const DOMAIN_2 = 'DOMAIN.md §2 (MINI service bulletin text; owner forums)';

/** First-generation MINI (R50/R52/R53): two remote generations split at 07/2004 production. */
export const MINI_FIRST_GEN_KEYS: KeyContext = {
	kind: 'mini-first-gen',
	title: 'First-generation MINI (R50 / R52 / R53)',
	userMustIdentifyKey: true,
	ownerProcedure: 'by-key-generation',
	facts: [
		{
			text: 'There are two remote-key generations, split by production date at 07/2004, and they resync differently.',
			confidence: 'C',
			source: DOMAIN_2
		},
		{
			text: 'The VIN does not carry the production month, so please tell us which key you have: two buttons (built before 07/2004) or three buttons with a boot/tailgate button (from 07/2004).',
			confidence: 'C',
			source: DOMAIN_2
		},
		{
			text: 'Two-button keys take a replaceable CR2032 cell; three-button keys have a sealed rechargeable cell that charges while the key is in the ignition.',
			confidence: 'C',
			source: 'DOMAIN.md §2 (owner forums; BMW fob documentation)'
		},
		{
			text: 'Every key of the car has to be done in the same session; keys left out stop working.',
			confidence: 'C',
			source: 'DOMAIN.md §2 (owner forums; BMW E46 repair text gives at most 4 keys)'
		},
		{
			text: 'If the car starts with this key, its transponder is fine: only the remote part needs attention.',
			confidence: 'C',
			source: 'DOMAIN.md §5'
		}
	]
};

/** Second-generation MINI and later: keys belong to the CAS module. */
export const MINI_CAS_KEYS: KeyContext = {
	kind: 'mini-cas',
	title: 'MINI R55/R56/R57 or later (CAS key system)',
	userMustIdentifyKey: false,
	ownerProcedure: 'none-known',
	facts: [
		{
			text: 'The key talks to the CAS module (fourth-generation immobiliser with rolling codes, up to 10 keys).',
			confidence: 'M',
			source: 'DOMAIN.md §4 (BMW/MINI repair information)'
		},
		{
			text: 'No owner-level remote resync procedure is known for these cars: new keys are enabled with the dealer tester (ISTA) or an aftermarket key tool.',
			confidence: 'S',
			source: 'DOMAIN.md §4'
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
			text: 'Our VIN table did not tell the MINI generation. First-generation cars (R50/R52/R53, built until about 2008) have an owner resync that depends on the key; later cars (CAS) have none.',
			confidence: 'C',
			source: 'DOMAIN.md §2, §4'
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
			text: 'We have no sourced key procedure for this car. Look in the owner’s manual (often under “remote control” or “keys”), or ask a locksmith or the dealer.',
			confidence: 'U',
			source: 'no source for this car in our data'
		}
	]
};

/** Last model year of first-generation MINI production (the R52 convertible ran longest). */
export const MINI_FIRST_GEN_LAST_MODEL_YEAR: Sourced & { readonly modelYear: number } = {
	modelYear: 2008,
	confidence: 'C',
	source:
		'MINI production history: R50/R53 hatch 2001-2006, R52 convertible 2004-2008 (common references)'
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
