import type { AttemptOutcome, Procedure, Step, TimeWindow } from './types';
import type {
	CueKind,
	Cursor,
	GuideEvent,
	GuideState,
	Readings,
	SessionKeys,
	StartOptions
} from './engine-types';
import { GUIDE_STATE_VERSION } from './engine-types';
import {
	definitionOf,
	firstTimedStep,
	locateStep,
	nextVariant,
	phaseSteps,
	plannedKey,
	repeatTimes,
	runOrder,
	runnableKeyIndex,
	stepAt,
	triesAllowed,
	windowDef,
	type Definition
} from './engine-definition';
import { firstDue, firstExpired, guarding, nextDueAt, openedWindow, tooEarly } from './engine-time';
import {
	closeAttempt,
	countFailure,
	currentKey,
	emitCue,
	nextAttempt,
	recordCheck,
	toDraft,
	type Draft
} from './engine-draft';
import { batteryGate } from './battery-gate';
import { resultLine } from './engine-summary';

export { DEFAULT_MAX_TRIES } from './engine-definition';

/**
 * Every transition of the step engine, in one place, read top to bottom: the
 * three ways in (start, an event, a reload), then what moves the cursor (a
 * step entered and finished, a key, the end check, an answer, a miss, a
 * variant, the checks), then the ways a session ends. Each works on a draft
 * (engine-draft.ts) at the time it happens. Calls go one way: to the leaves
 * for what the procedure says (engine-definition.ts) and what time it is
 * (engine-time.ts); none of them calls back here.
 */

/** What the transitions need besides the state. */
export interface Ctx {
	readonly procedure: Procedure;
	/** A shop path's title by id, for the words said when an answer ends on a shop path. */
	readonly shopTitle?: (id: string) => string | null;
}

// ── The ways in ─────────────────────────────────────────────────────────

const NO_READINGS: Readings = { ignition: 'unknown', ignitionAt: null, battery: null };

/** A new session at `now`. Throws RangeError for 0 keys or more than the procedure allows. */
export function startGuide(
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
		pendingFailure: null,
		...(options.practice ? { practice: true as const } : {})
	};
	if (def.setup.length > 0) enter(ctx, d, { phase: 'setup', index: 0, key: 0 }, now);
	else enter(ctx, d, { phase: 'key', index: 0, key: 0 }, now);
	advanceTo(ctx, d, now);
	return withNextAt(ctx, d);
}

/** One event: time is brought up to the event, the event applied, then time again. */
export function dispatchEvent(ctx: Ctx, state: GuideState, event: GuideEvent): GuideState {
	if (state.mode.kind === 'ended') return state;
	const d = toDraft(state);
	advanceTo(ctx, d, event.now);
	if (d.mode.kind !== 'ended') apply(ctx, d, event);
	advanceTo(ctx, d, event.now);
	return withNextAt(ctx, d);
}

/**
 * A stored state after a reload: stale readings are dropped, time is brought
 * up to `now`, and a window that expired meanwhile is missed (the missed
 * screen offers the restart).
 */
export function resumeGuide(ctx: Ctx, state: GuideState, now: number): GuideState {
	if (state.procedureId !== ctx.procedure.id) {
		throw new Error(`Stored progress is for "${state.procedureId}", not "${ctx.procedure.id}".`);
	}
	const d = toDraft(state);
	d.readings.ignition = 'unknown'; // what the car showed before the reload is stale
	d.readings.ignitionAt = null;
	d.sawOpposite = false;
	advanceTo(ctx, d, now);
	if (d.mode.kind === 'step') {
		const expired = firstExpired(d.windows, now);
		if (expired) miss(ctx, d, expired.id, now);
		else currentStep(ctx, d); // throws on a state that does not fit the procedure
	}
	return withNextAt(ctx, d);
}

/** Routes an event to its transition; an event the current mode does not take is ignored. */
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

// ── Time ────────────────────────────────────────────────────────────────

