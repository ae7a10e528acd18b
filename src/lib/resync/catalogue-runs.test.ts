import { describe, expect, it } from 'vitest';
import type { Procedure, Step, TimeWindow } from './types';
import { CATALOGUE } from './test/full-catalogue';
import {
	OUTSIDE_CHECK_ID,
	allSteps,
	definitionOf,
	outsideCheckStep,
	windowDef,
	type Definition
} from './engine-definition';
import { startRun, walkRight } from './test/walk';

/**
 * Engine runs of every procedure and variant in the catalogue, on a fake
 * clock: done right, with time advanced inside every window, the session ends
 * with every key confirmed; and a run where the first timed window is missed
 * just after its limit lands on the missed screen with that window's words,
 * and the restart goes to the window's restart step.
 */

const runs = CATALOGUE.procedures.flatMap((p) => [
	[p.id, p, null] as const,
	...(p.variants ?? []).map((v) => [v.id, p, v.id] as const)
]);

/** Keys for a run: as many as the car takes, up to 4 (3 when the source gives no maximum). */
const keysFor = (def: Definition) => Math.min(def.maxKeys ?? 3, 4);

const stepById = (def: Definition, id: string): Step =>
	id === OUTSIDE_CHECK_ID
		? outsideCheckStep(def, 'this key')
		: allSteps(def).find((s) => s.id === id)!;

/** Windows with a figure that guard some step: the ones a run can miss by being late. */
function timedGuards(def: Definition): TimeWindow[] {
	const guarded = new Set(allSteps(def).flatMap((s) => s.within ?? []));
	return allSteps(def)
		.flatMap((s) => s.opens ?? [])
		.filter((w) => w.maxSeconds !== null && guarded.has(w.id));
}

describe('every procedure and variant, done right on a fake clock, confirms every key', () => {
	it.each(runs)('%s', (_id, procedure: Procedure, variantId) => {
		const def = definitionOf(procedure, variantId);
		const keys = keysFor(def);
		const seen = new Set<string>();
		const d = walkRight(startRun(procedure, variantId, keys), def, {
			onView: (view) => {
				expect(view.status, `${def.id}: ${JSON.stringify(view.missed)}`).toBe('step');
				seen.add(view.step!.id);
				for (const c of view.countdowns) {
					const w = windowDef(def, c.windowId)!;
					// No figure, no countdown; a figure always counts down, and the run stays inside it.
					expect(c.noFigure, `${def.id}/${c.windowId}`).toBe(w.maxSeconds === null);
					if (w.maxSeconds === null) expect(c.remainingMs).toBeNull();
					else expect(c.remainingMs, `${def.id}/${c.windowId}`).toBeGreaterThan(0);
				}
				const step = stepById(def, view.step!.id);
				if (step.holdSeconds) {
					expect(view.hold).toEqual({
						min: step.holdSeconds.min ?? null,
						max: step.holdSeconds.max ?? null,
						sinceMs: 0
					});
				} else expect(view.hold).toBeNull();
			}
		});
		expect(d.state.mode, def.id).toMatchObject({ kind: 'ended', reason: 'finished' });
		expect(d.state.misses, def.id).toEqual([]);
		const summary = d.engine.summarise(d.state);
		expect(summary.result, def.id).toBe(
			`${keys} of ${keys} key${keys === 1 ? '' : 's'} synchronised`
		);
		expect(summary.keys.every((k) => k.outcome === 'confirmed')).toBe(true);
		// Every step was shown at least once, except checks the battery reading settled at once.
		for (const s of allSteps(def))
			if (s.kind !== 'check') expect([...seen], `${def.id}/${s.id}`).toContain(s.id);
	});
});

describe('the first timed window, missed just after its limit, explains and restarts', () => {
	const timed = runs.filter(([, p, v]) => timedGuards(definitionOf(p, v)).length > 0);

	it('covers every procedure and variant with a timed window', () => {
		expect(timed.length).toBeGreaterThan(40);
	});

	it.each(timed)('%s', (_id, procedure: Procedure, variantId) => {
		const def = definitionOf(procedure, variantId);
		const d = walkRight(startRun(procedure, variantId, keysFor(def)), def, {
			stopWhen: (view) => view.countdowns.some((c) => c.guardsThisStep && c.remainingMs !== null)
		});
		expect(d.mode, def.id).toBe('step');
		const guard = d.view.countdowns.find((c) => c.guardsThisStep && c.remainingMs !== null)!;
		const w = windowDef(def, guard.windowId)!;
		// Just under the limit nothing happens; 1 ms after it, the window is missed.
		d.tick(guard.remainingMs!);
		expect(d.mode, `${def.id}/${w.id} at its limit`).toBe('step');
		d.tick(1);
		expect(d.state.mode, def.id).toMatchObject({
			kind: 'missed',
			windowId: w.id,
			text: w.missed,
			restartAt: w.restartAt
		});
		expect(d.view.missed).toEqual({
			text: w.missed,
			restartAtTitle: stepById(def, w.restartAt).title
		});
		expect(d.engine.summarise(d.state).misses).toEqual([w.missed]);
		const attempt = d.state.attempt;
		d.send({ type: 'restart' }, 2000);
		expect(d.stepId, def.id).toBe(w.restartAt);
		expect(d.state.attempt).toBe(attempt + 1);
		// The missed window is gone, or counts again from the start when the restart step reopens it.
		const again = d.view.countdowns.find((c) => c.windowId === w.id);
		if (again) expect(again.remainingMs).toBe(w.maxSeconds! * 1000);
	});
});
