import { describe, expect, it } from 'vitest';
import { FakeClock } from '../simulator/body-module/fake-clock';
import { CATALOGUE } from '$lib/resync/test/full-catalogue';
import { definitionOf, locateStep, OUTSIDE_CHECK_ID } from '../resync/engine-definition';
import { DEFAULT_MAX_TRIES } from '../resync/engine-core';
import { carryOnAnswer, stepOf } from '../resync/test/walk';
import { defaultSettings } from './guide-settings.svelte';
import type { GuideSummary } from '../resync/types';
import { createDeviceStorage } from './device-storage';
import { WizardState } from './wizard.svelte';

/**
 * No dead ends, as the owner meets them: when a method ends without every
 * key working, the wizard names the next way to try (another way of the same
 * procedure, the next procedure for the car) or the shop path, with the
 * reason; the attempts of every method tried carry over into the summary.
 */

const S = 1000;

function wizard() {
	const clock = new FakeClock(Date.UTC(2025, 4, 10, 9, 0, 0));
	const summaries: GuideSummary[] = [];
	const w = new WizardState({
		clock,
		catalogue: CATALOGUE,
		storage: createDeviceStorage(() => undefined),
		elm: () => null,
		report: () => null,
		settings: () => ({ ...defaultSettings(false), sound: false, speech: false, vibration: false }),
		cues: { sound: null, speech: null, vibration: null },
		wakeLock: null,
		onSummary: (s) => summaries.push(s)
	});
	return { w, clock, summaries };
}

/** An owner for whom nothing works, driven through the wizard on the fake clock. */
function failEverything(w: WizardState, clock: FakeClock): void {
	for (let guard = 0; w.running && guard < 3000; guard++) {
		const view = w.view!;
		if (view.status === 'missed') w.restart();
		else if (view.status === 'key-failed') w.retry();
		else if (view.status === 'troubleshooting') w.back();
		else if (view.status === 'battery-low') w.continueAnyway();
		else {
			const p = w.procedure!;
			const def = definitionOf(p, view.variantId);
			const step = stepOf(def, view);
			const running = view.countdowns.find((c) => c.guardsThisStep && c.remainingMs !== null);
			let fail = -1;
			if (step.kind === 'question') {
				const here = locateStep(def, step.id, 'key');
				fail = step.answers.findIndex((a) => {
					const o = a.outcome;
					if (step.id === OUTSIDE_CHECK_ID) return o.to === 'key-failed';
					if (o.to === 'restart' || o.to === 'key-failed') return true;
					const there = o.to === 'step' && here ? locateStep(def, o.step, here.phase) : null;
					return !!there && !!here && there.phase === here.phase && there.index <= here.index;
				});
			}
			clock.advance(S);
			if (fail >= 0) w.answerStep(fail);
			else if (running) clock.advance(running.remainingMs! + 1);
			else if (step.kind === 'question') w.answerStep(carryOnAnswer(step));
			else if (step.kind === 'wait') clock.advance(view.step!.wait!.remainingMs + 1);
			else if (step.kind === 'repeat') for (let i = 0; i < view.step!.repeat!.times; i++) w.tap();
			else w.done();
		}
	}
}

describe('every procedure ends on another way to try or a shop path, never a dead end', () => {
	it.each(CATALOGUE.procedures.map((p) => [p.id, p] as const))('%s', (id) => {
		const { w, clock } = wizard();
		expect(w.start(id, 1)).toBeNull();
		failEverything(w, clock);
		expect(w.running, id).toBe(false);
		const next = w.moveOn;
		expect(next, id).not.toBeNull();
		expect(next!.why.length).toBeGreaterThan(0);
		if (next!.kind === 'procedure') {
			const tried = new Set(w.summary!.attemptLog!.map((a) => a.procedureId));
			expect(tried.has(next!.variantId ?? next!.procedureId), id).toBe(false);
		} else expect(CATALOGUE.shopPath(next!.shopPathId), id).not.toBeNull();
	});
});

describe('the Ford that never signals "ready"', () => {
	it('stops after 3 tries, moves on to the next way, and keeps every attempt of both', () => {
		const { w, clock, summaries } = wizard();
		expect(w.start('ford-rke-8-turns', 2)).toBeNull();
		for (let guard = 0; w.running && guard < 100; guard++) {
			expect(w.view!.attempt).toBeLessThanOrEqual(DEFAULT_MAX_TRIES);
			const view = w.view!;
			clock.advance(S);
			if (view.step?.id === 'mode-ready') w.answerStep(1);
			else if (view.step?.kind === 'repeat')
				for (let i = 0; i < view.step.repeat!.times; i++) w.tap();
			else w.done();
		}
		expect(w.view?.gaveUp).toMatch(/3 times/);
		const next = w.moveOn!;
		expect(next).toMatchObject({ kind: 'procedure', procedureId: 'ford-rke-8-turns' });
		expect(next.kind === 'procedure' && next.variantId).toBe('ford-rke-8-turns-acc');
		expect(next.why).toBe(w.view?.gaveUp);
		expect(summaries.at(-1)?.gaveUp).toBe(next.why);
		expect(w.startNext()).toBeNull();
		expect(w.view?.variantId).toBe('ford-rke-8-turns-acc');
		const log = w.summary!.attemptLog!;
		expect(log.map((a) => [a.procedureId, a.outcome])).toEqual([
			['ford-rke-8-turns', 'no-sign'],
			['ford-rke-8-turns', 'no-sign'],
			['ford-rke-8-turns', 'gave-up'],
			['ford-rke-8-turns-acc', 'in-progress']
		]);
	});
});

describe('stopping keeps what was done', () => {
	it('the summary after a stop has every key, its tries and the attempts; a new session for the car keeps them', () => {
		const { w, clock, summaries } = wizard();
		expect(w.start('mini-r5x-2-button-quick', 2)).toBeNull();
		w.done(); // battery: no reading
		w.done(); // sit in
		clock.advance(S);
		w.done(); // position 2
		w.done(); // Go
		clock.advance(2 * S);
		w.done(); // pressed
		w.answerStep(0); // Key 1 works
		w.stop();
		const kept = summaries.at(-1)!;
		expect(kept.result).toBe('1 of 2 keys synchronised, 1 not tried');
		expect(kept.keys).toEqual([
			{ label: 'Key 1', outcome: 'confirmed', tries: 1 },
			{ label: 'Key 2', outcome: 'not-tried', tries: 1 }
		]);
		expect(kept.attemptLog?.map((a) => a.outcome)).toEqual(['stopped']);
		w.forgetSession();
		expect(w.start('mini-r5x-2-button-quick', 1)).toBeNull();
		w.stop();
		expect(summaries.at(-1)?.attemptLog?.map((a) => a.outcome)).toEqual(['stopped', 'stopped']);
		// Another car: its sessions start a log of their own.
		expect(w.describeCar({ by: 'vin', vin: 'WMWRE33455TD12345' })).toBeNull();
		expect(w.start('mini-r5x-3-button', 1)).toBeNull();
		w.stop();
		expect(summaries.at(-1)?.attemptLog?.map((a) => a.procedureId)).toEqual(['mini-r5x-3-button']);
	});
});