/** Applies, in time order, every timed thing due up to `now` (engine-time.ts says what is due). */
function advanceTo(ctx: Ctx, d: Draft, now: number): void {
	// Each pass either moves the state on or stops; the bound only guards against bad data.
	for (let guard = 0; guard < 10_000; guard++) {
		if (d.mode.kind !== 'step') return;
		const step = currentStep(ctx, d);
		const due = firstDue(step, d, now);
		if (!due) return;
		const at = Math.max(due.at, d.stepEnteredAt);
		if (due.kind === 'wait') complete(ctx, d, at);
		else if (due.kind === 'expire') miss(ctx, d, due.windowId!, at);
		else {
			const w = d.windows.find((x) => x.id === due.windowId)!;
			w.warned = true;
			emitCue(d, 'last-seconds', at, `3 seconds left. ${step.title}.`, {
				stepId: step.id,
				windowId: w.id
			});
		}
	}
}

/** The finished draft, with when the caller's one timer should next tick. */
function withNextAt(ctx: Ctx, d: Draft): GuideState {
	d.nextAt = d.mode.kind === 'step' ? nextDueAt(currentStep(ctx, d), d) : null;
	return d as GuideState;
}

// ── Steps ───────────────────────────────────────────────────────────────

const defOf = (ctx: Ctx, d: Draft): Definition => definitionOf(ctx.procedure, d.variantId);

function currentStep(ctx: Ctx, d: Draft): Step {
	const label = d.cursor.phase === 'check' ? currentKey(d).label : undefined;
	const s = stepAt(defOf(ctx, d), d.cursor, label);
	if (!s) throw new Error(`No step at ${d.cursor.phase} ${d.cursor.index}.`);
	return s;
}

const sayOf = (s: Step) => s.say ?? s.title;

interface EnterOptions {
	readonly kind?: CueKind;
	readonly prefix?: string;
}

/** Makes `cursor` the current step at time `at`, starting its 'enter' windows. */
function enter(ctx: Ctx, d: Draft, cursor: Cursor, at: number, opts: EnterOptions = {}): void {
	if (cursor.phase === 'key') {
		// Steps that are not for this key (`forKeys`) are passed over without touching any window.
		const index = runnableKeyIndex(defOf(ctx, d), cursor.index, cursor.key, d.attempt);
		if (cursor.index === 0) {
			d.cursor = cursor;
			currentKey(d).tries += 1;
		}
		if (index === null) {
			d.cursor = cursor;
			return keyStepsDone(ctx, d, at, opts);
		}
		cursor = { ...cursor, index };
	}
	d.cursor = cursor;
	d.stepEnteredAt = at;
	d.taps = 0;
	d.mode = { kind: 'step' };
	const step = currentStep(ctx, d);
	d.sawOpposite =
		step.observe !== undefined &&
		d.readings.ignition !== 'unknown' &&
		d.readings.ignition !== step.observe.expect;
	let started: string | null = null;
	for (const w of step.opens ?? []) {
		if (w.startsOn !== 'enter') continue;
		open(d, w, at);
		if (w.maxSeconds !== null) started ??= w.id;
	}
	// A countdown the previous step started at this very moment and that guards this one.
	started ??= guarding(d, step).find((w) => w.openedAt === at && w.deadline !== null)?.id ?? null;
	const kind = opts.kind ?? (started ? 'window-start' : 'step');
	const say = opts.prefix ? `${opts.prefix} ${sayOf(step)}` : sayOf(step);
	emitCue(d, kind, at, say, { stepId: step.id, windowId: started });
	settleCheck(ctx, d, at);
}

/** Starts (or starts again) a window at `at`. */
function open(d: Draft, w: TimeWindow, at: number): void {
	d.windows = d.windows.filter((x) => x.id !== w.id);
	d.windows.push(openedWindow(w, at, d.cursor));
}

/** Finishing a step's windows: `closes` (a minimum not reached is a miss), then 'done' windows. */
function doneWindows(ctx: Ctx, d: Draft, step: Step, at: number): boolean {
	for (const id of step.closes ?? []) {
		const w = d.windows.find((x) => x.id === id);
		if (!w) continue;
		if (tooEarly(w, at)) {
			miss(ctx, d, id, at);
			return false;
		}
		d.windows = d.windows.filter((x) => x.id !== id);
	}
	for (const w of step.opens ?? []) if (w.startsOn === 'done') open(d, w, at);
	return true;
}

