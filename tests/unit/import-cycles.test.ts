import { describe, expect, test } from 'vitest';
import { cycles, libGraph, reachable } from '../../scripts/import-graph';

/*
 * Type-only imports count here: `import type` is erased from the bundle, but a
 * cycle through types still ties two modules' meaning together (car-options ↔
 * car-years and body-module ↔ sim-car were such cycles), so the graph keeps
 * them. The reach test below skips them: it is about what loads at run time.
 */

describe('import graph of src/lib', () => {
	const graph = libGraph();

	test('reads the graph (a parser that finds nothing would pass everything)', () => {
		expect(graph.size).toBeGreaterThan(200);
		const engine = graph.get('src/lib/resync/engine.ts')!.map((e) => e.to);
		expect(engine).toContain('src/lib/resync/engine-core.ts');
		const svelte = [...graph.keys()].find((f) => f.endsWith('.svelte'))!;
		expect(graph.get(svelte)!.length).toBeGreaterThan(0);
	});

	test('has no import cycle', () => {
		const found = cycles(graph, () => true);
		expect(found, `import cycles:\n${found.join('\n')}`).toEqual([]);
	});

	test('finds a cycle when there is one', () => {
		const toy = new Map([
			['a.ts', [{ to: 'b.ts', typeOnly: true }]],
			['b.ts', [{ to: 'a.ts', typeOnly: false }]],
			['c.ts', [{ to: 'a.ts', typeOnly: false }]]
		]);
		expect(cycles(toy, () => true)).toEqual(['a.ts → b.ts → a.ts (component: a.ts, b.ts)']);
		expect(cycles(toy, (e) => !e.typeOnly)).toEqual([]);
	});
});

describe('reading saved progress', () => {
	test('state/guide-store.ts loads neither the catalogue nor any make data', () => {
		const loaded = [...reachable(libGraph(), 'src/lib/state/guide-store.ts')];
		const heavy = loaded.filter(
			(f) => f === 'src/lib/resync/catalogue.ts' || f.startsWith('src/lib/resync/procedures/')
		);
		expect(heavy).toEqual([]);
	});
});

describe('the guide', () => {
	test('state/guide-setup.ts and the vehicle verdict load with them the index, not any make data', () => {
		for (const from of [
			'src/lib/state/guide-setup.ts',
			'src/lib/components/guide/vehicle-verdict.svelte'
		]) {
			const loaded = [...reachable(libGraph(), from, true)];
			expect(loaded, from).toContain('src/lib/resync/catalogue-source.ts');
			const makeData = loaded.filter(
				(f) =>
					f.startsWith('src/lib/resync/procedures/') ||
					f.startsWith('src/lib/resync/chunks/') ||
					f === 'src/lib/resync/catalogue-core.ts'
			);
			expect(makeData, from).toEqual([]);
		}
	});

	test('state/guide-setup.ts loads the short looks at the car, not the scan and its tables', () => {
		// scan/index.ts is the scan's lazily loaded entry: importing from it put the scan and its
		// trouble-code tables (18 KB after gzip) on every guide page.
		const loaded = reachable(libGraph(), 'src/lib/state/guide-setup.ts', true);
		expect(loaded).toContain('src/lib/scan/ignition-probe.ts');
		const scan = [...loaded].filter(
			(f) => f === 'src/lib/scan/index.ts' || f === 'src/lib/scan/scan-vehicle.ts'
		);
		expect(scan).toEqual([]);
	});
});
