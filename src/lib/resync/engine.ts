import type { GuideSummary, Procedure } from './types';
import type { GuideEvent, GuideState, GuideView, SessionKeys, StartOptions } from './engine-types';
import { dispatchEvent, resumeGuide, startGuide, type Ctx } from './engine-core';
import { viewGuide } from './engine-view';
import { summarise } from './engine-summary';
import type { Catalogue } from './catalogue';

export type { SessionKeys, StartOptions } from './engine-types';

/**
 * The step engine: a pure state machine over a procedure. The state is plain
 * JSON; every event carries the time it happened (`now`, epoch ms from an
 * injected clock); deadlines are timestamps, so `tick(now)` after any gap
 * works out exactly what expired. The caller owns the clock, the timer (one,
 * set to `nextDeadline(state)`), storage and the adapter.
 *
 * States (`state.mode.kind`): step → (missed | key-failed ⇄ troubleshooting |
 * battery-low) → … → ended (finished | stopped).
 *
 * Where things are, and the one way calls go (a test checks it):
 * engine.ts (this binding) → engine-core.ts (every transition) → the leaves:
 * engine-definition.ts (what the procedure or variant says), engine-time.ts
 * (deadlines and windows), engine-draft.ts (the working copy and its records);
 * engine-view.ts and engine-summary.ts read a state and ask the leaves only;
 * engine-types.ts holds the types, engine-parse.ts reads saved progress.
 */

/** The engine bound to one procedure. */
export interface GuideEngine {
	readonly procedure: Procedure;
	/** A new session at time `now`. Throws RangeError for 0 keys or more than the procedure allows. */
	start(plan: SessionKeys, now: number, options?: StartOptions): GuideState;
	/** Applies one event; returns the next state (the input is never changed). */
	dispatch(state: GuideState, event: GuideEvent): GuideState;
	/** Same as dispatching `{ type: 'tick', now }`: call it when `nextDeadline` comes or the tab returns. */
	tick(state: GuideState, now: number): GuideState;
	/** The screen's view of `state` at `now`. */
	view(state: GuideState, now: number): GuideView;
	summarise(state: GuideState): GuideSummary;
	/** When to call `tick` next (epoch ms), or null when nothing is timed. */
	nextDeadline(state: GuideState): number | null;
	/**
	 * A stored state brought back after a reload: stale readings are dropped,
	 * time is brought up to `now`, and a window that expired meanwhile restarts
	 * its sequence (the state lands on the missed screen, which offers the restart).
	 */
	resumeAfterReload(state: GuideState, now: number): GuideState;
}

/**
 * The engine for one procedure. `catalogue` names the shop paths an answer can
 * end on (`to: 'shop'`) in the cue and the view; it is always passed, so the
 * engine loads no make's data itself.
 */
export function createEngine(procedure: Procedure, catalogue: Catalogue): GuideEngine {
	const shopTitle = (id: string) => catalogue.shopPath(id)?.title ?? null;
	const ctx: Ctx = { procedure, shopTitle };
	return {
		procedure,
		start: (plan, now, options) => startGuide(ctx, plan, now, options),
		dispatch: (state, event) => dispatchEvent(ctx, state, event),
		tick: (state, now) => dispatchEvent(ctx, state, { type: 'tick', now }),
		view: (state, now) => viewGuide(procedure, state, now, shopTitle),
		summarise: (state) => summarise(state, procedure),
		nextDeadline: (state) => state.nextAt,
		resumeAfterReload: (state, now) => resumeGuide(ctx, state, now)
	};
}

/** The engine for a stored state's procedure, looked up in the catalogue; null when unknown. */
export function engineFor(state: GuideState, catalogue: Catalogue): GuideEngine | null {
	const ref = catalogue.procedure(state.procedureId);
	return ref && ref.variant === null ? createEngine(ref.procedure, catalogue) : null;
}

/** When to tick next: the one timer the caller keeps. */
export function nextDeadline(state: GuideState): number | null {
	return state.nextAt;
}