/** The current step is done: close and open its windows, then move on. */
function complete(ctx: Ctx, d: Draft, at: number): void {
	if (!doneWindows(ctx, d, currentStep(ctx, d), at)) return;
	advance(ctx, d, at);
}

/** On to the step after the current one: the next in its phase, or the next phase. */
function advance(ctx: Ctx, d: Draft, at: number): void {
	const def = defOf(ctx, d);
	const c = d.cursor;
	if (c.index + 1 < phaseSteps(def, c.phase).length) {
		enter(ctx, d, { ...c, index: c.index + 1 }, at);
	} else if (c.phase === 'setup') {
		startKey(ctx, d, 0, at);
	} else if (c.phase === 'key') {
		keyStepsDone(ctx, d, at);
	} else if (c.phase === 'finish') {
		startCheck(ctx, d, 0, at);
	} else {
		startCheck(ctx, d, c.index + 1, at);
	}
}

// ── Keys ────────────────────────────────────────────────────────────────

/** The current key ran out of steps without a confirming answer: it is counted as done. */
function keyStepsDone(ctx: Ctx, d: Draft, at: number, opts: EnterOptions = {}): void {
	const key = currentKey(d);
	if (key.outcome === 'not-tried') key.outcome = 'confirmed';
	const prefix = [opts.prefix, `${key.label} done.`].filter(Boolean).join(' ');
	startKey(ctx, d, d.cursor.key + 1, at, { kind: 'key-done', prefix });
}

/** Starts the key at run position `pos`, or the finish when every key is through. */
function startKey(ctx: Ctx, d: Draft, pos: number, at: number, opts: EnterOptions = {}): void {
	if (pos < d.order.length) enter(ctx, d, { phase: 'key', index: 0, key: pos }, at, opts);
	else if (defOf(ctx, d).finish.length > 0)
		enter(ctx, d, { phase: 'finish', index: 0, key: 0 }, at, opts);
	else startCheck(ctx, d, 0, at, opts);
}

function keyConfirmed(ctx: Ctx, d: Draft, at: number): void {
	const key = currentKey(d);
	key.outcome = 'confirmed';
	startKey(ctx, d, d.cursor.key + 1, at, { kind: 'key-done', prefix: `${key.label} done.` });
}

function keyFailed(ctx: Ctx, d: Draft, at: number): void {
	const key = currentKey(d);
	const step = currentStep(ctx, d);
	key.outcome = 'failed';
	const over = failed(
		d,
		`step:${step.id}:key${d.order[d.cursor.key] ?? 0}`,
		triesAllowed(step.maxTries),
		{ outcome: 'key-failed', reason: `${key.label} did not take.` },
		(n) => `${key.label} did not take ${timesWord(n)}. ${STOPS_HERE}`,
		at
	);
	if (over) return;
	d.mode = { kind: 'key-failed', at };
	emitCue(d, 'key-failed', at, `${key.label} did not take.`);
}

/** After a failed key: the same key again, keeping the windows the car still runs. */
function retry(ctx: Ctx, d: Draft, at: number): void {
	currentKey(d).outcome = 'not-tried';
	nextAttempt(d, at);
	enter(ctx, d, { phase: 'key', index: 0, key: d.cursor.key }, at);
}

function skipKey(ctx: Ctx, d: Draft, at: number): void {
	currentKey(d).outcome = 'skipped';
	startKey(ctx, d, d.cursor.key + 1, at);
}

// ── The end check ───────────────────────────────────────────────────────

/**
 * The end check, in the planned order (Key 1 first, whatever order the keys
 * ran in): from planned key `from` on, the next key the session counts as
 * done is asked about ("does it lock and unlock from outside?"); when none is
 * left, the session is finished. Programming is over, so no window runs.
 * The cursor's `index` is the planned key, its `key` that key's run position.
 */
function startCheck(ctx: Ctx, d: Draft, from: number, at: number, opts: EnterOptions = {}): void {
	d.windows = [];
	let next = from;
	while (next < d.keys.length && d.keys[next]!.outcome !== 'confirmed') next += 1;
	if (next < d.keys.length) {
		enter(ctx, d, { phase: 'check', index: next, key: d.order.indexOf(next) }, at, opts);
	} else end(ctx, d, 'finished', at);
}

