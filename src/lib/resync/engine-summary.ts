import type { AttemptEntry, GuideSummary, Procedure } from './types';
import type { AttemptRecord, GuideState } from './engine-types';
import { definitionOf } from './engine-definition';
import { keysNote } from './planner';

/**
 * The plain result of a guide session: "2 of 2 keys synchronised", "1 of 2
 * keys synchronised, 1 failed", "Stopped before the first key".
 */

type SummaryInput = Pick<GuideState, 'keys' | 'mode' | 'endedAt'>;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** One line about the keys, as the result screen and the report show it. */
export function resultLine(state: SummaryInput): string {
	const n = state.keys.length;
	const count = (o: string) => state.keys.filter((k) => k.outcome === o).length;
	const confirmed = count('confirmed');
	const failed = count('failed');
	const skipped = count('skipped');
	const notTried = count('not-tried');
	const ended = state.mode.kind === 'ended';
	const stopped = state.mode.kind === 'ended' && state.mode.reason === 'stopped';
	const shop = state.mode.kind === 'ended' && state.mode.shopPathId !== undefined;
	if (stopped && state.keys.every((k) => k.tries === 0))
		return shop ? 'Needs a shop: stopped before the first key' : 'Stopped before the first key';
	const parts = [`${confirmed} of ${plural(n, 'key')} synchronised`];
	if (failed) parts.push(`${failed} failed`);
	if (skipped) parts.push(`${skipped} skipped`);
	if (notTried && ended) parts.push(`${notTried} not tried`);
	const line = parts.join(', ');
	if (shop) return `Needs a shop: ${line}`;
	return ended ? line : `In progress: ${line}`;
}

const iso = (ms: number) => new Date(ms).toISOString();

function entry(a: AttemptRecord): AttemptEntry {
	return {
		procedureId: a.procedureId,
		title: a.title,
		startedAt: iso(a.startedAt),
		endedAt: a.endedAt === null ? null : iso(a.endedAt),
		outcome: a.outcome,
		reason: a.reason,
		...(a.practice ? { practice: true as const } : {})
	};
}

/** Every attempt so far, the running one last (while the session runs). */
function attemptLog(state: GuideState): AttemptEntry[] {
	const log = (state.attemptLog ?? []).map(entry);
	if (state.mode.kind === 'ended') return log;
	const f = state.pendingFailure;
	log.push({
		procedureId: state.variantId ?? state.procedureId,
		title: state.title,
		startedAt: iso(state.attemptStartedAt ?? state.startedAt),
		endedAt: f ? iso(f.at) : null,
		outcome: f?.outcome ?? 'in-progress',
		reason: f?.reason ?? 'Running.',
		...(state.practice ? { practice: true as const } : {})
	});
	return log;
}

/**
 * The session's summary for the result screen, the stored progress and the
 * shop report. With the procedure, it carries the plan's sentence about keys
 * left out (`keysNote`), so the report says what the plan said.
 */
export function summarise(state: GuideState, procedure?: Procedure): GuideSummary {
	const def = procedure ? definitionOf(procedure, state.variantId) : null;
	return {
		procedureId: state.procedureId,
		procedureTitle: state.title,
		variantId: state.variantId,
		startedAt: new Date(state.startedAt).toISOString(),
		endedAt: state.endedAt === null ? null : new Date(state.endedAt).toISOString(),
		keys: state.keys.map((k) => ({ label: k.label, outcome: k.outcome, tries: k.tries })),
		misses: state.misses.map((m) => m.text),
		attempts: state.attempt,
		result: resultLine(state),
		attemptLog: attemptLog(state),
		...(state.practice ? { practice: true as const } : {}),
		...(def ? { keysNote: keysNote(def).text } : {}),
		...(state.mode.kind === 'ended' && state.mode.gaveUp ? { gaveUp: state.mode.gaveUp } : {}),
		// Only present when set, so stored summaries of ordinary sessions keep their shape.
		...(state.mode.kind === 'ended' && state.mode.shopPathId
			? { shopPathId: state.mode.shopPathId }
			: {})
	};
}
