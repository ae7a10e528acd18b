import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CATALOGUE_CORE } from './catalogue-core';
import { catalogueRoutes, chunksFor } from './catalogue-index';
import { CatalogueSource, composeCatalogue, type ChunkLoader } from './catalogue-source';
import { findProblems } from './catalogue-check';
import type { Catalogue } from './catalogue';
import { findProcedures } from './finder';
import { ALL_CHUNKS, CATALOGUE } from './test/full-catalogue';
import { entries, needs, options } from './catalogue-index.json';
import { countingLoader, ROUTES } from './test/counting-loader';

describe('CatalogueSource', () => {
	it('loads the core and the one chunk a make needs, once', async () => {
		const loader = countingLoader();
		const source = new CatalogueSource(ROUTES, loader);
		const honda = await source.forMake('Honda');
		expect(loader.asked).toEqual(['core', 'honda']);
		expect(honda.procedures.length).toBeGreaterThan(0);
		expect(honda.procedures.every((p) => entries[p.id as keyof typeof entries] === 'honda')).toBe(
			true
		);
		expect(await source.forMake('HONDA')).toBe(honda);
		expect(loader.asked).toEqual(['core', 'honda']);
	});

	it('loads with a chunk the chunks it names (a Ford-built Mazda ends on a Mazda shop path)', async () => {
		const loader = countingLoader();
		const source = new CatalogueSource(ROUTES, loader);
		const ford = await source.forMake('Ford (SUV)');
		expect(loader.asked).toEqual(['core', 'ford', 'mazda']);
		expect(ford.shopPath('mazda-other-shop')).not.toBeNull();
	});

	it('loads a saved entry’s chunk only (a plan or shop page opened afresh)', async () => {
		const loader = countingLoader();
		const source = new CatalogueSource(ROUTES, loader);
		const id = CATALOGUE.procedures.find(
			(p) => entries[p.id as keyof typeof entries] === 'mazda'
		)!.id;
		const mazda = await source.forEntry(id);
		expect(loader.asked).toEqual(['core', 'mazda']);
		expect(mazda.procedure(id)?.procedure.id).toBe(id);
		expect(source.peek(['mazda'])).toBe(mazda);
	});

	it('answers a make no chunk covers, and an unknown id, from the core alone', async () => {
		const loader = countingLoader();
		const source = new CatalogueSource(ROUTES, loader);
		const renault = await source.forMake('Renault');
		await source.forEntry('no-such-procedure');
		expect(loader.asked).toEqual(['core']);
		expect(renault.procedures).toEqual([]);
		expect(renault.shopPaths.some((s) => s.applies.makes.includes('Renault'))).toBe(true);
	});

	it('tries a chunk again after it failed to load (offline once)', async () => {
		const loader = countingLoader();
		let fail = true;
		const flaky: ChunkLoader = {
			core: loader.core,
			chunk: (name) => (fail ? Promise.reject(new Error('offline')) : loader.chunk(name))
		};
		const source = new CatalogueSource(ROUTES, flaky);
		await expect(source.forMake('Honda')).rejects.toThrow('offline');
		fail = false;
		expect((await source.forMake('Honda')).procedures.length).toBeGreaterThan(0);
	});
});

/**
 * The problems of a part of the catalogue, one line each. A source no entry of
 * this part cites may be cited by another chunk: whether every source is used
 * is a rule of the whole catalogue (catalogue.test.ts), not of a part.
 */
const partProblems = (c: Catalogue) =>
	findProblems(c)
		.filter((p) => p.rule !== 'source.unused')
		.map((p) => `[${p.rule}] ${p.where} ${p.problem}.`);