/** An end-check answer: the key works from outside (on to the next key) or it does not (marked failed). */
function checkAnswered(ctx: Ctx, d: Draft, works: boolean, at: number): void {
	if (!works) currentKey(d).outcome = 'failed';
	startCheck(ctx, d, d.cursor.index + 1, at);
}

// ── Answers ─────────────────────────────────────────────────────────────

/** A question step was answered with its answer number `index`. */
function answer(ctx: Ctx, d: Draft, index: number, at: number): void {
	const step = currentStep(ctx, d);
	if (step.kind !== 'question') return;
	const a = step.answers[index];
	if (!a) return;
	const o = a.outcome;
	if (d.cursor.phase === 'check') return checkAnswered(ctx, d, o.to === 'key-confirmed', at);
	if (o.to === 'restart') {
		if (answeredBack(d, step, a.label, at)) return;
		return restartFrom(ctx, d, firstTimedStep(defOf(ctx, d)), at);
	}
	if (!doneWindows(ctx, d, step, at)) return;
	switch (o.to) {
		case 'next':
			return advance(ctx, d, at);
		case 'step': {
			const loc = locateStep(defOf(ctx, d), o.step, d.cursor.phase);
			if (!loc) return advance(ctx, d, at);
			if (isBack(d.cursor, loc) && answeredBack(d, step, a.label, at)) return;
			return enter(
				ctx,
				d,
				{ phase: loc.phase, index: loc.index, key: loc.phase === 'key' ? d.cursor.key : 0 },
				at
			);
		}
		case 'key-confirmed':
			return keyConfirmed(ctx, d, at);
		case 'key-failed':
			return keyFailed(ctx, d, at);
		case 'finish':
			if (defOf(ctx, d).finish.length > 0)
				return enter(ctx, d, { phase: 'finish', index: 0, key: 0 }, at);
			return startCheck(ctx, d, 0, at);
		case 'shop':
			return endOnShop(ctx, d, o.shopPath, at);
	}
}

const PHASE_ORDER = ['setup', 'key', 'finish', 'check'] as const;

/** Whether a jump to `to` goes back to this step or one before it. */
function isBack(from: Cursor, to: { phase: Cursor['phase']; index: number }): boolean {
	const a = PHASE_ORDER.indexOf(from.phase);
	const b = PHASE_ORDER.indexOf(to.phase);
	return b < a || (a === b && to.index <= from.index);
}

/**
 * An answer that sends the owner back (start again, or a step already done):
 * a failed try of this question. Returns true when the method stopped.
 */
function answeredBack(d: Draft, step: Step, label: string, at: number): boolean {
	const reason = `You answered “${label}” to “${step.title}”.`;
	return failed(
		d,
		`step:${step.id}`,
		triesAllowed(step.maxTries),
		{ outcome: 'no-sign', reason },
		(n) => `You answered “${label}” to “${step.title}” ${timesWord(n)}. ${STOPS_HERE}`,
		at
	);
}

// ── Misses and starting again ───────────────────────────────────────────

/** A window was missed: explain it and wait for the restart (or stop the method after its last try). */
function miss(ctx: Ctx, d: Draft, windowId: string, at: number): void {
	const def = defOf(ctx, d);
	const w = windowDef(def, windowId);
	const text = w?.missed ?? 'A time limit was missed.';
	d.windows = d.windows.filter((x) => x.id !== windowId);
	d.misses.push({ windowId, text, at, attempt: d.attempt });
	const over = failed(
		d,
		`window:${windowId}`,
		triesAllowed(w?.maxTries),
		{ outcome: 'time-ran-out', reason: text },
		(n) => `The time ran out ${timesWord(n)} at the same point. ${STOPS_HERE}`,
		at
	);
	if (over) return;
	d.mode = { kind: 'missed', windowId, text, restartAt: w?.restartAt ?? firstTimedStep(def), at };
	emitCue(d, 'missed', at, text, { stepId: currentStep(ctx, d).id, windowId });
}

