import type { GuideSummary, Procedure } from './types';
import {
	GUIDE_STATE_VERSION,
	type AttemptRecord,
	type GuideEvent,
	type GuideState,
	type GuideView,
	type Readings
} from './engine-types';
import { definitionOf } from './engine-definition';
import {
	answer,
	continueAnyway,
	done,
	end,
	enter,
	evaluateBattery,
	currentStep,
	miss,
	observe,
	restartFrom,
	retry,
	runOrder,
	skipKey,
	tap,
	tryVariant,
	type Ctx,
	type Draft
} from './engine-core';
import { advanceTo, computeNextAt } from './engine-time';
import { viewGuide } from './engine-view';
import { summarise } from './engine-summary';
import type { Catalogue } from './catalogue';

/**
 * The step engine: a pure state machine over a procedure. The state is plain
 * JSON; every event carries the time it happened (`now`, epoch ms from an
 * injected clock); deadlines are timestamps, so `tick(now)` after any gap
 * works out exactly what expired. The caller owns the clock, the timer (one,
 * set to `nextDeadline(state)`), storage and the adapter.
 *
 * States (`state.mode.kind`): step → (missed | key-failed ⇄ troubleshooting |
 * battery-low) → … → ended (finished | stopped).
 */

/** The keys of a session, in the planned order (see planner.ts). */
export interface SessionKeys {
	readonly keys: readonly { readonly label: string }[];
}

export interface StartOptions {
	/** Start with a variant instead of the main procedure. */
	readonly variantId?: string | null;
	/** Readings already known (e.g. from the scan); a battery reading settles the battery check at once. */
	readonly readings?: Partial<Readings>;
	/**
	 * Attempts of earlier methods in the same guide session (the wizard passes
	 * them on when the owner moves on), so the summary lists every attempt.
	 */
	readonly earlier?: readonly AttemptRecord[];
}

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

function toDraft(state: GuideState): Draft {
	return structuredClone(state) as Draft;
}

function finish(ctx: Ctx, d: Draft): GuideState {
	d.nextAt = computeNextAt(ctx, d);
	return d as GuideState;
}

const NO_READINGS: Readings = { ignition: 'unknown', ignitionAt: null, battery: null };

function startGuide(
	ctx: Ctx,
	plan: SessionKeys,
	now: number,
	options: StartOptions = {}
): GuideState {
	const { procedure } = ctx;
	const variantId = options.variantId ?? null;
	const def = definitionOf(procedure, variantId);
	const n = plan.keys.length;
	if (n < 1) throw new RangeError('A session needs at least one key.');
	if (def.maxKeys !== null && n > def.maxKeys) {
		throw new RangeError(`This car takes at most ${def.maxKeys} keys; ${n} were planned.`);
	}
	if (def.perKey.length === 0)
		throw new RangeError(`Procedure "${procedure.id}" has no per-key steps.`);
	const d: Draft = {
		version: GUIDE_STATE_VERSION,
		procedureId: procedure.id,
		variantId,
		title: def.title,
		triedVariants: variantId ? [variantId] : [],
		keys: plan.keys.map((k) => ({ label: k.label, outcome: 'not-tried', tries: 0 })),
		order: runOrder(def, n),
		startedAt: now,
		endedAt: null,
		attempt: 1,
		cursor: { phase: 'setup', index: 0, key: 0 },
		stepEnteredAt: now,
		taps: 0,
		sawOpposite: false,
		windows: [],
		misses: [],
		readings: { ...NO_READINGS, ...options.readings },
		checks: [],
		mode: { kind: 'step' },
		cue: null,
		seq: 0,
		nextAt: null,
		failures: {},
		attemptLog: [...(options.earlier ?? [])],
		attemptStartedAt: now,
		pendingFailure: null
	};
	if (def.setup.length > 0) enter(ctx, d, { phase: 'setup', index: 0, key: 0 }, now);
	else enter(ctx, d, { phase: 'key', index: 0, key: 0 }, now);
	advanceTo(ctx, d, now);
	return finish(ctx, d);
}

function apply(ctx: Ctx, d: Draft, e: GuideEvent): void {
	const t = e.now;
	const mode = d.mode.kind;
	switch (e.type) {
		case 'tick':
			return;
		case 'observe':
			return observe(ctx, d, e.ignition, t);
		case 'battery':
			d.readings.battery = { volts: e.volts, engineRunning: e.engineRunning, at: t };
			if (mode === 'step' || mode === 'battery-low') evaluateBattery(ctx, d, t);
			return;
		case 'stop':
			return end(ctx, d, 'stopped', t);
	}
	if (mode === 'step') {
		if (e.type === 'done') done(ctx, d, t);
		else if (e.type === 'tap') tap(ctx, d, t);
		else if (e.type === 'answer') answer(ctx, d, e.index, t);
	} else if (d.mode.kind === 'missed') {
		if (e.type === 'restart') restartFrom(ctx, d, d.mode.restartAt, t);
	} else if (mode === 'battery-low') {
		if (e.type === 'continue-anyway') continueAnyway(ctx, d, t);
	} else if (mode === 'key-failed' || mode === 'troubleshooting') {
		if (e.type === 'retry') retry(ctx, d, t);
		else if (e.type === 'try-variant') tryVariant(ctx, d, t);
		else if (e.type === 'skip-key') skipKey(ctx, d, t);
		else if (e.type === 'troubleshoot') d.mode = { kind: 'troubleshooting', at: t };
		else if (e.type === 'back' && mode === 'troubleshooting')
			d.mode = { kind: 'key-failed', at: t };
	}
}

function dispatchEvent(ctx: Ctx, state: GuideState, event: GuideEvent): GuideState {
	if (state.mode.kind === 'ended') return state;
	const d = toDraft(state);
	advanceTo(ctx, d, event.now);
	if (d.mode.kind !== 'ended') apply(ctx, d, event);
	advanceTo(ctx, d, event.now);
	return finish(ctx, d);
}

function resume(ctx: Ctx, state: GuideState, now: number): GuideState {
	if (state.procedureId !== ctx.procedure.id) {
		throw new Error(`Stored progress is for "${state.procedureId}", not "${ctx.procedure.id}".`);
	}
	const d = toDraft(state);
	d.readings.ignition = 'unknown'; // what the car showed before the reload is stale
	d.readings.ignitionAt = null;
	d.sawOpposite = false;
	advanceTo(ctx, d, now);
	if (d.mode.kind === 'step') {
		const expired = d.windows
			.filter((w) => w.deadline !== null && now > w.deadline)
			.sort((a, b) => a.deadline! - b.deadline!)[0];
		if (expired) miss(ctx, d, expired.id, now);
		else currentStep(ctx, d); // throws on a state that does not fit the procedure
	}
	return finish(ctx, d);
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
		resumeAfterReload: (state, now) => resume(ctx, state, now)
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