describe('the chunks', () => {
	it('are each self-contained with the core (checkCatalogue per chunk)', () => {
		expect(partProblems(composeCatalogue(CATALOGUE_CORE, []))).toEqual([]);
		for (const c of ALL_CHUNKS) {
			// The chunk and the chunks it names (index `needs`), as the source loads them.
			const loaded = chunksFor(ROUTES, {
				entries: [Object.keys(entries).find((id) => entries[id as keyof typeof entries] === c.name)]
			});
			expect(loaded).toContain(c.name);
			const modules = ALL_CHUNKS.filter((x) => loaded.includes(x.name)).map((x) => x.module);
			expect(partProblems(composeCatalogue(CATALOGUE_CORE, modules)), c.name).toEqual([]);
			// What it names, it names one level deep: the chunks it needs need nothing not loaded.
			for (const n of needs[c.name as keyof typeof needs] ?? [])
				for (const m of needs[n as keyof typeof needs] ?? [])
					expect(loaded, `${c.name} → ${n} → ${m}`).toContain(m);
		}
	});

	it('give the finder the same answer for a make as the whole catalogue', async () => {
		const source = new CatalogueSource(ROUTES, countingLoader());
		for (const { value: make } of options.makes) {
			const mine = await source.forMake(make);
			const lists = options.models as unknown as Record<
				string,
				readonly (readonly [string, ...unknown[]])[]
			>;
			const models = lists[make] ?? [];
			for (const model of [null, ...models.map(([m]) => m)]) {
				const car = { by: 'pick' as const, make, model, year: null };
				// A new key too: its chip fact comes with the make's chunk.
				for (const answers of [{}, { 'key-origin': 'new' }] as Record<string, string>[]) {
					const ids = (c: typeof CATALOGUE) => {
						const r = findProcedures({ car, answers, currentYear: 2026 }, c);
						return r.ok
							? [r.candidates.map((x) => x.id), r.nextQuestion?.id, r.newKeyChip?.text]
							: r.error;
					};
					expect(ids(mine), `${make} ${model}`).toEqual(ids(CATALOGUE));
				}
			}
		}
	});

	it('hold every new-key chip fact in the whole catalogue: in the core, or in a chunk of its makes', () => {
		const facts = CATALOGUE.modules.flatMap((m) => m.newKeyChip ?? []);
		const inCore = CATALOGUE_CORE.tail.flatMap((m) => m.newKeyChip ?? []);
		const inChunks = ALL_CHUNKS.flatMap((c) => c.module.newKeyChip ?? []);
		expect(inCore.length + inChunks.length).toBe(facts.length);
		for (const fact of facts) expect(inCore.includes(fact) || inChunks.includes(fact)).toBe(true);
		// A chunk's own fact names only makes that chunk is loaded for.
		for (const c of ALL_CHUNKS)
			for (const fact of c.module.newKeyChip ?? [])
				for (const make of fact.makes)
					expect(chunksFor(ROUTES, { makes: [make] }), `${c.name}: ${make}`).toContain(c.name);
		expect(facts.length).toBeGreaterThan(10);
	});

	it('route every make and entry of the whole catalogue', () => {
		expect(catalogueRoutes(ALL_CHUNKS)).toEqual(ROUTES);
		for (const p of CATALOGUE.procedures)
			expect(chunksFor(ROUTES, { entries: [p.id] }), p.id).toContain(
				ALL_CHUNKS.find((c) => c.module.procedures.includes(p))!.name
			);
	});
});

describe('the app', () => {
	it('holds no whole catalogue: only catalogue-source.ts builds one, from the chunks a car needs', () => {
		const root = fileURLToPath(new URL('../../', import.meta.url));
		const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter(
			(f) =>
				/\.(ts|svelte)$/.test(f) &&
				!/\.test\.ts$/.test(f) &&
				!/(^|\/)test\//.test(f) &&
				!f.endsWith('resync/catalogue-modules.ts') &&
				!f.endsWith('resync/procedures/makes.ts')
		);
		expect(files.length).toBeGreaterThan(100);
		const whole = /catalogue-modules'|procedures\/makes'|full-catalogue'|\bMAKE_MODULES\b/;
		for (const f of files) {
			const text = readFileSync(join(root, f), 'utf8');
			expect(whole.test(text), f).toBe(false);
			if (!/resync\/catalogue(-source)?\.ts$/.test(f))
				expect(/\bbuildCatalogue\(/.test(text), f).toBe(false);
		}
	});
});
