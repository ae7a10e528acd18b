import type { SourceDoc } from '../types';
import type { COMMON_SOURCES } from './common';

/** Ids any make may cite: the documents in `COMMON_SOURCES`. */
export type CommonSourceId = (typeof COMMON_SOURCES)[number]['id'];

/**
 * A make's documents, declared once with `as const`, give the make its `src`
 * (a make that cites another make's document passes that make's list too):
 * a source list that accepts only their ids (and the common sources'). A
 * procedure or shop path that cites a typo, or a document its make never
 * registered, then fails the type check instead of the catalogue check.
 */
export function defineSources<const D extends readonly (readonly SourceDoc[])[]>(
	...lists: D
): (...ids: SourceIdOf<D>[]) => readonly SourceIdOf<D>[] {
	void lists; // only their types are needed: the ids are known when the file compiles
	return (...ids) => ids;
}

/**
 * The same typed `src` for a file that cites other files' documents without
 * loading them: their lists are named by type only (`import type`), so the
 * shared core (the chip facts, the catch-all shop path, the shared
 * questions) can check its citations of each make's documents without
 * pulling that make's chunk into the first load.
 */
export function citeSources<D extends readonly SourceDoc[]>(): (
	...ids: (D[number]['id'] | CommonSourceId)[]
) => readonly (D[number]['id'] | CommonSourceId)[] {
	return (...ids) => ids;
}

/** The ids of the given lists of documents and of the common ones. */
type SourceIdOf<D extends readonly (readonly SourceDoc[])[]> =
	D[number][number]['id'] | CommonSourceId;
