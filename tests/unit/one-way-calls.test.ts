import { describe, expect, test } from 'vitest';
import { libGraph, reachable, type Graph } from '../../scripts/import-graph';

/*
 * The step engine reads top to bottom: every transition lives in
 * engine-core.ts, which calls the leaves (what the procedure says, time
 * arithmetic, the draft's records); the view and the summary read a state and
 * ask the leaves only. Each engine file may import only the engine files
 * below it here, so no leaf can call back into a transition.
 */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
	'engine-types': [],
	'engine-parse': ['engine-types'],
	'engine-definition': ['engine-types'],
	'engine-time': ['engine-types'],
	'engine-draft': ['engine-types'],
	'engine-summary': ['engine-types', 'engine-definition'],
	'engine-view': ['engine-types', 'engine-definition', 'engine-time'],
	'engine-core': [
		'engine-types',
		'engine-definition',
		'engine-time',
		'engine-draft',
		'engine-summary'
	],
	engine: ['engine-types', 'engine-core', 'engine-view', 'engine-summary']
};

const ENGINE_FILE = /^src\/lib\/resync\/(engine(?:-[a-z]+)?)\.ts$/;

/** Each engine file's imports of other engine files (type-only ones count: they tie meaning too). */
function engineImports(graph: Graph): Map<string, string[]> {
	const out = new Map<string, string[]>();
	for (const [file, edges] of graph) {
		const name = ENGINE_FILE.exec(file)?.[1];
		if (!name) continue;
		const to = edges.map((e) => ENGINE_FILE.exec(e.to)?.[1]).filter((n) => n !== undefined);
		out.set(name, [...new Set(to)]);
	}
	return out;
}

/** Imports an engine file makes that its place in ALLOWED does not permit. */
function violations(imports: ReadonlyMap<string, readonly string[]>): string[] {
	const out: string[] = [];
	for (const [name, to] of imports) {
		const allowed = ALLOWED[name];
		if (!allowed) out.push(`${name}.ts has no place in the engine's order (add it to ALLOWED)`);
		else for (const t of to) if (!allowed.includes(t)) out.push(`${name}.ts → ${t}.ts`);
	}
	return out;
}

describe('the step engine calls one way', () => {
	const imports = engineImports(libGraph());

	test('reads every engine file (a parser that finds nothing would pass everything)', () => {
		expect([...imports.keys()].sort()).toEqual(Object.keys(ALLOWED).sort());
		expect(imports.get('engine')).toContain('engine-core');
		expect(imports.get('engine-core')).toContain('engine-time');
	});

	test('the leaves import no transition, view or summary; the view and summary no transition', () => {
		expect(violations(imports)).toEqual([]);
	});

	test('a leaf that calls back into the transitions is caught', () => {
		// The old layout: the time module called transitions, the view asked the core.
		const old = new Map(Object.entries(ALLOWED));
		expect(violations(old)).toEqual([]);
		old.set('engine-time', ['engine-core']);
		old.set('engine-view', ['engine-definition', 'engine-core']);
		old.set('engine-cues', []);
		expect(violations(old)).toEqual([
			'engine-time.ts → engine-core.ts',
			'engine-view.ts → engine-core.ts',
			"engine-cues.ts has no place in the engine's order (add it to ALLOWED)"
		]);
	});
});

describe('the finder calls its matching one way', () => {
	const graph = libGraph();
	const R = 'src/lib/resync/';

	test('match.ts reaches no catalogue, make data, finder or verdict', () => {
		const loaded = [...reachable(graph, `${R}match.ts`)];
		const bad = loaded.filter(
			(f) =>
				[`${R}catalogue.ts`, `${R}finder.ts`, `${R}verdict.ts`].includes(f) ||
				f.startsWith(`${R}procedures/`)
		);
		expect(loaded).toContain(`${R}makes.ts`); // the walk itself works
		expect(bad).toEqual([]);
	});

	test('the finder imports the matching, and takes the catalogue as a type only', () => {
		const edges = graph.get(`${R}finder.ts`)!;
		expect(edges.map((e) => e.to)).toContain(`${R}match.ts`);
		expect(edges.filter((e) => e.to === `${R}catalogue.ts`).every((e) => e.typeOnly)).toBe(true);
	});
});
