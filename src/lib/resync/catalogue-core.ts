import type { CatalogueModule, SourceDoc } from './types';
import CORE_SOURCES from './catalogue-core-sources.json';
import { COMMON_SOURCES } from './procedures/common';
import { MAKE_QUESTIONS } from './procedures/make-questions';
import { GENERIC_MODULE } from './procedures/generic';
import { newKeyChipModule } from './procedures/new-key-chip';
import { shopPathsModule } from './procedures/shop-paths';

/**
 * The part of the catalogue every car needs, loaded with the first chunk:
 * the questions and sources several makes share, the shop paths for makes
 * nobody researched a procedure for (Hyundai, Kia, Renault, Volvo; push-button
 * cars), each make's new-key chip fact, and the catch-all shop path. A make's
 * own procedures, shop paths and tips live in its chunk (chunks/).
 */
export interface CatalogueCore {
	/** Modules placed before the chunks (their questions are asked first). */
	readonly head: readonly CatalogueModule[];
	/** Modules placed after the chunks (the general shop paths come after a make's own). */
	readonly tail: readonly CatalogueModule[];
}

/** Questions and sources shared by several make modules (one copy in the catalogue). */
export const makesCommonModule: CatalogueModule = {
	sources: COMMON_SOURCES,
	procedures: [],
	shopPaths: [],
	questions: MAKE_QUESTIONS
};

/**
 * The makes' documents the core cites (the shared questions, the push-button
 * shop path): a generated copy (npm run catalogue-index), so the core stands
 * without any chunk.
 */
export const citedByCore: CatalogueModule = {
	sources: CORE_SOURCES as readonly SourceDoc[],
	procedures: [],
	shopPaths: []
};

export const CATALOGUE_CORE: CatalogueCore = {
	head: [makesCommonModule, citedByCore],
	tail: [shopPathsModule, newKeyChipModule, GENERIC_MODULE]
};
