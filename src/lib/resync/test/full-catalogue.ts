import type { CatalogueModule } from '../types';
import type { Catalogue } from '../catalogue';
import { CATALOGUE_CORE } from '../catalogue-core';
import { inCatalogueOrder, type NamedChunk } from '../catalogue-index';
import { MODULES } from '../catalogue-modules';
import { composeCatalogue } from '../catalogue-source';

/** Every chunk file with its module (tests only: the app loads them one at a time). */
export const ALL_CHUNKS: readonly NamedChunk[] = inCatalogueOrder(
	Object.entries(
		import.meta.glob<{ default: CatalogueModule }>('../chunks/*.ts', { eager: true })
	).map(([path, m]) => ({ name: path.replace(/^.*\/|\.ts$/g, ''), module: m.default })),
	MODULES,
	[...CATALOGUE_CORE.head, ...CATALOGUE_CORE.tail]
);

/** The whole catalogue, the core and every chunk, as the tests read it. */
export const CATALOGUE: Catalogue = composeCatalogue(
	CATALOGUE_CORE,
	ALL_CHUNKS.map((c) => c.module)
);
