/**
 * Facts about the make modules of this folder that no rule states: which makes
 * need working keys, and which makes of the WMI table nobody researched. The
 * data rules every make keeps (sources named and findable, windows worded for
 * the screen, a way out when the home attempt fails, the working-key question
 * first, plain words) are rules of checkCatalogue (catalogue-rules.ts), proved
 * by catalogue-rules.test.ts and run over the real catalogue by catalogue.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../test/full-catalogue';
import { sameMake, wmiMakes } from '../makes';
import { MAKE_MODULES } from './makes';

const procedures = MAKE_MODULES.flatMap((m) => m.procedures);

describe('make modules: procedures that need working keys', () => {
	it('are there: Ford, GM, Chrysler, Mazda', () => {
		expect(
			procedures.filter((x) => x.workingKeysNeeded > 0).map((p) => p.applies.makes[0])
		).toEqual(expect.arrayContaining(['Ford', 'Saturn', 'Buick', 'Dodge', 'Mazda']));
	});
});

describe('makes of the WMI table', () => {
	/** Makes nobody researched: they end on the catalogue's general shop path. */
	const ON_THE_GENERAL_PATH = [
		'Aston Martin',
		'Bentley',
		'Ferrari',
		'Lada',
		'Lamborghini',
		'Lotus',
		'Maserati',
		'Rivian',
		'Rolls-Royce',
		'SsangYong',
		'Tesla'
	];

	it('every other make leads to a procedure or its own shop path', () => {
		const covered = [
			...CATALOGUE.procedures.flatMap((p) => p.applies.makes),
			...CATALOGUE.shopPaths
				.filter((s) => !s.fallback && !s.onlyAfterFailure)
				.flatMap((s) => s.applies.makes)
		];
		const uncovered = wmiMakes().filter((m) => !covered.some((c) => sameMake(c, m)));
		expect(uncovered).toEqual(ON_THE_GENERAL_PATH);
	});
});
