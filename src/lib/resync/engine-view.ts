import type { Procedure, Step } from './types';
import type {
	CountdownView,
	FailedKeyChoice,
	GuideState,
	GuideView,
	HoldView,
	ShopView,
	StepTiming,
	StepView
} from './engine-types';
import {
	definitionOf,
	locateStep,
	neededLater,
	nextVariant,
	phaseSteps,
	plannedKey,
	repeatTimes,
	stepAt,
	stepsBefore,
	totalSteps,
	windowDef,
	type Definition
} from './engine-definition';
import { batteryGate } from './battery-gate';
import { LAST_SECONDS_MS } from './engine-time';

/**
 * What the screen shows for a state at a moment: the step, the countdowns
 * (or why a window has none), key i of n, progress, and the last cue.
 * Pure: call it as often as the screen refreshes. It reads the state and
 * asks only the leaves (engine-definition.ts, engine-time.ts), never a
 * transition.
 */

/** The button that finishes a step, as the screen labels it. */
function buttonOf(step: Step): string {
	return step.doneLabel ?? 'Done';
}

/**
 * The one statement about time on a step, worked out from the windows alone
 * (the step's own words never state it), so a step cannot both say there is
 * no countdown and show or start one. In order: a countdown that guards the
 * step now; one that the step's button starts; a limit the source gives no
 * figure for, and nothing counting.
 */
export function stepTiming(def: Definition, step: Step, state: GuideState): StepTiming | null {
	const guards = state.windows.filter((w) => step.within?.includes(w.id));
	const startsOnDone = (step.opens ?? []).find(
		(w) => w.startsOn === 'done' && w.maxSeconds !== null
	);
	const running = guards.find((w) => w.deadline !== null);
	if (running) {
		const again =
			startsOnDone && startsOnDone.id !== running.id
				? ` When you tap ${buttonOf(step)}, the next ${startsOnDone.maxSeconds} seconds start.`
				: startsOnDone
					? ` It starts again when you tap ${buttonOf(step)}.`
					: '';
		return { kind: 'counting', text: again.trim(), windowId: running.id };
	}
	if (startsOnDone) {
		return {
			kind: 'starts-on-done',
			text: `The car allows ${startsOnDone.maxSeconds} seconds for what comes next: the countdown starts when you tap ${buttonOf(step)}.`,
			windowId: startsOnDone.id
		};
	}
	const untimed = guards.find((w) => w.deadline === null);
	if (untimed) {
		return {
			kind: 'no-figure',
			text: 'The source gives no time for this, so there is no countdown: do it without waiting.',
			windowId: untimed.id
		};
	}
	return null;
}

function stepView(def: Definition, step: Step, state: GuideState, now: number): StepView {
	const reading = state.readings;
	let check: StepView['check'] = null;
	if (step.kind === 'check') {
		if (step.check === 'battery') {
			const b = reading.battery;
			check = {
				check: step.check,
				askOwner: b === null,
				reading: b ? batteryGate(b.volts, b.engineRunning, step.lowVoltage ?? null).text : null
			};
		} else {
			check = {
				check: step.check,
				askOwner: reading.ignition === 'unknown',
				reading:
					reading.ignition === 'unknown' ? null : `The car shows the ignition ${reading.ignition}.`
			};
		}
	}
	return {
		id: step.id,
		kind: step.kind,
		title: step.title,
		detail: step.detail ?? null,
		say: step.say ?? step.title,
		carConfirms: step.carConfirms ?? null,
		confidence: step.confidence ?? def.confidence,
		sources: step.sources ?? def.sources,
		answers: step.kind === 'question' ? step.answers.map((a) => a.label) : null,
		repeat:
			step.kind === 'repeat'
				? { times: repeatTimes(step, plannedKey(state)), unit: step.unit, taps: state.taps }
				: null,
		wait:
			step.kind === 'wait'
				? {
						totalMs: step.seconds * 1000,
						remainingMs: Math.max(0, state.stepEnteredAt + step.seconds * 1000 - now)
					}
				: null,
		observe: step.observe ? { signal: step.observe.signal, expect: step.observe.expect } : null,
		doneLabel: step.doneLabel ?? null,
		timing: stepTiming(def, step, state),
		check
	};
}

function countdowns(
	def: Definition,
	state: GuideState,
	step: Step | null,
	now: number
): CountdownView[] {
	const within = step?.within ?? [];
	const shown = state.windows.filter(
		(w) => within.includes(w.id) || neededLater(def, state.cursor, w.id)
	);
	const out = shown.map((w): CountdownView => {
		const d = windowDef(def, w.id);
		const remainingMs = w.deadline === null ? null : Math.max(0, w.deadline - now);
		return {
			windowId: w.id,
			from: d?.from ?? '',
			remainingMs,
			totalMs: w.deadline === null ? null : w.deadline - w.openedAt,
			noFigure: w.deadline === null,
			minRemainingMs: w.minUntil === null ? null : Math.max(0, w.minUntil - now),
			guardsThisStep: within.includes(w.id),
			lastSeconds: remainingMs !== null && remainingMs <= LAST_SECONDS_MS,
			confidence: d?.confidence ?? def.confidence,
			sources: d?.sources ?? def.sources
		};
	});
	return out.sort((a, b) => Number(b.guardsThisStep) - Number(a.guardsThisStep));
}

