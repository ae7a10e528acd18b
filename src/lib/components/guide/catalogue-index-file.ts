import type { CatalogueModule } from '$lib/resync/types';
import { CATALOGUE_CORE } from '$lib/resync/catalogue-core';
import {
	catalogueRoutes,
	inCatalogueOrder,
	type CatalogueRoutes,
	type NamedChunk
} from '$lib/resync/catalogue-index';
import { composeCatalogue } from '$lib/resync/catalogue-source';
import { carOptionLists } from './car-option-lists';
import type { CarOptionLists } from './car-option-source';

/** src/lib/resync/catalogue-index.json: where each chunk's entries live, and the pickers' lists. */
export interface CatalogueIndexFile extends CatalogueRoutes {
	readonly options: CarOptionLists;
}

/**
 * The index for `chunks` (each chunk file's name and module), ordered as
 * `modules` lists them. Runs in `npm run catalogue-index` and its drift test:
 * it loads every chunk.
 */
export function catalogueIndexFile(
	chunks: readonly NamedChunk[],
	modules: readonly CatalogueModule[]
): CatalogueIndexFile {
	const core = [...CATALOGUE_CORE.head, ...CATALOGUE_CORE.tail];
	const ordered = inCatalogueOrder(chunks, modules, core);
	const full = composeCatalogue(
		CATALOGUE_CORE,
		ordered.map((c) => c.module)
	);
	return { ...catalogueRoutes(ordered), options: carOptionLists(full) };
}
