import { describe, expect, it } from 'vitest';
import type { Procedure, Step } from './types';
import type { GuideView } from './engine-types';
import { CATALOGUE } from './test/full-catalogue';
import { definitionOf, locateStep, OUTSIDE_CHECK_ID, type Definition } from './engine-definition';
import { DEFAULT_MAX_TRIES } from './engine-core';
import { GuideDriver } from './test/guide-driver';
import { doStep, startRun, stepOf, timeToTake, walkRight } from './test/walk';

/**
 * No dead ends, as a rule of the engine: whatever fails (a time limit, a
 * "did the car …?" answered no, a key that does not take), no step is tried
 * more often than its limit (the source's figure, else 3); the method then
 * stops with the reason in plain words, and the session never ends on "every
 * key works" without the owner saying so key by key.
 */

const S = 1000;

const runs = CATALOGUE.procedures.flatMap((p) => [
	[p.id, p, null] as const,
	...(p.variants ?? []).map((v) => [v.id, p, v.id] as const)
]);

/** An answer that sends the owner back (start again, a key failed, a step already done), or -1. */
function failingAnswer(def: Definition, step: Step, view: GuideView): number {
	if (step.kind !== 'question') return -1;
	if (step.id === OUTSIDE_CHECK_ID) return step.answers.findIndex((a) => a.label === 'No');
	const phase = view.step && locateStep(def, step.id, 'key')?.phase;
	const here = phase ? locateStep(def, step.id, phase) : null;
	return step.answers.findIndex((a) => {
		const o = a.outcome;
		if (o.to === 'restart' || o.to === 'key-failed') return true;
		if (o.to !== 'step' || !here) return false;
		const there = locateStep(def, o.step, here.phase);
		return there !== null && there.phase === here.phase && there.index <= here.index;
	});
}

/** The limit the engine applies to a step or window. */
const limitFor = (def: Definition, point: string): number => {
	const all = [...def.setup, ...def.perKey, ...def.finish];
	const window = all.flatMap((s) => s.opens ?? []).find((w) => `window:${w.id}` === point);
	const step = all.find((s) => point.startsWith(`step:${s.id}`));
	return (window?.maxTries ?? step?.maxTries)?.count ?? DEFAULT_MAX_TRIES;
};

/**
 * An owner for whom nothing works: every question is answered the failing
 * way, every countdown runs out, every missed window is restarted and every
 * failed key tried again. Returns how often each point failed.
 */
function failEverything(d: GuideDriver, def: Definition): Map<string, number> {
	const failures = new Map<string, number>();
	const count = (point: string) => failures.set(point, (failures.get(point) ?? 0) + 1);
	for (let guard = 0; d.mode !== 'ended' && guard < 3000; guard++) {
		const mode = d.mode;
		if (mode === 'missed') d.send({ type: 'restart' }, S);
		else if (mode === 'key-failed') d.send({ type: 'retry' }, S);
		else if (mode === 'troubleshooting') d.send({ type: 'back' }, S);
		else if (mode === 'battery-low') d.send({ type: 'continue-anyway' }, S);
		else {
			const view = d.view;
			const step = stepOf(def, view);
			const fail = failingAnswer(def, step, view);
			const running = view.countdowns.find((c) => c.guardsThisStep && c.remainingMs !== null);
			if (fail >= 0) {
				const keyed = step.kind === 'question' && step.answers[fail]!.outcome.to === 'key-failed';
				count(keyed ? `step:${step.id}:${view.key?.label}` : `step:${step.id}`);
				d.answer(fail, S);
			} else if (running) {
				count(`window:${running.windowId}`);
				d.tick(running.remainingMs! + 1);
			} else doStep(d, def, timeToTake(view));
		}
	}
	return failures;
}

describe('no step is retried without end: every procedure and variant', () => {
	it.each(runs)(
		'%s: every failure has a limit, then the method stops',
		(_id, procedure, variantId) => {
			const def = definitionOf(procedure, variantId);
			const d = startRun(procedure, variantId, Math.min(def.maxKeys ?? 2, 2));
			const failures = failEverything(d, def);
			expect(d.mode, def.id).toBe('ended');
			for (const [point, times] of failures) {
				// The point where the engine stopped counts its last try; no point is tried once more.
				expect(times, `${def.id} ${point}`).toBeLessThanOrEqual(limitFor(def, point));
			}
			const mode = d.state.mode;
			if (mode.kind !== 'ended') throw new Error('not ended');
			const failedKey = d.state.keys.some((k) => k.outcome === 'failed');
			// The method ends on a reason (too many tries), a shop path, or a key the owner said does not work.
			expect(Boolean(mode.gaveUp || mode.shopPathId || failedKey), def.id).toBe(true);
			const summary = d.engine.summarise(d.state);
			expect(
				summary.keys.every((k) => k.outcome === 'confirmed'),
				def.id
			).toBe(false);
			if (mode.gaveUp) {
				expect(summary.gaveUp).toBe(mode.gaveUp);
				expect(summary.attemptLog?.at(-1)?.outcome).toBe('gave-up');
			}
		}
	);
});

