import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '$lib/resync/catalogue';
import { CATALOGUE_CORE, citedByCore } from '$lib/resync/catalogue-core';
import { coreSourcesOf } from '$lib/resync/catalogue-index';
import { MODULES } from '$lib/resync/catalogue-modules';
import { SHARED_QUESTIONS } from '$lib/resync/questions';
import { ALL_CHUNKS } from '$lib/resync/test/full-catalogue';
import INDEX from '$lib/resync/catalogue-index.json';
import CORE_SOURCES from '$lib/resync/catalogue-core-sources.json';
import { catalogueIndexFile } from './catalogue-index-file';

describe('catalogue-index.json', () => {
	it('is up to date with the chunks (run `npm run catalogue-index`)', () => {
		expect(INDEX).toEqual(catalogueIndexFile(ALL_CHUNKS, MODULES));
		const core = [...CATALOGUE_CORE.head, ...CATALOGUE_CORE.tail].filter((m) => m !== citedByCore);
		expect(CORE_SOURCES).toEqual(coreSourcesOf(buildCatalogue(MODULES), core, SHARED_QUESTIONS));
	});

	/**
	 * Makes the WMI table names that NHTSA's vPIC (a US database) lists no
	 * models for: their Model select offers only "My model is not listed" until
	 * a sourced model list exists. The test fails when one gains models (take
	 * it off) or another make loses them.
	 */
	const NO_MODEL_LIST = ['Dacia', 'Lada', 'SEAT', 'SsangYong', 'Škoda'];

	it('lists models for every make in the picker, each with its years', () => {
		const { makes, models } = INDEX.options;
		const empty = makes
			.map((m) => m.value)
			.filter((m) => (models[m as keyof typeof models] ?? []).length === 0);
		expect(empty.sort()).toEqual([...NO_MODEL_LIST].sort());
		// Each model offers its own years (a model named without them: every year).
		const nextYear = new Date().getUTCFullYear() + 1;
		for (const [make, list] of Object.entries(models))
			for (const [name, from, to] of list as readonly [string, number?, (number | null)?][]) {
				if (from === undefined) continue;
				expect(from, `${make} ${name}`).toBeGreaterThanOrEqual(1950);
				expect(to ?? nextYear, `${make} ${name}`).toBeGreaterThanOrEqual(from);
			}
	});
});
