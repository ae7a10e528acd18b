import type {
	AttemptOutcome,
	Procedure,
	ProcedureVariant,
	SourcedCount,
	Step,
	TimeWindow
} from './types';
import type {
	AttemptRecord,
	CheckRecord,
	CueKind,
	Cursor,
	GuideState,
	KeyRecord,
	Miss,
	OpenWindow
} from './engine-types';
import {
	definitionOf,
	firstTimedStep,
	locateStep,
	phaseSteps,
	repeatTimes,
	runnableKeyIndex,
	stepAt,
	windowDef,
	type Definition
} from './engine-definition';
import { batteryGate } from './battery-gate';
import { resultLine } from './engine-summary';

/**
 * The engine's transitions, applied to a mutable copy of the state (a draft).
 * Every transition takes the time it happens at; entering a step starts its
 * 'enter' windows, finishing it checks its `closes` and starts its 'done'
 * windows.
 */

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A working copy of GuideState that the transitions change in place. */
export interface Draft extends Mutable<
	Omit<
		GuideState,
		| 'keys'
		| 'windows'
		| 'misses'
		| 'checks'
		| 'triedVariants'
		| 'order'
		| 'readings'
		| 'failures'
		| 'attemptLog'
	>
> {
	failures: Record<string, number>;
	attemptLog: AttemptRecord[];
	keys: Mutable<KeyRecord>[];
	windows: Mutable<OpenWindow>[];
	misses: Miss[];
	checks: CheckRecord[];
	triedVariants: string[];
	order: number[];
	readings: Mutable<GuideState['readings']>;
}

/** What the transitions need besides the state. */
export interface Ctx {
	readonly procedure: Procedure;
	/** A shop path's title by id, for the words said when an answer ends on a shop path. */
	readonly shopTitle?: (id: string) => string | null;
}

export const defOf = (ctx: Ctx, d: Draft): Definition => definitionOf(ctx.procedure, d.variantId);

export function currentStep(ctx: Ctx, d: Draft): Step {
	const label = d.cursor.phase === 'check' ? currentKey(d).label : undefined;
	const s = stepAt(defOf(ctx, d), d.cursor, label);
	if (!s) throw new Error(`No step at ${d.cursor.phase} ${d.cursor.index}.`);
	return s;
}

/** The open windows the current step must be done within. */
export function guarding(d: Draft | GuideState, step: Step): OpenWindow[] {
	const ids = step.within ?? [];
	return d.windows.filter((w) => ids.includes(w.id));
}

export function currentKey(d: Draft): Mutable<KeyRecord> {
	return d.keys[d.order[d.cursor.key] ?? 0]!;
}

/** The current key's index in the plan (0 = "Key 1"), or null outside the per-key steps. */
export function plannedKey(d: Draft | GuideState): number | null {
	return d.cursor.phase === 'key' ? (d.order[d.cursor.key] ?? 0) : null;
}

export function emitCue(
	d: Draft,
	kind: CueKind,
	at: number,
	say: string,
	ids: { stepId?: string | null; windowId?: string | null } = {}
): void {
	d.seq += 1;
	d.cue = { seq: d.seq, kind, at, stepId: ids.stepId ?? null, windowId: ids.windowId ?? null, say };
}

function openWindow(d: Draft, w: TimeWindow, at: number): void {
	d.windows = d.windows.filter((x) => x.id !== w.id);
	d.windows.push({
		id: w.id,
		openedAt: at,
		deadline: w.maxSeconds === null ? null : at + w.maxSeconds * 1000,
		minUntil: w.minSeconds ? at + w.minSeconds * 1000 : null,
		warned: false,
		openedIn: d.cursor.phase,
		openedForKey: d.cursor.key
	});
}

const sayOf = (s: Step) => s.say ?? s.title;

interface EnterOptions {
	readonly kind?: CueKind;
	readonly prefix?: string;
}

/** Makes `cursor` the current step at time `at`, starting its 'enter' windows. */
export function enter(
	ctx: Ctx,
	d: Draft,
	cursor: Cursor,
	at: number,
	opts: EnterOptions = {}
): void {
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
		openWindow(d, w, at);
		if (w.maxSeconds !== null) started ??= w.id;
	}
	// A countdown the previous step started at this very moment and that guards this one.
	started ??= guarding(d, step).find((w) => w.openedAt === at && w.deadline !== null)?.id ?? null;
	const kind = opts.kind ?? (started ? 'window-start' : 'step');
	const say = opts.prefix ? `${opts.prefix} ${sayOf(step)}` : sayOf(step);
	emitCue(d, kind, at, say, { stepId: step.id, windowId: started });
	settleCheck(ctx, d, at);
}

