import { createContext } from 'svelte';
import type { SourceDoc, SourceId } from '$lib/resync/types';

/** A source id's document (its title, and its address where public), or null when unknown. */
export type SourceLookup = (id: SourceId) => SourceDoc | null;

const [getSources, setSources, hasSources] = createContext<SourceLookup>();

/**
 * Gives every source note below the caller its documents: the guide's loader
 * (from the guide's catalogue) and the vehicle page's verdict (from the
 * make's part of the catalogue) provide it, so no screen passes the catalogue
 * down only for titles.
 */
export function provideSources(lookup: SourceLookup): void {
	setSources(lookup);
}

/** The documents lookup a source note reads. */
export function useSources(): SourceLookup {
	if (!hasSources()) throw new Error('A source note needs provideSources() above it.');
	return getSources();
}
