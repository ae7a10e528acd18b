import type { ModelRange, SourcedText } from '../types';
import { fact, src } from './bmw-mini-sources';

/**
 * The car models the BMW / MINI data is about, as an owner would pick them.
 * Years are model years from the sources that list them (MiniMania for the
 * first-generation MINI). The BMW procedure texts name chassis, not years, so
 * each BMW chassis carries the years it was built, from first to last
 * production year (the widest span its source gives, which covers the US and
 * European model years), citing that source: a car picked as "E46" but of a
 * year no E46 was built is not an E46, and gets no E46 procedure. `soldAs` gives the MINI model names NHTSA vPIC lists
 * (src/lib/resync/vpic-models.json: "Cooper" 2002–2010, "Cooper Convertible"
 * from 2004, "Clubman", "Hardtop" …), which the picker offers beside these:
 * vPIC names the car, not its generation, so the key question tells it.
 */

/** A first-generation MINI (R50/R52/R53) with a 2- or 3-button key tells its generation by the key. */
const FIRST_GEN_KEY = { 'mini-key-buttons': ['2', '3'] } as const;

export const MINI_FIRST_GEN: readonly ModelRange[] = [
	{
		name: 'MINI One / Cooper hatch (R50)',
		chassis: ['R50'],
		soldAs: ['Cooper'],
		from: 2002,
		to: 2006,
		identifiedBy: FIRST_GEN_KEY
	},
	{
		name: 'MINI Cooper S hatch (R53)',
		chassis: ['R53'],
		soldAs: ['Cooper'],
		from: 2002,
		to: 2006,
		identifiedBy: FIRST_GEN_KEY
	},
	{
		name: 'MINI Convertible (R52)',
		chassis: ['R52'],
		soldAs: ['Cooper Convertible'],
		from: 2005,
		to: 2008,
		identifiedBy: FIRST_GEN_KEY
	}
];

/** Second-generation MINI and later: the round key goes into a slot (CAS). */
export const MINI_CAS: readonly ModelRange[] = [
	{
		name: 'MINI second generation or later (R55 Clubman, R56 hatch, R57 convertible …)',
		make: 'MINI',
		chassis: ['R55', 'R56', 'R57', 'R58', 'R59', 'R60', 'R61'],
		soldAs: [
			'Cooper',
			'Cooper Convertible',
			'Clubman',
			'Hardtop',
			'Cooper Coupe',
			'Cooper Roadster',
			'Countryman',
			'Paceman'
		],
		from: 2007,
		identifiedBy: { 'mini-key-buttons': ['slot'] }
	}
];

/** BMW chassis Bentley lists for the turn-key remote initialisation (E38 … E53). */
export const BMW_TURN_KEY: readonly ModelRange[] = [
	{
		name: 'BMW 7 Series (E38)',
		make: 'BMW',
		chassis: ['E38'],
		from: 1994,
		to: 2001,
		sources: src('wikipedia-bmw-e38')
	},
	{
		name: 'BMW 5 Series (E39)',
		make: 'BMW',
		chassis: ['E39'],
		from: 1995,
		to: 2004,
		sources: src('wikipedia-bmw-e39')
	},
	{
		name: 'BMW 3 Series (E46)',
		make: 'BMW',
		chassis: ['E46'],
		from: 1997,
		to: 2006,
		sources: src('wikipedia-bmw-e46')
	},
	{
		name: 'BMW Z8 (E52)',
		make: 'BMW',
		chassis: ['E52'],
		from: 2000,
		to: 2003,
		sources: src('wikipedia-bmw-z8')
	},
	{
		name: 'BMW X5 (E53)',
		make: 'BMW',
		chassis: ['E53'],
		from: 1999,
		to: 2006,
		sources: src('wikipedia-bmw-x5-e53')
	}
];

/** Chassis Bentley lists as "additional models", for which the page excludes key-slot cars. */
export const BMW_ADDITIONAL = {
	e60: {
		name: 'BMW 5 Series (E60 / E61)',
		make: 'BMW',
		chassis: ['E60', 'E61'],
		from: 2003,
		to: 2010,
		sources: src('wikipedia-bmw-e60')
	},
	e90: {
		name: 'BMW 3 Series (E90 / E91 / E92 / E93)',
		make: 'BMW',
		chassis: ['E90', 'E91', 'E92', 'E93'],
		from: 2004,
		to: 2013,
		sources: src('wikipedia-bmw-e90')
	}
} as const satisfies Record<string, ModelRange>;

/** Bentley's additional models, only without push-button start. */
export const BMW_ADDITIONAL_TURN_KEY: readonly ModelRange[] = [
	{ ...BMW_ADDITIONAL.e60, answers: { 'push-button-start': ['no'] } },
	{ ...BMW_ADDITIONAL.e90, answers: { 'push-button-start': ['no'] } }
];

/** BMW with push-button start: the additional models with a key slot, and any other BMW so equipped. */
export const BMW_PUSH_BUTTON: readonly ModelRange[] = [
	{ ...BMW_ADDITIONAL.e60, answers: { 'push-button-start': ['yes'] } },
	{ ...BMW_ADDITIONAL.e90, answers: { 'push-button-start': ['yes'] } },
	{
		name: 'Another BMW with push-button start',
		make: 'BMW',
		identifiedBy: { 'push-button-start': ['yes'] }
	}
];

/** Exclusion shared by the first-generation MINI data: the later MINI key system. */
// The years rest on a model history (Wikipedia): S at most.
export const NOT_CAS_MINI: SourcedText = fact(
	'Not for the second-generation MINI (R55/R56/R57, from 2007) or later, whose round key goes into a slot: those keys are set up with a shop tool.',
	'S',
	'mini-r56-cas-description',
	'mini-2011-owners-manual',
	'mini-model-history'
);

/** Bentley's exclusion for every BMW with a key slot and Start button. */
export const NOT_KEY_SLOT_BMW: SourcedText = fact(
	'Not for cars with push-button start, where the key goes into a slot.',
	'S',
	'bentley-bmw-remote-my2000'
);
