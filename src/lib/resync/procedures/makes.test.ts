/**
 * Data tests for the make modules: every procedure, step mark and window is
 * sourced from a document the module lists; windows make sense in the order
 * the steps run; screens carry no research references; every make of the WMI
 * table reaches a procedure or a shop path.
 */
import { describe, expect, it } from 'vitest';
import type {
	CatalogueModule,
	Procedure,
	ProcedureVariant,
	SourcedText,
	Step,
	TimeWindow
} from '../types';
import { WMI_TABLE } from '../../vehicle/wmi';
import { SHARED_QUESTION_OPTIONS } from './common';
import { canonicalMakes, makeMatches } from './make-names';
import { MAKE_MODULES } from './makes';

/** Makes whose data lives in the resync core's MINI/BMW module, not in this folder. */
const CORE_MAKES = ['BMW', 'MINI'];

const modules: readonly CatalogueModule[] = MAKE_MODULES;
const procedures = modules.flatMap((m) => m.procedures);
const variants = procedures.flatMap((p) => p.variants ?? []);
const runs: readonly (Procedure | ProcedureVariant)[] = [...procedures, ...variants];
const shopPaths = modules.flatMap((m) => m.shopPaths);
const sourceIds = new Set(modules.flatMap((m) => m.sources.map((s) => s.id)));
const questions = modules.flatMap((m) => m.questions ?? []);
const MARKS = ['M', 'C', 'S', 'U'];

const stepsOf = (p: Procedure | ProcedureVariant): Step[] => [...p.setup, ...p.perKey, ...p.finish];
const windowsOf = (p: Procedure | ProcedureVariant): TimeWindow[] =>
	stepsOf(p).flatMap((s) => s.opens ?? []);

function sourcedTexts(p: Procedure | ProcedureVariant): SourcedText[] {
	const own = [...p.prerequisites, ...p.warnings];
	return 'applies' in p ? [...own, ...p.applies.exclusions] : own;
}

/**
 * Walks the steps in the order they run (setup, two keys, finish) and lists
 * every problem: a `within` naming a window no earlier step has opened, a
 * `closes` naming a window nothing opens, or a step guarded by windows none
 * of which is open (so its limit would silently never apply).
 */
function walk(p: Procedure | ProcedureVariant): string[] {
	const problems: string[] = [];
	const opened = new Set<string>();
	const open = new Set<string>();
	const all = new Set(windowsOf(p).map((w) => w.id));
	// Per-key steps repeat: a window a later per-key step opens guards the next key.
	const keyOpeners = new Set(p.perKey.flatMap((s) => (s.opens ?? []).map((w) => w.id)));
	const order = [...p.setup, ...p.perKey, ...p.perKey, ...p.finish];
	for (const step of order) {
		const inKey = p.perKey.includes(step);
		for (const w of step.opens ?? [])
			if (w.startsOn === 'enter') {
				opened.add(w.id);
				open.add(w.id);
			}
		const within = step.within ?? [];
		for (const id of within)
			if (!opened.has(id) && !(inKey && keyOpeners.has(id)))
				problems.push(`${p.id}/${step.id}: within "${id}" that no earlier step opens`);
		if (within.length > 0 && !within.some((id) => open.has(id)))
			problems.push(`${p.id}/${step.id}: none of its windows is open when it runs`);
		for (const id of step.closes ?? []) {
			if (!all.has(id)) problems.push(`${p.id}/${step.id}: closes unknown "${id}"`);
			open.delete(id);
		}
		for (const w of step.opens ?? [])
			if (w.startsOn === 'done') {
				opened.add(w.id);
				open.add(w.id);
			}
	}
	return problems;
}

/** Every string a screen can show (not ids, refs, sources or addresses). */
function screenStrings(value: unknown, key = ''): string[] {
	if (typeof value === 'string')
		return [
			'id',
			'ref',
			'url',
			'restartAt',
			'step',
			'picture',
			'signal',
			'expect',
			'check',
			'kind',
			'to',
			'startsOn',
			'programs',
			'difficulty',
			'confidence'
		].includes(key)
			? []
			: [value];
	if (Array.isArray(value)) {
		if (key === 'sources' || key === 'within' || key === 'closes' || key === 'shops') return [];
		return value.flatMap((v) => screenStrings(v, key === 'makes' ? 'id' : ''));
	}
	if (value && typeof value === 'object')
		return Object.entries(value).flatMap(([k, v]) =>
			k === 'answers' && !Array.isArray(v) ? [] : screenStrings(v, k)
		);
	return [];
}

