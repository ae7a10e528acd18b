import type { CatalogueModule } from './types';
import { CatalogueSource, type ChunkLoader } from './catalogue-source';
import { chunks, entries, makes, needs } from './catalogue-index.json';

/** Each make's chunk, a dynamic import each (the build makes one file per chunk). */
const CHUNKS = import.meta.glob<{ default: CatalogueModule }>('./chunks/*.ts');

/** The app's loader: the core and each chunk by dynamic import. */
export const chunkLoader: ChunkLoader = {
	core: () => import('./catalogue-core').then((m) => m.CATALOGUE_CORE),
	chunk: (name) => {
		const load = CHUNKS[`./chunks/${name}.ts`];
		if (!load) return Promise.reject(new Error(`No catalogue chunk "${name}".`));
		return load().then((m) => m.default);
	}
};

let appSource: CatalogueSource | null = null;

/** The app's one catalogue source (one cache of chunks for the guide and the vehicle page). */
export function appCatalogueSource(): CatalogueSource {
	return (appSource ??= new CatalogueSource({ chunks, makes, entries, needs }, chunkLoader));
}
