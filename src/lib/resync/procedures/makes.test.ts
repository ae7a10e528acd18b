/**
 * Rules the make modules of this folder keep on top of the catalogue-wide
 * checks (catalogue-check.ts, run by catalogue.test.ts): sources named by
 * document and address, windows worded for the screen, restart steps that come
 * before the window, where to go when the home attempt fails, the working-key
 * question first with a way to the shop, plain words, and which makes end on
 * the general shop path.
 */
import { describe, expect, it } from 'vitest';
import type { Procedure, ProcedureVariant, Step, TimeWindow } from '../types';
import { CATALOGUE } from '../test/full-catalogue';
import { sameMake, wmiMakes } from '../makes';
import { workingKeyCount } from '../questions';
import { MAKE_MODULES } from './makes';

const modules = MAKE_MODULES;
const procedures = modules.flatMap((m) => m.procedures);
const variants = procedures.flatMap((p) => p.variants ?? []);
const runs: readonly (Procedure | ProcedureVariant)[] = [...procedures, ...variants];
const shopPaths = modules.flatMap((m) => m.shopPaths);
const questions = modules.flatMap((m) => m.questions ?? []);

const stepsOf = (p: Procedure | ProcedureVariant): Step[] => [...p.setup, ...p.perKey, ...p.finish];
const windowsOf = (p: Procedure | ProcedureVariant): TimeWindow[] =>
	stepsOf(p).flatMap((s) => s.opens ?? []);

/** Every string a screen can show (not ids, refs, sources or addresses). */
function screenStrings(value: unknown, key = ''): string[] {
	const notShown = [
		'id',
		'ref',
		'url',
		'restartAt',
		'step',
		'shopPath',
		'picture',
		'signal',
		'expect',
		'check',
		'kind',
		'to',
		'startsOn',
		'programs',
		'difficulty',
		'confidence',
		'forKeys',
		'times',
		'make'
	];
	if (typeof value === 'string') return notShown.includes(key) ? [] : [value];
	if (Array.isArray(value)) {
		if (['sources', 'within', 'closes', 'shops', 'ifItFails'].includes(key)) return [];
		return value.flatMap((v) => screenStrings(v, key === 'makes' ? 'id' : ''));
	}
	if (value && typeof value === 'object')
		return Object.entries(value).flatMap(([k, v]) =>
			k === 'answers' && !Array.isArray(v) ? [] : screenStrings(v, k)
		);
	return [];
}