describe('make modules: identity', () => {
	it('has unique ids across procedures, variants, shop paths, sources and questions', () => {
		const ids = [
			...runs.map((p) => p.id),
			...shopPaths.map((s) => s.id),
			...questions.map((q) => q.id)
		];
		expect(ids.length).toBeGreaterThan(20);
		expect(new Set(ids).size).toBe(ids.length);
		const srcIds = modules.flatMap((m) => m.sources.map((s) => s.id));
		expect(new Set(srcIds).size).toBe(srcIds.length);
	});

	it('gives every procedure a research reference and unique step ids', () => {
		for (const p of procedures) expect(p.ref, p.id).toMatch(/^P\d{2}$|^[A-Z]+-[A-Z]+$/);
		for (const p of runs) {
			const ids = stepsOf(p).map((s) => s.id);
			expect(new Set(ids).size, p.id).toBe(ids.length);
			expect(p.perKey.length, `${p.id} has per-key steps`).toBeGreaterThan(0);
		}
	});
});

describe('make modules: sources and marks', () => {
	it('names every source by its document and gives an address', () => {
		for (const m of modules)
			for (const s of m.sources) {
				expect(s.title.length, s.id).toBeGreaterThan(15);
				expect(s.url, s.id).toMatch(/^https?:\/\//);
			}
	});

	it('gives every procedure and variant sources that exist and a mark', () => {
		for (const p of runs) {
			expect(MARKS, p.id).toContain(p.confidence);
			expect(p.sources.length, p.id).toBeGreaterThan(0);
			for (const id of p.sources) expect(sourceIds.has(id), `${p.id} cites ${id}`).toBe(true);
			for (const t of sourcedTexts(p)) {
				expect(MARKS, `${p.id}: ${t.text}`).toContain(t.confidence);
				expect(t.sources.length, `${p.id}: ${t.text}`).toBeGreaterThan(0);
				for (const id of t.sources) expect(sourceIds.has(id), `${p.id} cites ${id}`).toBe(true);
			}
			for (const s of stepsOf(p)) {
				if (s.confidence) expect(MARKS).toContain(s.confidence);
				for (const id of s.sources ?? [])
					expect(sourceIds.has(id), `${p.id}/${s.id} cites ${id}`).toBe(true);
			}
		}
	});

	it('gives a U procedure a note that says what the sources disagree on', () => {
		for (const p of runs.filter((r) => r.confidence === 'U'))
			expect((p.confidenceNote ?? '') + p.warnings.map((w) => w.text).join(' '), p.id).not.toBe('');
	});

	it('gives every variant its difference in words', () => {
		for (const v of variants) expect(v.differs.length, v.id).toBeGreaterThan(10);
	});

	it('sources every shop path and its statements', () => {
		for (const s of shopPaths) {
			expect(MARKS).toContain(s.confidence);
			for (const id of [...s.sources, ...s.why.sources, ...s.involves.flatMap((i) => i.sources)])
				expect(sourceIds.has(id), `${s.id} cites ${id}`).toBe(true);
			expect(s.shops.length, s.id).toBeGreaterThan(0);
			expect(s.bring.join(' '), s.id).toMatch(/VIN/);
			expect(s.bring.join(' '), s.id).toMatch(/FobSync report/);
			expect(s.askFor.length, s.id).toBeGreaterThan(20);
		}
	});
});

describe('make modules: windows', () => {
	it('sources every window and keeps its figures sane', () => {
		for (const p of runs)
			for (const w of windowsOf(p)) {
				const where = `${p.id}/${w.id}`;
				expect(MARKS, where).toContain(w.confidence);
				expect(w.sources.length, where).toBeGreaterThan(0);
				for (const id of w.sources) expect(sourceIds.has(id), `${where} cites ${id}`).toBe(true);
				expect(w.from.length, where).toBeGreaterThan(5);
				expect(w.missed.length, where).toBeGreaterThan(10);
				if (w.maxSeconds !== null) expect(w.maxSeconds, where).toBeGreaterThan(0);
				if (w.minSeconds !== undefined && w.maxSeconds !== null)
					expect(w.minSeconds, where).toBeLessThan(w.maxSeconds);
				if (w.maxSeconds === null && w.minSeconds === undefined)
					expect(w.missed + ' ', where).toMatch(/no time/i);
			}
	});

	it('restarts a missed window at a step that exists and runs no later than the window opens', () => {
		for (const p of runs) {
			const order = stepsOf(p).map((s) => s.id);
			for (const s of stepsOf(p))
				for (const w of s.opens ?? []) {
					expect(order, `${p.id}/${w.id} restarts at ${w.restartAt}`).toContain(w.restartAt);
					expect(order.indexOf(w.restartAt), `${p.id}/${w.id}`).toBeLessThanOrEqual(
						order.indexOf(s.id)
					);
				}
		}
	});

	it('opens each window id in one step only, and closes every window with a minimum', () => {
		for (const p of runs) {
			const ids = windowsOf(p).map((w) => w.id);
			expect(new Set(ids).size, p.id).toBe(ids.length);
			const closed = new Set(stepsOf(p).flatMap((s) => s.closes ?? []));
			for (const w of windowsOf(p))
				if (w.minSeconds !== undefined) expect(closed.has(w.id), `${p.id}/${w.id}`).toBe(true);
		}
	});

	it('opens every window before a step that must be done within it', () => {
		const problems = runs.flatMap(walk);
		expect(problems).toEqual([]);
	});

	it('shows no countdown where the source gives no time, and says so on the step', () => {
		for (const p of runs)
			for (const s of stepsOf(p)) {
				const nullWindows = (s.within ?? []).filter((id) =>
					windowsOf(p).some(
						(w) => w.id === id && w.maxSeconds === null && w.minSeconds === undefined
					)
				);
				const timed = (s.within ?? []).filter((id) =>
					windowsOf(p).some((w) => w.id === id && w.maxSeconds !== null)
				);
				if (nullWindows.length > 0 && timed.length === 0)
					expect(s.detail ?? '', `${p.id}/${s.id}`).toMatch(/no time/i);
			}
	});

	it('points question jumps at steps that exist', () => {
		for (const p of runs) {
			const ids = stepsOf(p).map((s) => s.id);
			for (const s of stepsOf(p))
				if (s.kind === 'question')
					for (const a of s.answers)
						if (a.outcome.to === 'step') expect(ids, `${p.id}/${s.id}`).toContain(a.outcome.step);
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

describe('make modules: questions and key prerequisites', () => {
	const known: Record<string, readonly string[]> = { ...SHARED_QUESTION_OPTIONS };
	for (const q of questions) known[q.id] = q.options.map((o) => o.id);

	it('names only questions and options that exist', () => {
		const all = [...procedures.map((p) => p.applies), ...shopPaths.map((s) => s.applies)];
		for (const a of all)
			for (const [q, opts] of Object.entries(a.answers ?? {})) {
				expect(Object.keys(known), q).toContain(q);
				for (const o of opts) expect(known[q], `${q}=${o}`).toContain(o);
			}
		for (const q of questions)
			for (const id of q.sources) expect(sourceIds.has(id), q.id).toBe(true);
	});

	it('asks for the working keys an immobiliser procedure needs before anything else', () => {
		for (const p of procedures.filter((x) => x.workingKeysNeeded > 0)) {
			const need = p.workingKeysNeeded >= 2 ? ['2+'] : ['1', '2+'];
			expect(p.applies.answers?.['working-keys'], p.id).toEqual(need);
			expect(p.setup[0]?.kind, p.id).toBe('question');
			expect(p.setup[0]?.title ?? '', p.id).toMatch(/key|transmitter/i);
		}
	});

	it('sends an owner with too few working keys to a shop path', () => {
		for (const p of procedures.filter((x) => x.workingKeysNeeded > 0)) {
			const short = p.workingKeysNeeded >= 2 ? ['0', '1'] : ['0'];
			const shop = shopPaths.find(
				(s) =>
					p.applies.makes.some((m) => s.applies.makes.includes(m)) &&
					short.every((k) => s.applies.answers?.['working-keys']?.includes(k))
			);
			expect(shop, `${p.id} has a shop path for ${short.join('/')} keys`).toBeDefined();
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

describe('make names', () => {
	it('maps the WMI spellings to catalogue makes', () => {
		expect(canonicalMakes('Ford (truck)')).toEqual(['Ford']);
		expect(canonicalMakes('Mercedes-Benz (SUV)')).toEqual(['Mercedes-Benz']);
		expect(canonicalMakes('BMW M')).toEqual(['BMW']);
		expect(canonicalMakes('Nissan / Infiniti (SUV)')).toEqual(['Nissan', 'Infiniti']);
		expect(canonicalMakes('Chrysler / Dodge / Jeep (SUV)')).toEqual(['Chrysler', 'Dodge', 'Jeep']);
		expect(canonicalMakes('Audi Sport (quattro GmbH)')).toEqual(['Audi']);
		expect(canonicalMakes('Opel / Vauxhall')).toEqual(['Opel', 'Vauxhall']);
		expect(makeMatches('Volkswagen Commercial Vehicles', ['Volkswagen'])).toBe(true);
		expect(makeMatches('Kia / Hyundai (SUV)', ['Hyundai'])).toBe(true);
		expect(makeMatches('Kia', ['Hyundai'])).toBe(false);
	});

	it('leads every make of the WMI table to a procedure or a shop path', () => {
		const covered = [
			...procedures.flatMap((p) => p.applies.makes),
			...shopPaths.flatMap((s) => s.applies.makes)
		];
		const missing = Object.values(WMI_TABLE)
			.map((e) => e.make)
			.filter((label) => !makeMatches(label, covered) && !makeMatches(label, CORE_MAKES));
		expect([...new Set(missing)]).toEqual([]);
	});
});
