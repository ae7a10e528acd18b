import type { Procedure, Step } from '../types';
import type { GuideView } from '../engine-types';
import {
	OUTSIDE_CHECK_ID,
	allSteps,
	outsideCheckStep,
	type Definition
} from '../engine-definition';
import { GuideDriver } from './guide-driver';

/**
 * Walking a catalogue procedure through the engine on a fake clock, the way an
 * owner doing it right would: every step done at a moment inside the windows
 * that guard it (after a window's minimum, well before its deadline), repeat
 * steps tapped as often as the view asks, waits waited out, questions answered
 * with the answer that carries on. No real time passes.
 */

/** Milliseconds past a minimum at which a guarded step is done. */
const AFTER_MIN_MS = 100;
/** The most time an unguarded step takes. */
const STEP_MS = 1000;

/** The step definition the view shows. */
export function stepOf(def: Definition, view: GuideView): Step {
	if (view.step?.id === OUTSIDE_CHECK_ID)
		return outsideCheckStep(def, view.key?.label ?? 'this key');
	const step = allSteps(def).find((s) => s.id === view.step?.id);
	if (!step) throw new Error(`No step "${view.step?.id}" in ${def.id}.`);
	return step;
}

/** The answer an owner doing it right gives: the one that confirms the key, else carries on. */
export function carryOnAnswer(step: Step): number {
	if (step.kind !== 'question') return -1;
	for (const to of ['key-confirmed', 'next', 'finish'] as const) {
		const i = step.answers.findIndex((a) => a.outcome.to === to);
		if (i >= 0) return i;
	}
	throw new Error(`Question "${step.id}" has no answer that carries on.`);
}

/**
 * How long to take over the current step so that every running window is
 * respected: past the minimum of the windows guarding it, and well inside the
 * deadline of every window still running (later steps may be guarded by them).
 */
export function timeToTake(view: GuideView): number {
	const running = view.countdowns.filter((c) => c.remainingMs !== null);
	const soonest = Math.min(...running.map((c) => c.remainingMs!));
	const minimum = Math.max(
		0,
		...view.countdowns.filter((c) => c.guardsThisStep).map((c) => c.minRemainingMs ?? 0)
	);
	if (minimum > 0) return minimum + AFTER_MIN_MS;
	return running.length === 0 ? STEP_MS : Math.min(STEP_MS, Math.floor(soonest / 4));
}

/** Does the current step the right way at `d.now + ms`. */
export function doStep(d: GuideDriver, def: Definition, ms: number): void {
	const view = d.view;
	const step = stepOf(def, view);
	if (step.kind === 'wait') {
		d.tick(Math.max(ms, view.step!.wait!.remainingMs));
	} else if (step.kind === 'question') {
		d.answer(carryOnAnswer(step), ms);
	} else if (step.kind === 'repeat') {
		d.wait(ms);
		for (let i = 0; i < view.step!.repeat!.times; i++) d.tap();
	} else {
		d.done(ms);
	}
}

export interface WalkOptions {
	/** Called with every view before its step is done. */
	readonly onView?: (view: GuideView, def: Definition) => void;
	/** Stop before doing the step for which this returns true. */
	readonly stopWhen?: (view: GuideView, def: Definition) => boolean;
}

/** A new session of `keys` keys, with a good battery reading (the battery check passes at once). */
export function startRun(procedure: Procedure, variantId: string | null, keys: number) {
	return new GuideDriver(procedure, keys, {
		volts: 12.6,
		...(variantId ? { variantId } : {})
	});
}

/** Walks the session until it ends (or `stopWhen`); returns the driver. */
export function walkRight(d: GuideDriver, def: Definition, options: WalkOptions = {}): GuideDriver {
	for (let guard = 0; d.mode === 'step' && guard < 1000; guard++) {
		const view = d.view;
		options.onView?.(view, def);
		if (options.stopWhen?.(view, def)) break;
		doStep(d, def, timeToTake(view));
	}
	return d;
}
