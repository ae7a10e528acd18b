import type { Ctx, Draft } from './engine-core';
import { complete, currentStep, emitCue, guarding, miss } from './engine-core';

/**
 * Time in the engine. Deadlines are timestamps, so one call with the current
 * time works out, in order, everything that came due since the last event:
 * a background tab, a sleeping phone or a reload after 40 seconds gets exactly
 * the misses and waits that happened, not the timers that did not fire.
 */

/** Seconds before a deadline when the "last seconds" cue sounds. */
export const LAST_SECONDS_MS = 3000;

interface Due {
	readonly at: number;
	readonly kind: 'warn' | 'wait' | 'expire';
	readonly id: string | null;
	/** Order among things due at the same moment: warn, then wait, then expire. */
	readonly rank: number;
}

function dueItems(ctx: Ctx, d: Draft, now: number): Due[] {
	const step = currentStep(ctx, d);
	const out: Due[] = [];
	if (step.kind === 'wait') {
		const at = d.stepEnteredAt + step.seconds * 1000;
		if (now >= at) out.push({ at, kind: 'wait', id: null, rank: 1 });
	}
	for (const w of guarding(d, step)) {
		if (w.deadline === null) continue;
		if (now > w.deadline) out.push({ at: w.deadline, kind: 'expire', id: w.id, rank: 2 });
		else if (
			!w.warned &&
			w.deadline - w.openedAt > LAST_SECONDS_MS &&
			now >= w.deadline - LAST_SECONDS_MS
		) {
			out.push({ at: w.deadline - LAST_SECONDS_MS, kind: 'warn', id: w.id, rank: 0 });
		}
	}
	return out;
}

/** Applies, in time order, every timed event due up to `now`. */
export function advanceTo(ctx: Ctx, d: Draft, now: number): void {
	// Each pass either moves the state on or stops; the bound only guards against bad data.
	for (let guard = 0; guard < 10_000; guard++) {
		if (d.mode.kind !== 'step') return;
		const due = dueItems(ctx, d, now).sort((a, b) => a.at - b.at || a.rank - b.rank)[0];
		if (!due) return;
		const at = Math.max(due.at, d.stepEnteredAt);
		if (due.kind === 'wait') {
			complete(ctx, d, at);
		} else if (due.kind === 'expire') {
			miss(ctx, d, due.id!, at);
		} else {
			const w = d.windows.find((x) => x.id === due.id)!;
			w.warned = true;
			emitCue(d, 'last-seconds', at, `3 seconds left. ${currentStep(ctx, d).title}.`, {
				stepId: currentStep(ctx, d).id,
				windowId: w.id
			});
		}
	}
}

/** When the engine next needs a tick, or null when nothing is timed. */
export function computeNextAt(ctx: Ctx, d: Draft): number | null {
	if (d.mode.kind !== 'step') return null;
	const step = currentStep(ctx, d);
	const times: number[] = [];
	if (step.kind === 'wait') times.push(d.stepEnteredAt + step.seconds * 1000);
	for (const w of guarding(d, step)) {
		if (w.deadline === null) continue;
		times.push(w.deadline + 1);
		if (!w.warned && w.deadline - w.openedAt > LAST_SECONDS_MS)
			times.push(w.deadline - LAST_SECONDS_MS);
	}
	return times.length ? Math.min(...times) : null;
}
