import type { Candidate } from '$lib/resync/finder';
import { weakerModelNote } from '$lib/resync/model-words';
import type { Confidence, Procedure, SourceId } from '$lib/resync/types';

/**
 * The mark a procedure can claim on the owner's car, with the sources and a
 * note in words: the procedure's own mark, or a weaker one when only a weaker
 * source names this model (the finder's `Candidate.weakerModel`).
 */
export function markOnCar(
	procedure: Procedure,
	candidate: Candidate | null | undefined
): { confidence: Confidence; sources: readonly SourceId[]; note: string | null } {
	const weaker = candidate?.weakerModel;
	if (candidate?.yearNote) {
		return {
			confidence: candidate.confidence,
			sources: procedure.sources,
			note: candidate.yearNote
		};
	}
	if (!candidate || !weaker) {
		return {
			confidence: procedure.confidence,
			sources: procedure.sources,
			note: procedure.confidenceNote ?? null
		};
	}
	return {
		confidence: candidate.confidence,
		sources: [...new Set([...weaker.sources, ...procedure.sources])],
		note: weakerModelNote(procedure.confidence, weaker.name)
	};
}
