import type { Catalogue } from '$lib/resync/catalogue';
import { complaintSentences, type OwnerComplaint } from '$lib/resync/complaint';
import type { AttemptOutcome, GuideSummary, KeyAnswers } from '$lib/resync/types';
import { MODEL_QUESTION_ID } from '$lib/resync/match';
import { formatDate } from '../format-date';

/**
 * The story a shop reads on paper: the owner's complaint, what they told the
 * guide about the key, and every attempt (what, when, outcome). Shared by the
 * vehicle page's printed report and the guide's own printable report, so the
 * two say it the same way.
 */

export interface AttemptLine {
	readonly what: string;
	readonly when: string;
	readonly outcome: string;
}

/** The engine's outcomes (AttemptOutcome) in the report's words; the entry's reason says the rest. */
const OUTCOMES: Readonly<Record<AttemptOutcome, string>> = {
	worked: 'worked',
	'not-every-key': 'not every key works',
	'time-ran-out': 'the time ran out',
	'no-sign': 'the car did not give the sign',
	'key-failed': 'a key did not take',
	'gave-up': 'stopped after too many tries',
	shop: 'sent to a shop',
	stopped: 'stopped by the owner',
	'in-progress': 'still running'
};

const when = (start: string, end: string | null | undefined) =>
	end ? `${formatDate(start)} to ${formatDate(end)}` : formatDate(start);

/**
 * Every attempt on the owner's car, oldest first: the engine's log when the
 * summary carries one, else the one session the summary describes. Practice on
 * the demo car is left out: it was not tried on this car.
 */
export function attemptLines(summary: GuideSummary | null): AttemptLine[] {
	if (!summary) return [];
	const log = summary.attemptLog?.filter((a) => !a.practice) ?? [];
	if (log.length) {
		return log.map((a) => ({
			what: a.title,
			when: when(a.startedAt, a.endedAt),
			outcome: [OUTCOMES[a.outcome], a.reason].filter(Boolean).join(': ')
		}));
	}
	if (summary.practice) return [];
	const tries = summary.attempts === 1 ? '1 attempt' : `${summary.attempts} attempts`;
	return [
		{
			what: summary.procedureTitle,
			when: when(summary.startedAt, summary.endedAt),
			outcome: `${summary.result} (${tries})`
		}
	];
}

/** The owner's answers to the guide's questions, in their words ("Which key…? 2 buttons…"). */
export function answerLines(
	answers: KeyAnswers,
	catalogue: Catalogue
): { question: string; answer: string }[] {
	return Object.entries(answers).flatMap(([qid, oid]) => {
		if (qid === MODEL_QUESTION_ID) return [{ question: 'Model', answer: oid }];
		const q = catalogue.question(qid);
		const option = q?.options.find((o) => o.id === oid);
		return q && option ? [{ question: q.prompt, answer: option.label }] : [];
	});
}

/** The complaint in sentences (the answers carry whether the key starts the engine). */
export function complaintLines(
	complaint: OwnerComplaint | null | undefined,
	answers: KeyAnswers
): string[] {
	return complaintSentences(complaint ?? null, answers);
}
