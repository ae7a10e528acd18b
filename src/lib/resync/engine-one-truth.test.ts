import { describe, expect, it } from 'vitest';
import { CATALOGUE } from './test/full-catalogue';
import { allSteps, definitionOf } from './engine-definition';
import { keysNote, planSession } from './planner';
import { startRun, walkRight } from './test/walk';

/**
 * One truth per fact: what a step says about time comes from the engine's
 * `timing` alone (never from a step's own words, never twice), and the
 * sentence about keys left out comes from the planner alone, the same on the
 * plan and in the summary the report prints.
 */

const runs = CATALOGUE.procedures.flatMap((p) => [
	[p.id, p, null] as const,
	...(p.variants ?? []).map((v) => [v.id, p, v.id] as const)
]);

describe('a step says one thing about time', () => {
	it.each(runs)(
		'%s: no step both says "no countdown" and shows or starts one',
		(_id, p, variantId) => {
			const def = definitionOf(p, variantId);
			// The step's own words never talk about the countdown: the timing line does.
			for (const step of allSteps(def)) {
				for (const words of [step.title, step.detail ?? '', step.say ?? '']) {
					expect(words, `${def.id}/${step.id}`).not.toMatch(/countdown/i);
				}
			}
			let views = 0;
			walkRight(startRun(p, variantId, Math.min(def.maxKeys ?? 2, 2)), def, {
				onView: (view) => {
					views += 1;
					const step = view.step!;
					const timing = step.timing ?? null;
					const counting = view.countdowns.some((c) => c.guardsThisStep && c.remainingMs !== null);
					const announced = view.cue?.kind === 'window-start' && view.cue.stepId === step.id;
					if (counting) expect(timing?.kind, `${def.id}/${step.id}`).toBe('counting');
					if (timing?.kind === 'no-figure') {
						expect(counting || announced, `${def.id}/${step.id}`).toBe(false);
						const startsOne = allSteps(def)
							.find((s) => s.id === step.id)
							?.opens?.some((w) => w.startsOn === 'done' && w.maxSeconds !== null);
						expect(startsOne ?? false, `${def.id}/${step.id}`).toBe(false);
					}
					if (timing?.kind === 'starts-on-done') {
						expect(timing.text).toMatch(
							/^The car allows \d+ seconds .*the countdown starts when you tap/
						);
					}
				}
			});
			expect(views).toBeGreaterThan(0);
		}
	);

	it('the MINI 2-button Go step: the 10 s start on Go, and nothing says there is no countdown', () => {
		const p = CATALOGUE.procedure('mini-r5x-2-button-quick')!.procedure;
		const d = startRun(p, null, 1);
		walkRight(d, p, { stopWhen: (v) => v.step?.id === 'ign-off' });
		const step = d.view.step!;
		expect(step.timing).toEqual({
			kind: 'starts-on-done',
			text: 'The car allows 10 seconds for what comes next: the countdown starts when you tap Go.',
			windowId: 'press-within-10'
		});
		expect(`${step.title} ${step.detail}`).not.toMatch(/no time|no countdown|countdown/i);
	});
});

describe('keys left out and the key that still works: one sentence, from the planner', () => {
	it.each(CATALOGUE.procedures.map((p) => [p.id, p] as const))(
		'%s: the plan and the summary say the same',
		(_id, p) => {
			const plan = planSession(p, 1);
			const d = startRun(p, null, 1);
			const summary = d.engine.summarise(d.state);
			expect(summary.keysNote).toBe(plan.keysNote.text);
			// One sentence, and it names the key that still works.
			expect(plan.keysNote.text.match(/[.!?](\s|$)/g)).toHaveLength(1);
			expect(plan.keysNote.text).toMatch(/still works/);
			// Backed by the source's words where there are any; never a claim without one.
			expect(plan.keysNote.fact).toBe(p.keySession?.leftOut ?? null);
			if (!plan.keysNote.fact) expect(plan.keysNote.text).toMatch(/sources do not say/);
		}
	);

	it('the MINI 2-button and 3-button plans say what happens to the working key', () => {
		const two = CATALOGUE.procedure('mini-r5x-2-button-quick')!.procedure;
		const three = CATALOGUE.procedure('mini-r5x-3-button')!.procedure;
		expect(keysNote(two).text).toBe(
			'Each key is done on its own, and the sources do not say whether that touches a key you leave out: do every key, the one that still works too, and the guide checks each at the end.'
		);
		expect(keysNote(three).text).toBe(
			'Do every key in this one session, the one that still works too: a key left out stops working.'
		);
	});
});