describe('the Ford case: a car that never signals "ready"', () => {
	const ford = CATALOGUE.procedure('ford-rke-8-turns')!.procedure;

	it('stops after the third "No, nothing happened", never reaching attempt 4 (let alone 6)', () => {
		const d = new GuideDriver(ford, 2, { volts: 12.6 });
		let noes = 0;
		for (let guard = 0; d.mode !== 'ended' && guard < 200; guard++) {
			expect(d.state.attempt).toBeLessThanOrEqual(DEFAULT_MAX_TRIES);
			if (d.stepId === 'mode-ready') {
				noes += 1;
				d.answer(1, S); // "No, nothing happened"
			} else doStep(d, ford, timeToTake(d.view));
		}
		expect(noes).toBe(DEFAULT_MAX_TRIES);
		expect(d.state.mode).toMatchObject({ kind: 'ended', reason: 'stopped' });
		const summary = d.engine.summarise(d.state);
		expect(summary.gaveUp).toBe(
			'You answered “No, nothing happened” to “Did the car signal that it is ready?” 3 times. Trying the same way again rarely helps, so this method stops here.'
		);
		expect(d.view.gaveUp).toBe(summary.gaveUp);
		// Every attempt is kept: two restarts, then the stop.
		expect(summary.attemptLog?.map((a) => a.outcome)).toEqual(['no-sign', 'no-sign', 'gave-up']);
		expect(summary.attemptLog?.every((a) => a.procedureId === 'ford-rke-8-turns')).toBe(true);
	});
});

describe('the end check: key by key, from outside', () => {
	it.each(runs)(
		'%s: a "No" for a key never ends on every key working',
		(_id, procedure, variantId) => {
			const def = definitionOf(procedure, variantId);
			const keys = Math.min(def.maxKeys ?? 2, 2);
			const d = walkRight(startRun(procedure, variantId, keys), def, {
				stopWhen: (view) => view.step?.id === OUTSIDE_CHECK_ID
			});
			if (d.mode === 'ended') {
				// Only a run that ended on an answer's shop path skips the check.
				expect(d.state.mode, def.id).toMatchObject({ shopPathId: expect.any(String) });
				return;
			}
			const labels: string[] = [];
			for (let k = 0; d.mode === 'step' && k < keys; k++) {
				expect(d.stepId).toBe(OUTSIDE_CHECK_ID);
				labels.push(d.view.step!.title);
				// The first key works from outside; the second does not (a one-key method: the only key does not).
				d.answer(k === 0 && keys > 1 ? 0 : 1, S);
			}
			const ask =
				def.programs === 'immobiliser-key'
					? 'start the engine'
					: 'lock and unlock the car from outside';
			expect(labels, def.id).toEqual(
				Array.from({ length: keys }, (_, i) => `Does Key ${i + 1} ${ask}?`)
			);
			expect(d.state.mode).toMatchObject({ kind: 'ended', reason: 'finished' });
			const outcomes = d.engine.summarise(d.state).keys.map((k) => k.outcome);
			expect(outcomes).toEqual(keys === 1 ? ['failed'] : ['confirmed', 'failed']);
		}
	);
});

describe('what happens to each attempt', () => {
	it('a missed window, a restart and the end: three entries with their reasons', () => {
		const p: Procedure = CATALOGUE.procedure('mini-r5x-2-button-quick')!.procedure;
		const d = new GuideDriver(p, 1, { volts: 12.6 });
		d.done(S).done(S).done(S); // sit in, position 2, Go
		d.tick(11 * S); // the 10 s ran out
		expect(d.mode).toBe('missed');
		d.send({ type: 'restart' }, S);
		d.done(S)
			.done(S)
			.done(2 * S)
			.answer(0, S)
			.answer(0, S);
		const log = d.engine.summarise(d.state).attemptLog!;
		expect(log.map((a) => [a.outcome, a.reason])).toEqual([
			[
				'time-ran-out',
				'More than 10 seconds passed between switching off and pressing the buttons.'
			],
			['worked', '1 of 1 key synchronised.']
		]);
		expect(log[0]!.endedAt! <= log[1]!.startedAt).toBe(true);
	});

	it('attempts of an earlier method carry over into the next session', () => {
		const p: Procedure = CATALOGUE.procedure('mini-r5x-2-button-quick')!.procedure;
		const first = new GuideDriver(p, 1, { volts: 12.6 });
		first.send({ type: 'stop' }, S);
		const earlier = first.state.attemptLog;
		expect(earlier.map((a) => a.outcome)).toEqual(['stopped']);
		const next = first.engine.start({ keys: [{ label: 'Key 1' }] }, first.now + S, {
			variantId: 'mini-r5x-2-button-together',
			earlier
		});
		const log = first.engine.summarise(next).attemptLog!;
		expect(log.map((a) => [a.procedureId, a.outcome])).toEqual([
			['mini-r5x-2-button-quick', 'stopped'],
			['mini-r5x-2-button-together', 'in-progress']
		]);
	});
});
