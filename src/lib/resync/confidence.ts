import type { Confidence } from './types';
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
