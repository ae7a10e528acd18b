import { describe, expect, it } from 'vitest';
import type { CatalogueModule, Procedure, Step } from './types';
import { buildCatalogue } from './catalogue';
import { CATALOGUE } from './test/full-catalogue';
import { checkCatalogue } from './catalogue-check';
import { allSteps, definitionOf, windowDef } from './engine-definition';
import { GENERIC_MODULE } from './procedures/generic';
import { MAKE_MODULES } from './procedures/makes';
import { COMMON_SOURCES } from './procedures/common';
import { doStep, startRun, timeToTake, walkRight } from './test/walk';

/**
 * Reading time never counts against a source's limit. A window the source
 * counts from the first of a run of movements ("eight turns within 10
 * seconds") opens when the owner taps Go on a get-ready step, so an owner who
 * reads slowly, taps Go and then moves within the source's limit is never
 * told they missed it.
 */

const S = 1000;
/** How long the owner reads the get-ready step before tapping Go. */
const READING_MS = 20 * S;

const runs = CATALOGUE.procedures.flatMap((p) =>
	[null, ...(p.variants ?? []).map((v) => v.id)].map((v) => [v ?? p.id, p, v] as const)
);
const withGo = runs.filter(([, p, v]) =>
	allSteps(definitionOf(p, v)).some((s) => s.doneLabel === 'Go')
);

describe('a read-then-act run: read 20 s, tap Go, move inside the limit → no miss', () => {
	it('covers every procedure with a quick sequence counted from its first movement', () => {
		const ids = new Set(withGo.map(([, p]) => p.id));
		for (const id of [
			'ford-rke-8-turns',
			'ford-rke-4-turns-town-car',
			'ford-rke-4-turns-end-off',
			'mazda-b-series-8-turns',
			'gm-firebird-radio-fuse',
			'gm-keyless-access-add-fob',
			'nissan-id-code-entry',
			'nissan-300zx-id-code-entry',
			'toyota-remote-add',
			'subaru-forester-10-turns',
			'mazda-remote-key-turns-door',
			'mitsubishi-socket-pin-1',
			'mini-r5x-3-button',
			'bmw-remote-init',
			'mini-r5x-2-button-quick'
		])
			expect(ids, id).toContain(id);
	});

	it.each(withGo)('%s', (_id, procedure: Procedure, variantId) => {
		const def = definitionOf(procedure, variantId);
		const keys = Math.min(def.maxKeys ?? 3, 4);
		const d = startRun(procedure, variantId, keys);
		let goes = 0;
		for (let guard = 0; d.mode === 'step' && guard < 1000; guard++) {
			const view = d.view;
			if (view.step?.doneLabel !== 'Go') {
				doStep(d, def, timeToTake(view));
				continue;
			}
			goes += 1;
			// The owner reads slowly: nothing of its own counts yet on a get-ready step. One inside
			// a longer window the source gives (Subaru: all of it within 45 s) is read at a normal pace.
			const outer = view.countdowns.filter((c) => c.guardsThisStep && c.remainingMs !== null);
			d.wait(outer.length ? timeToTake(view) : READING_MS).done();
			const opened = allSteps(def).find((s) => s.id === view.step!.id)!.opens![0]!;
			const limit = windowDef(def, opened.id)!.maxSeconds!;
			const timed = d.view;
			const countdown = timed.countdowns.find((c) => c.windowId === opened.id)!;
			expect(countdown.remainingMs, `${def.id}: the countdown starts at Go`).toBe(limit * S);
			expect(countdown.from).toMatch(/tapped Go/);
			// A window that several steps share (Subaru's 45 s) is walked at a normal pace.
			const closing = allSteps(def).find((s) => s.id === timed.step!.id)!.closes ?? [];
			if (!closing.includes(opened.id)) continue;
			// The movements and the tap that ends them take all but half a second of the limit.
			d.wait(limit * S - 500);
			if (timed.step!.repeat) for (let i = 0; i < timed.step!.repeat.times; i++) d.tap();
			else d.done();
			expect(d.state.misses, def.id).toEqual([]);
		}
		expect(goes, def.id).toBeGreaterThan(0);
		expect(d.state.mode, def.id).toMatchObject({ kind: 'ended', reason: 'finished' });
		expect(d.state.misses, def.id).toEqual([]);
	});
});

describe('the shape this replaced: the window opening when the turns appear', () => {
	/** The Ford 8-turn procedure as it was: the 10 s counted from the turns step appearing. */
	function asBefore(p: Procedure): Procedure {
		const ready = p.setup.find((s) => s.id === 'turns-ready')!;
		const window = ready.opens![0]!;
		const setup: Step[] = p.setup
			.filter((s) => s.id !== 'turns-ready')
			.map((s) =>
				s.id === 'turns'
					? {
							...s,
							opens: [
								{ ...window, from: 'your first turn of the key', startsOn: 'enter' },
								...(s.opens ?? [])
							]
						}
					: s
			);
		return { ...p, id: 'ford-as-before', setup, variants: [] };
	}
	const ford = CATALOGUE.procedure('ford-rke-8-turns')!.procedure;

	it('the engine then counts the reading: 20 s on the step, and the turns are missed', () => {
		const before = asBefore(ford);
		const d = walkRight(startRun(before, null, 2), before, {
			stopWhen: (v) => v.step?.id === 'turns'
		});
		d.tick(READING_MS);
		expect(d.state.mode).toMatchObject({ kind: 'missed', windowId: 'turns' });
	});

	it('and the catalogue checks refuse it', () => {
		const module: CatalogueModule = {
			...MAKE_MODULES.find((m) => m.procedures.includes(ford))!,
			procedures: [asBefore(ford)],
			shopPaths: [],
			questions: []
		};
		const problems = checkCatalogue(
			buildCatalogue([
				module,
				{ sources: COMMON_SOURCES, procedures: [], shopPaths: [] },
				GENERIC_MODULE
			])
		).join('\n');
		expect(problems).toMatch(
			/^\[window\.reading-counts\] .*step "turns", window "turns" counts from "your first turn of the key" but starts when the step appears/m
		);
	});
});