/**
 * Starts again from `stepId` as a new attempt. From a setup step the whole
 * session starts over (every key again, no window left running); from a
 * per-key step only the current key does, dropping the windows it opened.
 */
function restartFrom(ctx: Ctx, d: Draft, stepId: string, at: number): void {
	const def = defOf(ctx, d);
	const loc = locateStep(def, stepId, d.cursor.phase) ?? { phase: 'setup' as const, index: 0 };
	nextAttempt(d, at);
	if (loc.phase === 'setup') {
		d.windows = [];
		for (const k of d.keys) k.outcome = 'not-tried';
		enter(ctx, d, { phase: 'setup', index: loc.index, key: 0 }, at);
	} else if (loc.phase === 'key') {
		const key = d.cursor.phase === 'key' ? d.cursor.key : 0;
		d.windows = d.windows.filter((w) => !(w.openedIn === 'key' && w.openedForKey === key));
		d.keys[d.order[key]!]!.outcome = 'not-tried';
		enter(ctx, d, { phase: 'key', index: loc.index, key }, at);
	} else {
		enter(ctx, d, { phase: 'finish', index: loc.index, key: 0 }, at);
	}
}

/** Switches to the next variant: a new session (every key again), skipping checks already passed. */
function tryVariant(ctx: Ctx, d: Draft, at: number): void {
	const v = nextVariant(ctx.procedure, d);
	if (!v) return;
	nextAttempt(d, at);
	d.variantId = v.id;
	d.title = v.title;
	d.triedVariants.push(v.id);
	d.order = runOrder(v, d.keys.length);
	// Another way is a new method: its steps get their own tries.
	d.failures = {};
	d.windows = [];
	for (const k of d.keys) k.outcome = 'not-tried';
	let index = 0;
	while (
		index < v.setup.length &&
		v.setup[index]!.kind === 'check' &&
		d.checks.some((c) => c.stepId === v.setup[index]!.id)
	) {
		index += 1;
	}
	if (index < v.setup.length) enter(ctx, d, { phase: 'setup', index, key: 0 }, at);
	else startKey(ctx, d, 0, at);
}

// ── Checks, taps and what the car shows ─────────────────────────────────

/** Applies a battery reading to the current battery check step. */
function evaluateBattery(ctx: Ctx, d: Draft, at: number): void {
	const step = currentStep(ctx, d);
	const reading = d.readings.battery;
	if (step.kind !== 'check' || step.check !== 'battery' || !reading) return;
	const r = batteryGate(reading.volts, reading.engineRunning, step.lowVoltage ?? null);
	if (r.status === 'low') {
		d.mode = { kind: 'battery-low', volts: r.volts!, at };
		emitCue(d, 'battery-low', at, r.text, { stepId: step.id });
		return;
	}
	recordCheck(d, step, r.status === 'unknown' ? 'unknown' : 'passed', r.volts, r.text, at);
	d.mode = { kind: 'step' };
	complete(ctx, d, at);
}

/** The owner chose to go on despite a low battery. */
function continueAnyway(ctx: Ctx, d: Draft, at: number): void {
	if (d.mode.kind !== 'battery-low') return;
	const volts = d.mode.volts;
	const note = `The battery read ${volts.toFixed(1)} V; you chose to carry on.`;
	recordCheck(d, currentStep(ctx, d), 'continued', volts, note, at);
	d.mode = { kind: 'step' };
	complete(ctx, d, at);
}

/** On entering a check step, passes it at once when the last reading already answers it. */
function settleCheck(ctx: Ctx, d: Draft, at: number): void {
	const step = currentStep(ctx, d);
	if (step.kind !== 'check') return;
	if (step.check === 'battery') {
		if (d.readings.battery) evaluateBattery(ctx, d, at);
		return;
	}
	const want = step.check === 'ignition-on' ? 'on' : 'off';
	if (d.readings.ignition === want) {
		recordCheck(d, step, 'passed', null, `The car shows the ignition ${want}.`, at);
		complete(ctx, d, at);
	}
}