describe('make modules: identity and sources', () => {
	it('gives every procedure a research reference and per-key steps', () => {
		expect(runs.length).toBeGreaterThan(60);
		for (const p of procedures) expect(p.ref, p.id).toMatch(/^P\d{2}$/);
		for (const p of runs) expect(p.perKey.length, `${p.id} has per-key steps`).toBeGreaterThan(0);
	});

	it('names every source by its document and gives an address', () => {
		for (const m of modules)
			for (const s of m.sources) {
				expect(s.title.length, s.id).toBeGreaterThan(15);
				expect(s.url, s.id).toMatch(/^https?:\/\//);
			}
	});

	it('gives a U procedure a note or a warning that says what the sources disagree on', () => {
		for (const p of runs.filter((r) => r.confidence === 'U'))
			expect((p.confidenceNote ?? '') + p.warnings.map((w) => w.text).join(' '), p.id).not.toBe('');
	});

	it('gives every variant its difference in words', () => {
		for (const v of variants) expect(v.differs.length, v.id).toBeGreaterThan(10);
	});

	it('words the most keys the same in the data and in its sourced sentence', () => {
		for (const p of runs.filter((r) => r.maxKeys !== null))
			expect(p.keySession?.maxKeys?.text, p.id).toContain(String(p.maxKeys));
	});

	it('tells every shop what to bring: the VIN and the FobSync report', () => {
		for (const s of shopPaths) {
			expect(s.bring.join(' '), s.id).toMatch(/VIN/);
			expect(s.bring.join(' '), s.id).toMatch(/FobSync report/);
			expect(s.askFor.length, s.id).toBeGreaterThan(20);
			expect(s.fallback, `${s.id}: the catalogue has one fallback, in generic.ts`).toBeUndefined();
		}
	});
});

describe('make modules: windows on the screen', () => {
	// The "source gives no time" wording of windows without a figure, and of the steps they
	// guard, is checked over the whole catalogue (MINI and BMW too) by catalogue-check.ts.
	it('words every window: its anchor, and what to do when it is missed', () => {
		for (const p of runs)
			for (const w of windowsOf(p)) {
				const where = `${p.id}/${w.id}`;
				expect(w.from.length, where).toBeGreaterThan(5);
				expect(w.missed.length, where).toBeGreaterThan(10);
			}
	});

	it('restarts a missed window at a step that runs no later than the step that opens it', () => {
		for (const p of runs) {
			const order = stepsOf(p).map((s) => s.id);
			for (const s of stepsOf(p))
				for (const w of s.opens ?? [])
					expect(order.indexOf(w.restartAt), `${p.id}/${w.id}`).toBeLessThanOrEqual(
						order.indexOf(s.id)
					);
		}
	});

	it('ends every per-key run with a question that can confirm the key', () => {
		for (const p of runs) {
			const last = p.perKey[p.perKey.length - 1];
			expect(last?.kind, p.id).toBe('question');
			if (last?.kind === 'question')
				expect(
					last.answers.some((a) => a.outcome.to === 'key-confirmed'),
					p.id
				).toBe(true);
		}
	});
});

describe('make modules: when it does not work', () => {
	it('names, for every procedure, the shop paths to offer when the home attempt stops', () => {
		for (const p of procedures) {
			expect(p.ifItFails?.length, p.id).toBeGreaterThan(0);
			for (const id of p.ifItFails ?? []) {
				const s = CATALOGUE.shopPath(id);
				expect(s, `${p.id} → ${id}`).not.toBeNull();
				expect(
					s!.applies.makes.some((m) => p.applies.makes.includes(m)),
					`${p.id} → ${id} is for the same make`
				).toBe(true);
			}
		}
	});

	it('offers a shop path meant only for after a failure from some procedure', () => {
		for (const s of shopPaths.filter((x) => x.onlyAfterFailure))
			expect(
				procedures.some((p) => p.ifItFails?.includes(s.id)),
				s.id
			).toBe(true);
	});
});

describe('make modules: procedures that need working keys', () => {
	const keyProcedures = procedures.filter((x) => x.workingKeysNeeded > 0);

	it('are there: Ford, GM, Chrysler, Mazda', () => {
		expect(keyProcedures.map((p) => p.applies.makes[0])).toEqual(
			expect.arrayContaining(['Ford', 'Saturn', 'Buick', 'Dodge', 'Mazda'])
		);
	});

	it('need the matching working-keys answer and ask first whether the keys are at hand', () => {
		for (const p of keyProcedures) {
			const need = p.workingKeysNeeded >= 2 ? ['2+'] : ['1', '2+'];
			expect(p.applies.answers?.['working-keys'], p.id).toEqual(need);
			const first = p.setup[0];
			expect(first?.kind, p.id).toBe('question');
			expect(first?.title ?? '', p.id).toMatch(/key|fob|transmitter/i);
		}
	});

	it('send an owner who has too few to a shop path made for that', () => {
		for (const p of keyProcedures) {
			const first = p.setup[0]!;
			if (first.kind !== 'question') throw new Error(p.id);
			const no = first.answers.find((a) => a.outcome.to === 'shop');
			expect(no, `${p.id}: "No" ends on a shop path`).toBeDefined();
			if (no?.outcome.to !== 'shop') continue;
			const shop = CATALOGUE.shopPath(no.outcome.shopPath)!;
			const fewer = ['0', '1', '2+'].filter((k) => (workingKeyCount(k) ?? 0) < p.workingKeysNeeded);
			expect(shop.applies.answers?.['working-keys'], `${p.id} → ${shop.id}`).toEqual(
				expect.arrayContaining(fewer)
			);
			expect(p.ifItFails, p.id).toContain(shop.id);
		}
	});
});

describe('make modules: plain language', () => {
	it('shows no research references, brief names or confidence codes on any screen', () => {
		const strings = [...runs, ...shopPaths, ...questions].flatMap((x) => screenStrings(x));
		expect(strings.length).toBeGreaterThan(300);
		for (const s of strings) {
			expect(s, s).not.toMatch(/\bP\d{2}\b|PROCEDURES|DOMAIN|\bbrief\b|\[[MCSU]\]|TODO|lorem/i);
			expect(s, s).not.toMatch(/immobilizer/); // one spelling: immobiliser
		}
	});
});

describe('makes of the WMI table', () => {
	/** Makes nobody researched: they end on the catalogue's general shop path. */
	const ON_THE_GENERAL_PATH = [
		'Aston Martin',
		'Bentley',
		'Ferrari',
		'Lada',
		'Lamborghini',
		'Lotus',
		'Maserati',
		'Rivian',
		'Rolls-Royce',
		'SsangYong',
		'Tesla'
	];

	it('every other make leads to a procedure or its own shop path', () => {
		const covered = [
			...CATALOGUE.procedures.flatMap((p) => p.applies.makes),
			...CATALOGUE.shopPaths
				.filter((s) => !s.fallback && !s.onlyAfterFailure)
				.flatMap((s) => s.applies.makes)
		];
		const uncovered = wmiMakes().filter((m) => !covered.some((c) => sameMake(c, m)));
		expect(uncovered).toEqual(ON_THE_GENERAL_PATH);
	});
});
