import type { Confidence, SourceKind } from './types';
import { weakestConfidence } from '../vehicle';

/**
 * Confidence marks in order of strength: M (manufacturer) > C (community
 * agrees) > S (single source) > U (sources disagree).
 */
export const CONFIDENCE_ORDER: readonly Confidence[] = ['M', 'C', 'S', 'U'];

/** Sort helper: negative when `a` is the stronger mark. */
export function compareConfidence(a: Confidence, b: Confidence): number {
	return CONFIDENCE_ORDER.indexOf(a) - CONFIDENCE_ORDER.indexOf(b);
}

/** The weakest of several marks: what a claim resting on all of them can carry. */
export const weakest = (...marks: Confidence[]): Confidence => weakestConfidence(...marks);

/** Plain words for a mark, for screens and docs. */
export const CONFIDENCE_WORDS: Readonly<Record<Confidence, string>> = {
	M: 'from the maker’s own documents',
	C: 'several independent sources agree',
	S: 'a single source',
	U: 'sources disagree or are unclear'
};

/** Source kinds written by the maker itself: the only ones that can carry M. */
const MAKER_KINDS: readonly SourceKind[] = ['owners-manual', 'service-manual', 'bulletin'];

/**
 * The strongest mark a claim can carry, computed from the kinds of the sources
 * it rests on (docs/resync.md): never stronger than its weakest source. Only
 * the maker's documents give M; a claim that also rests on community or trade
 * sources gets C when two or more of them agree, S when one does.
 */
export function markFromSources(kinds: readonly SourceKind[]): Confidence {
	if (kinds.length === 0) return 'U';
	const others = kinds.filter((k) => !MAKER_KINDS.includes(k)).length;
	if (others === 0) return 'M';
	return others >= 2 ? 'C' : 'S';
}

/**
 * The strongest mark a whole procedure or shop path can carry: its sources
 * are a reading list where each part cites its own, so the best-supported
 * part sets the ceiling (M with a maker document, C with two other sources).
 */
export function markFromReadingList(kinds: readonly SourceKind[]): Confidence {
	if (kinds.length === 0) return 'U';
	if (kinds.some((k) => MAKER_KINDS.includes(k))) return 'M';
	return kinds.length >= 2 ? 'C' : 'S';
}