/** Finishing a step's windows: `closes` (a minimum not reached is a miss), then 'done' windows. */
function doneWindows(ctx: Ctx, d: Draft, step: Step, at: number): boolean {
	for (const id of step.closes ?? []) {
		const w = d.windows.find((x) => x.id === id);
		if (!w) continue;
		if (w.minUntil !== null && at < w.minUntil) {
			miss(ctx, d, id, at);
			return false;
		}
		d.windows = d.windows.filter((x) => x.id !== id);
	}
	for (const w of step.opens ?? []) if (w.startsOn === 'done') openWindow(d, w, at);
	return true;
}

/** The current step is done: close and open its windows, then move on. */
export function complete(ctx: Ctx, d: Draft, at: number): void {
	if (!doneWindows(ctx, d, currentStep(ctx, d), at)) return;
	advance(ctx, d, at);
}

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

/** Closes the current attempt as an AttemptRecord and starts the next one at `at`. */
function closeAttempt(
	d: Draft,
	endedAt: number | null,
	outcome: AttemptOutcome,
	reason: string,
	at: number
): void {
	d.attemptLog.push({
		procedureId: d.variantId ?? d.procedureId,
		title: d.title,
		startedAt: d.attemptStartedAt,
		endedAt,
		outcome,
		reason
	});
	d.attemptStartedAt = at;
	d.pendingFailure = null;
}

/** A new attempt starts at `at`: the one that failed goes into the log. */
function nextAttempt(d: Draft, at: number): void {
	const f = d.pendingFailure;
	if (f) closeAttempt(d, f.at, f.outcome, f.reason, at);
	else closeAttempt(d, at, 'stopped', 'Started again before the end.', at);
	d.attempt += 1;
}

/** The session ends: the last attempt goes into the log with how the session ended. */
function closeLastAttempt(d: Draft, at: number, outcome: AttemptOutcome, reason: string): void {
	closeAttempt(d, at, outcome, reason, at);
}

export function end(_ctx: Ctx, d: Draft, reason: 'finished' | 'stopped', at: number): void {
	d.mode = { kind: 'ended', reason, at };
	d.endedAt = at;
	d.windows = [];
	const line = resultLine(d);
	const tried = d.keys.filter((k) => k.outcome !== 'not-tried' && k.outcome !== 'skipped');
	const worked = tried.length > 0 && tried.every((k) => k.outcome === 'confirmed');
	closeLastAttempt(
		d,
		at,
		reason === 'stopped' ? 'stopped' : worked ? 'worked' : 'not-every-key',
		`${line}.`
	);
	emitCue(d, reason, at, reason === 'finished' ? `Finished. ${line}.` : `Stopped. ${line}.`);
}

/** An answer sent the owner to a shop: the session stops on that shop path. */
function endOnShop(ctx: Ctx, d: Draft, shopPathId: string, at: number): void {
	d.mode = { kind: 'ended', reason: 'stopped', at, shopPathId };
	d.endedAt = at;
	d.windows = [];
	const title = ctx.shopTitle?.(shopPathId) ?? null;
	const where = title ? `This needs a shop: ${title}.` : 'This needs a shop.';
	closeLastAttempt(d, at, 'shop', where);
	emitCue(d, 'stopped', at, `Stopped. ${where}`);
}

// ── No dead ends: a failing step is tried a limited number of times ─────

/** Failed tries of one step (or window) before the guide moves on, where the source gives no figure. */
export const DEFAULT_MAX_TRIES = 3;

const limitOf = (count: SourcedCount | undefined) => count?.count ?? DEFAULT_MAX_TRIES;

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
	closeLastAttempt(d, at, 'gave-up', last ? `${last} ${text}` : text);
	emitCue(d, 'stopped', at, `Stopped. ${text}`);
}

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
	const times = (d.failures[point] ?? 0) + 1;
	d.failures[point] = times;
	d.pendingFailure = { ...failure, at };
	if (times < limit) return false;
	giveUp(d, giveUpText(times), at);
	return true;
}

const timesWord = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);
const STOPS_HERE = 'Trying the same way again rarely helps, so this method stops here.';

