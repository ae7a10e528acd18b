import type { Step, TimeWindow } from './types';
import type { Cursor, GuideState, OpenWindow } from './engine-types';

/**
 * Time arithmetic of the engine, a leaf: deadlines are timestamps, so one
 * question with the current time ("what came due by now?") works out, in
 * order, everything that expired since the last event: a background tab, a
 * sleeping phone or a reload after 40 seconds gets exactly the misses and
 * waits that happened, not the timers that did not fire. The transitions
 * (engine-core.ts) ask and act on the answer; nothing here changes a state.
 */

/** Seconds before a deadline when the "last seconds" cue sounds. */
export const LAST_SECONDS_MS = 3000;

/** What the time of a step depends on. */
type Timed = Pick<GuideState, 'stepEnteredAt' | 'windows'>;

/** A window as it starts running at `at`, opened from the step at `cursor`. */
export function openedWindow(w: TimeWindow, at: number, cursor: Cursor): OpenWindow {
	return {
		id: w.id,
		openedAt: at,
		deadline: w.maxSeconds === null ? null : at + w.maxSeconds * 1000,
		minUntil: w.minSeconds ? at + w.minSeconds * 1000 : null,
		warned: false,
		openedIn: cursor.phase,
		openedForKey: cursor.key
	};
}

/** The open windows `step` must be done within. */
export function guarding(state: Pick<GuideState, 'windows'>, step: Step): OpenWindow[] {
	const ids = step.within ?? [];
	return state.windows.filter((w) => ids.includes(w.id));
}

/** Whether the "last seconds" warning is still to come for a window (short windows get none). */
const warnsLater = (w: OpenWindow) => !w.warned && w.deadline! - w.openedAt > LAST_SECONDS_MS;

/** Something timed that came due: the end of a wait, a window's last seconds, a window's end. */
export interface Due {
	readonly at: number;
	readonly kind: 'warn' | 'wait' | 'expire';
	/** The window, for 'warn' and 'expire'. */
	readonly windowId: string | null;
}

/** Order among things due at the same moment: warn, then wait, then expire. */
const RANK: Record<Due['kind'], number> = { warn: 0, wait: 1, expire: 2 };

/** The earliest thing on `step` that is due by `now`, or null. */
export function firstDue(step: Step, state: Timed, now: number): Due | null {
	const due: Due[] = [];
	if (step.kind === 'wait') {
		const at = state.stepEnteredAt + step.seconds * 1000;
		if (now >= at) due.push({ at, kind: 'wait', windowId: null });
	}
	for (const w of guarding(state, step)) {
		if (w.deadline === null) continue;
		if (now > w.deadline) due.push({ at: w.deadline, kind: 'expire', windowId: w.id });
		else if (warnsLater(w) && now >= w.deadline - LAST_SECONDS_MS)
			due.push({ at: w.deadline - LAST_SECONDS_MS, kind: 'warn', windowId: w.id });
	}
	return due.sort((a, b) => a.at - b.at || RANK[a.kind] - RANK[b.kind])[0] ?? null;
}

/** When something on `step` next comes due (epoch ms), or null when nothing is timed. */
export function nextDueAt(step: Step, state: Timed): number | null {
	const times: number[] = [];
	if (step.kind === 'wait') times.push(state.stepEnteredAt + step.seconds * 1000);
	for (const w of guarding(state, step)) {
		if (w.deadline === null) continue;
		times.push(w.deadline + 1);
		if (warnsLater(w)) times.push(w.deadline - LAST_SECONDS_MS);
	}
	return times.length ? Math.min(...times) : null;
}

/** The window whose deadline passed first by `now` (after a reload), or null. */
export function firstExpired(windows: readonly OpenWindow[], now: number): OpenWindow | null {
	const expired = windows.filter((w) => w.deadline !== null && now > w.deadline);
	return expired.sort((a, b) => a.deadline! - b.deadline!)[0] ?? null;
}

/** Whether a window's minimum hold is still running at `at` (closing it now is a miss). */
export function tooEarly(w: OpenWindow, at: number): boolean {
	return w.minUntil !== null && at < w.minUntil;
}
