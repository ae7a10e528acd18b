import type { GuideSummary } from './types';
import type { GuideState } from './engine-types';

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

/** The session's summary for the result screen, the stored progress and the shop report. */
export function summarise(state: GuideState): GuideSummary {
	return {
		procedureId: state.procedureId,
		procedureTitle: state.title,
		variantId: state.variantId,
		startedAt: new Date(state.startedAt).toISOString(),
		endedAt: state.endedAt === null ? null : new Date(state.endedAt).toISOString(),
		keys: state.keys.map((k) => ({ label: k.label, outcome: k.outcome })),
		misses: state.misses.map((m) => m.text),
		attempts: state.attempt,
		result: resultLine(state),
		// Only present when set, so stored summaries of ordinary sessions keep their shape.
		...(state.mode.kind === 'ended' && state.mode.shopPathId
			? { shopPathId: state.mode.shopPathId }
			: {})
	};
}