/** A window was missed: explain it and wait for the restart (or stop the method after its last try). */
export function miss(ctx: Ctx, d: Draft, windowId: string, at: number): void {
	const def = defOf(ctx, d);
	const w = windowDef(def, windowId);
	const text = w?.missed ?? 'A time limit was missed.';
	d.windows = d.windows.filter((x) => x.id !== windowId);
	d.misses.push({ windowId, text, at, attempt: d.attempt });
	const over = failed(
		d,
		`window:${windowId}`,
		limitOf(w?.maxTries),
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
export function restartFrom(ctx: Ctx, d: Draft, stepId: string, at: number): void {
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

export function keyConfirmed(ctx: Ctx, d: Draft, at: number): void {
	const key = currentKey(d);
	key.outcome = 'confirmed';
	startKey(ctx, d, d.cursor.key + 1, at, { kind: 'key-done', prefix: `${key.label} done.` });
}

export function keyFailed(ctx: Ctx, d: Draft, at: number): void {
	const key = currentKey(d);
	const step = currentStep(ctx, d);
	key.outcome = 'failed';
	const over = failed(
		d,
		`step:${step.id}:key${d.order[d.cursor.key] ?? 0}`,
		limitOf(step.maxTries),
		{ outcome: 'key-failed', reason: `${key.label} did not take.` },
		(n) => `${key.label} did not take ${timesWord(n)}. ${STOPS_HERE}`,
		at
	);
	if (over) return;
	d.mode = { kind: 'key-failed', at };
	emitCue(d, 'key-failed', at, `${key.label} did not take.`);
}

/** An end-check answer: the key works from outside (on to the next key) or it does not (marked failed). */
function checkAnswered(ctx: Ctx, d: Draft, works: boolean, at: number): void {
	if (!works) currentKey(d).outcome = 'failed';
	startCheck(ctx, d, d.cursor.index + 1, at);
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
		limitOf(step.maxTries),
		{ outcome: 'no-sign', reason },
		(n) => `You answered “${label}” to “${step.title}” ${timesWord(n)}. ${STOPS_HERE}`,
		at
	);
}

/** A question step was answered with its answer number `index`. */
export function answer(ctx: Ctx, d: Draft, index: number, at: number): void {
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

/** After a failed key: the same key again, keeping the windows the car still runs. */
export function retry(ctx: Ctx, d: Draft, at: number): void {
	currentKey(d).outcome = 'not-tried';
	nextAttempt(d, at);
	enter(ctx, d, { phase: 'key', index: 0, key: d.cursor.key }, at);
}

export function skipKey(ctx: Ctx, d: Draft, at: number): void {
	currentKey(d).outcome = 'skipped';
	startKey(ctx, d, d.cursor.key + 1, at);
}

/** The next "if that did not work, try" variant not yet run, or null. */
export function nextVariant(procedure: Procedure, d: Draft | GuideState): ProcedureVariant | null {
	return (
		(procedure.variants ?? []).find(
			(v) => v.id !== d.variantId && !d.triedVariants.includes(v.id)
		) ?? null
	);
}

/** Run order of `count` keys for a definition. */
export function runOrder(def: Definition, count: number): number[] {
	const order = Array.from({ length: count }, (_, i) => i);
	return 'keyOrder' in def && def.keyOrder === 'reverse' ? order.reverse() : order;
}

/** Switches to the next variant: a new session (every key again), skipping checks already passed. */
export function tryVariant(ctx: Ctx, d: Draft, at: number): void {
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

function record(
	d: Draft,
	step: Step,
	outcome: CheckRecord['outcome'],
	volts: number | null,
	note: string,
	at: number
) {
	if (step.kind !== 'check') return;
	d.checks = d.checks.filter((c) => c.stepId !== step.id);
	d.checks.push({ stepId: step.id, check: step.check, outcome, volts, note, at });
}

/** Applies a battery reading to the current battery check step. */
export function evaluateBattery(ctx: Ctx, d: Draft, at: number): void {
	const step = currentStep(ctx, d);
	const reading = d.readings.battery;
	if (step.kind !== 'check' || step.check !== 'battery' || !reading) return;
	const r = batteryGate(reading.volts, reading.engineRunning, step.lowVoltage ?? null);
	if (r.status === 'low') {
		d.mode = { kind: 'battery-low', volts: r.volts!, at };
		emitCue(d, 'battery-low', at, r.text, { stepId: step.id });
		return;
	}
	record(d, step, r.status === 'unknown' ? 'unknown' : 'passed', r.volts, r.text, at);
	d.mode = { kind: 'step' };
	complete(ctx, d, at);
}

/** The owner chose to go on despite a low battery. */
export function continueAnyway(ctx: Ctx, d: Draft, at: number): void {
	if (d.mode.kind !== 'battery-low') return;
	const volts = d.mode.volts;
	record(
		d,
		currentStep(ctx, d),
		'continued',
		volts,
		`The battery read ${volts.toFixed(1)} V; you chose to carry on.`,
		at
	);
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
		record(d, step, 'passed', null, `The car shows the ignition ${want}.`, at);
		complete(ctx, d, at);
	}
}

/** The owner tapped Done: confirms by hand whatever the step asked. */
export function done(ctx: Ctx, d: Draft, at: number): void {
	const step = currentStep(ctx, d);
	if (step.kind === 'wait' || step.kind === 'question') return;
	if (step.kind === 'check') {
		if (step.check === 'battery') {
			record(d, step, 'unknown', null, 'No battery reading; you chose to carry on.', at);
		} else {
			const want = step.check === 'ignition-on' ? 'on' : 'off';
			record(d, step, 'confirmed', null, `You confirmed the ignition is ${want}.`, at);
		}
	}
	complete(ctx, d, at);
}

/** A repeat counted once; the step completes when the count is reached. */
export function tap(ctx: Ctx, d: Draft, at: number): void {
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
export function observe(ctx: Ctx, d: Draft, ignition: 'on' | 'off' | 'unknown', at: number): void {
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
