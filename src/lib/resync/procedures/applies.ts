import type { Applicability } from '../types';

/**
 * Which cars an entry is for, written flat in a procedure's or shop path's
 * spec (`makes`, `models`, `years`, `answers`), with no exclusions unless a
 * source names some: `procedure()` and `shopPath()` gather it into `applies`.
 */
export type AppliesSpec = Omit<Applicability, 'exclusions'> & {
	/** What a source says the entry does not cover; none by default. */
	readonly exclusions?: Applicability['exclusions'];
};

/**
 * A spec split in two: `applies` gathered from its flat fields (an absent
 * field stays absent), and the rest of the spec, which is the entry's own.
 */
export function splitApplies<S extends AppliesSpec>(
	spec: S
): { readonly applies: Applicability; readonly own: Omit<S, keyof AppliesSpec> } {
	const { makes, models, years, answers, exclusions, ...own } = spec;
	const applies: Applicability = {
		makes,
		...(models === undefined ? {} : { models }),
		...(years === undefined ? {} : { years }),
		...(answers === undefined ? {} : { answers }),
		exclusions: exclusions ?? []
	};
	return { applies, own };
}
