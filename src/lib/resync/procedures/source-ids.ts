import type { Confidence, SourceDoc, SourcedText } from '../types';
import type { COMMON_SOURCES } from './common';

/** Ids any make may cite: the documents in `COMMON_SOURCES`. */
export type CommonSourceId = (typeof COMMON_SOURCES)[number]['id'];

/** The ids of a list (or a union of lists) of documents, and of the common ones. */
type SourceIdOf<D extends readonly SourceDoc[]> = D[number]['id'] | CommonSourceId;

/** A typed source list: accepts only the ids its type names, gives them back as cited. */
export type Cite<D extends readonly SourceDoc[]> = (
	...ids: SourceIdOf<D>[]
) => readonly SourceIdOf<D>[];

/**
 * A sourced sentence in one call, citing through the same typed ids as `src`:
 * `fact('Every remote must be in the car.', 'C', 'id-a', 'id-b')` is
 * `{ text, confidence: 'C', sources: src('id-a', 'id-b') }`.
 */
export type Fact<Id extends string> = (
	text: string,
	confidence: Confidence,
	...ids: Id[]
) => SourcedText;

/**
 * The `fact` that cites exactly what a `src` accepts (a make's, one from
 * `citeSources`, or BMW and MINI's): `const fact = factsCiting(src);`.
 */
export function factsCiting<Id extends string>(_src: (...ids: Id[]) => readonly Id[]): Fact<Id> {
	return (text, confidence, ...ids) => ({ text, confidence, sources: ids });
}

/**
 * A make's documents, declared once where its data starts: gives them back as
 * written (`docs`, the make's `sources`) with the make's `src`, which accepts
 * only their ids and the common ones, and its `fact` (a sourced sentence
 * citing them). A procedure or shop path that cites a typo, or a document the
 * make never registered, then fails the type check instead of the catalogue
 * check:
 * `const { docs: SOURCES, src, fact } = sourceList([{ id: 'fiatforum-bravo-faq', … }]);`
 */
export function sourceList<const D extends readonly SourceDoc[]>(
	docs: D
): { readonly docs: D; readonly src: Cite<D>; readonly fact: Fact<SourceIdOf<D>> } {
	const src: Cite<D> = (...ids) => ids;
	return { docs, src, fact: factsCiting(src) };
}

/**
 * The same typed `src` for a file that cites other files' documents: their
 * lists are named by type only (`citeSources<typeof SOURCES | typeof
 * FORD_SOURCES>()`, with `import type`), so no file loads another make's data
 * to cite it, and the shared core (the chip facts, the catch-all shop path,
 * the shared questions) pulls no make's chunk into the first load.
 */
export function citeSources<D extends readonly SourceDoc[]>(): Cite<D> {
	return (...ids) => ids;
}
