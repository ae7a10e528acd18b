import type { Confidence } from './types';

/**
 * Model names inside sentences. Kept apart from the catalogue so a screen can
 * word a mark without loading it.
 */

/** A model entry's name inside a sentence: "the Camry", but "another Volkswagen …" as it stands. */
export function modelInSentence(name: string): string {
	return /^(another|every|any|a|an|the)\b/i.test(name)
		? name.charAt(0).toLowerCase() + name.slice(1)
		: `the ${name}`;
}

/** Why a candidate's mark is weaker than its steps': only a weaker source names this model. */
export function weakerModelNote(procedureMark: Confidence, modelName: string): string {
	return `The steps come from ${procedureMark === 'M' ? 'the maker’s own text' : 'their sources'}, but that they apply to ${modelInSentence(modelName)} rests on weaker evidence.`;
}