function status(state: GuideState): GuideView['status'] {
	const m = state.mode;
	if (m.kind === 'ended') return m.reason;
	return m.kind;
}

function holdView(step: Step | null, state: GuideState, now: number): HoldView | null {
	const h = step?.holdSeconds;
	if (!h) return null;
	return {
		min: h.min ?? null,
		max: h.max ?? null,
		sinceMs: Math.max(0, now - state.stepEnteredAt)
	};
}

function shopView(state: GuideState, shopTitle: ShopTitle | undefined): ShopView | null {
	const m = state.mode;
	if (m.kind !== 'ended' || m.shopPathId === undefined) return null;
	return { shopPathId: m.shopPathId, title: shopTitle?.(m.shopPathId) ?? null };
}

/** Looks up a shop path's title by id (the engine passes its catalogue's). */
export type ShopTitle = (id: string) => string | null;

/** Everything the guide screen needs for `state` at time `now`. */
export function viewGuide(
	procedure: Procedure,
	state: GuideState,
	now: number,
	shopTitle?: ShopTitle
): GuideView {
	const def = definitionOf(procedure, state.variantId);
	const ended = state.mode.kind === 'ended';
	const runningKey = state.cursor.phase === 'key' || state.cursor.phase === 'check';
	const keyRecord0 = runningKey ? state.keys[state.order[state.cursor.key] ?? 0] : undefined;
	const step = ended ? null : stepAt(def, state.cursor, keyRecord0?.label);
	const total = totalSteps(def, state.keys.length);
	const done =
		ended && state.mode.kind === 'ended' && state.mode.reason === 'finished'
			? total
			: stepsBefore(def, state.cursor, state.keys.length);
	const keyRecord = ended ? undefined : keyRecord0;
	const m = state.mode;
	let missed: GuideView['missed'] = null;
	if (m.kind === 'missed') {
		const loc = locateStep(def, m.restartAt, state.cursor.phase);
		const restartStep = loc ? phaseSteps(def, loc.phase)[loc.index] : undefined;
		missed = { text: m.text, restartAtTitle: restartStep?.title ?? '' };
	}
	let keyFailed: GuideView['keyFailed'] = null;
	if ((m.kind === 'key-failed' || m.kind === 'troubleshooting') && keyRecord) {
		const v = nextVariant(procedure, state);
		const choices: FailedKeyChoice[] = [
			'retry',
			...(v ? (['try-variant'] as const) : []),
			'skip-key',
			'troubleshoot',
			'stop'
		];
		const leftOut = def.keySession?.leftOut;
		keyFailed = {
			label: keyRecord.label,
			choices,
			nextVariant: v
				? { id: v.id, title: v.title, differs: v.differs, confidence: v.confidence }
				: null,
			leftOut: leftOut ? { text: leftOut.text, confidence: leftOut.confidence } : null,
			tipsWhen: state.keys.every((k) => k.outcome === 'failed') ? 'all-failed' : 'key-failed'
		};
	}
	let batteryLow: GuideView['batteryLow'] = null;
	if (m.kind === 'battery-low') {
		const fact = step?.kind === 'check' ? (step.lowVoltage ?? null) : null;
		const r = batteryGate(m.volts, state.readings.battery?.engineRunning ?? false, fact);
		batteryLow = { volts: m.volts, text: r.text, confidence: r.confidence };
	}
	return {
		status: status(state),
		procedureId: state.procedureId,
		variantId: state.variantId,
		title: state.title,
		differs: 'differs' in def ? def.differs : null,
		confidence: def.confidence,
		attempt: state.attempt,
		step: step ? stepView(def, step, state, now) : null,
		key: keyRecord
			? {
					position: (state.cursor.phase === 'check' ? state.cursor.index : state.cursor.key) + 1,
					count: state.keys.length,
					label: keyRecord.label
				}
			: null,
		keys: state.keys,
		progress: { done, total, fraction: total === 0 ? 1 : done / total },
		countdowns: ended ? [] : countdowns(def, state, step, now),
		missed,
		keyFailed,
		batteryLow,
		checkNotes: state.checks.map((c) => c.note),
		cue: state.cue,
		hold: holdView(step, state, now),
		shop: shopView(state, shopTitle),
		gaveUp: state.mode.kind === 'ended' ? (state.mode.gaveUp ?? null) : null
	};
}
