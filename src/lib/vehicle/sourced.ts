import type { Confidence } from './types';

export type { Confidence };

/** Where a fact comes from and how sure we are of it (confidence marks: docs/domain.md). */
export interface Sourced {
	readonly confidence: Confidence;
	/** Short citation in plain words (document name), shown on screen. */
	readonly source: string;
}

const ORDER: readonly Confidence[] = ['M', 'C', 'S', 'U'];

/** The weakest of several confidence marks (M strongest, U weakest). */
export function weakestConfidence(...marks: readonly Confidence[]): Confidence {
	let worst = 0;
	for (const m of marks) worst = Math.max(worst, ORDER.indexOf(m));
	return ORDER[worst] ?? 'U';
}
