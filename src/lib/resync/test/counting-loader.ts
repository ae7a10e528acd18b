import type { CatalogueModule } from '../types';
import { CATALOGUE_CORE, type CatalogueCore } from '../catalogue-core';
import type { ChunkLoader } from '../catalogue-source';
import { chunks, entries, makes, needs } from '../catalogue-index.json';
import { ALL_CHUNKS } from './full-catalogue';

/** The generated index's routes, as the app hands them to CatalogueSource. */
export const ROUTES = { chunks, makes, entries, needs };

/** The app's chunks, handed out by a loader that counts what it was asked for. */
export function countingLoader(): ChunkLoader & { asked: string[] } {
	const asked: string[] = [];
	return {
		asked,
		core: () => {
			asked.push('core');
			return Promise.resolve<CatalogueCore>(CATALOGUE_CORE);
		},
		chunk: (name) => {
			asked.push(name);
			const found = ALL_CHUNKS.find((c) => c.name === name);
			return found
				? Promise.resolve<CatalogueModule>(found.module)
				: Promise.reject(new Error(name));
		}
	};
}