/** The owner tapped Done: confirms by hand whatever the step asked. */
function done(ctx: Ctx, d: Draft, at: number): void {
	const step = currentStep(ctx, d);
	if (step.kind === 'wait' || step.kind === 'question') return;
	if (step.kind === 'check') {
		if (step.check === 'battery') {
			recordCheck(d, step, 'unknown', null, 'No battery reading; you chose to carry on.', at);
		} else {
			const want = step.check === 'ignition-on' ? 'on' : 'off';
			recordCheck(d, step, 'confirmed', null, `You confirmed the ignition is ${want}.`, at);
		}
	}
	complete(ctx, d, at);
}

/** A repeat counted once; the step completes when the count is reached. */
function tap(ctx: Ctx, d: Draft, at: number): void {
	const step = currentStep(ctx, d);
	if (step.kind !== 'repeat') return;
	d.taps += 1;
	if (d.taps >= repeatTimes(step, plannedKey(d))) complete(ctx, d, at);
}

/**
 * What the car shows now. Check steps read the level; steps with an
 * observation are confirmed only by a change to the expected value while they
 * run (a level that was already there proves nothing).
 */
function observe(ctx: Ctx, d: Draft, ignition: 'on' | 'off' | 'unknown', at: number): void {
	d.readings.ignition = ignition;
	d.readings.ignitionAt = at;
	if (d.mode.kind !== 'step' || ignition === 'unknown') return;
	const step = currentStep(ctx, d);
	if (step.kind === 'check' && step.check !== 'battery') {
		settleCheck(ctx, d, at);
		return;
	}
	if (!step.observe) return;
	if (ignition !== step.observe.expect) d.sawOpposite = true;
	else if (d.sawOpposite) complete(ctx, d, at);
}

// ── How a session ends ──────────────────────────────────────────────────

/** The session ends: the last attempt goes into the log with how the session ended. */
function end(_ctx: Ctx, d: Draft, reason: 'finished' | 'stopped', at: number): void {
	d.mode = { kind: 'ended', reason, at };
	d.endedAt = at;
	d.windows = [];
	const line = resultLine(d);
	const tried = d.keys.filter((k) => k.outcome !== 'not-tried' && k.outcome !== 'skipped');
	const worked = tried.length > 0 && tried.every((k) => k.outcome === 'confirmed');
	const outcome = reason === 'stopped' ? 'stopped' : worked ? 'worked' : 'not-every-key';
	closeAttempt(d, at, outcome, `${line}.`, at);
	emitCue(d, reason, at, reason === 'finished' ? `Finished. ${line}.` : `Stopped. ${line}.`);
}

/** An answer sent the owner to a shop: the session stops on that shop path. */
function endOnShop(ctx: Ctx, d: Draft, shopPathId: string, at: number): void {
	d.mode = { kind: 'ended', reason: 'stopped', at, shopPathId };
	d.endedAt = at;
	d.windows = [];
	const title = ctx.shopTitle?.(shopPathId) ?? null;
	const where = title ? `This needs a shop: ${title}.` : 'This needs a shop.';
	closeAttempt(d, at, 'shop', where, at);
	emitCue(d, 'stopped', at, `Stopped. ${where}`);
}

const timesWord = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);
const STOPS_HERE = 'Trying the same way again rarely helps, so this method stops here.';

/**
 * Counts one failed try at `point`. Returns true when that was the last try
 * worth making: the method has then stopped (see `giveUp`).
 */
function failed(
	d: Draft,
	point: string,
	limit: number,
	failure: { outcome: AttemptOutcome; reason: string },
	giveUpText: (times: number) => string,
	at: number
): boolean {
	const times = countFailure(d, point, failure, at);
	if (times < limit) return false;
	giveUp(d, giveUpText(times), at);
	return true;
}

/**
 * The method stops on its own: a step failed as often as it is worth trying.
 * The session ends (the keys keep what they reached) with the reason in plain
 * words; the wizard then offers the next method or the shop path.
 */
function giveUp(d: Draft, text: string, at: number): void {
	const last = d.pendingFailure?.reason;
	d.mode = { kind: 'ended', reason: 'stopped', at, gaveUp: text };
	d.endedAt = at;
	d.windows = [];
	closeAttempt(d, at, 'gave-up', last ? `${last} ${text}` : text, at);
	emitCue(d, 'stopped', at, `Stopped. ${text}`);
}
