import type { CatalogueModule, GuideQuestion, SourceDoc } from './types';
import { canonicalMakes, sameMake } from './makes';

/**
 * Where each part of the catalogue lives, so the guide loads only the chunk a
 * car or a saved page needs. Written by `npm run catalogue-index` into
 * catalogue-index.json (with the pickers' lists) and checked for drift by a test.
 */
export interface CatalogueRoutes {
	/** Chunk names in catalogue order (the order the coverage table prints them). */
	readonly chunks: readonly string[];
	/** By make as the catalogue spells it: the chunks holding entries for it. */
	readonly makes: Readonly<Record<string, readonly string[]>>;
	/** By procedure, variant or shop path id: its chunk (ids in the core are absent). */
	readonly entries: Readonly<Record<string, string>>;
	/** By chunk: the other chunks whose entries it names (a Ford-built Mazda's Mazda shop path). */
	readonly needs: Readonly<Record<string, readonly string[]>>;
}

/** One chunk: its name (the file name in chunks/) and its module. */
export interface NamedChunk {
	readonly name: string;
	readonly module: CatalogueModule;
}

/** Every make an entry of `m` can match: its makes and its models' makes. */
function makesOf(m: CatalogueModule): string[] {
	const out: string[] = [];
	const add = (make: string) => {
		if (!out.some((o) => sameMake(o, make))) out.push(make);
	};
	for (const e of [...m.procedures, ...m.shopPaths]) {
		if (e.applies.makes.length === 0) {
			throw new Error(`"${e.id}" applies to every make: it belongs in the core, not a chunk.`);
		}
		e.applies.makes.forEach(add);
		for (const r of e.applies.models ?? []) if (r.make) add(r.make);
	}
	for (const f of m.newKeyChip ?? []) f.makes.forEach(add);
	return out;
}

/** The routes for `chunks`, given in catalogue order. */
export function catalogueRoutes(chunks: readonly NamedChunk[]): CatalogueRoutes {
	const makes: Record<string, string[]> = {};
	const entries: Record<string, string> = {};
	for (const { name, module } of chunks) {
		for (const make of makesOf(module)) {
			const key = Object.keys(makes).find((k) => sameMake(k, make)) ?? make;
			(makes[key] ??= []).push(name);
		}
		for (const p of module.procedures) {
			entries[p.id] = name;
			for (const v of p.variants ?? []) entries[v.id] = name;
		}
		for (const s of module.shopPaths) entries[s.id] = name;
	}
	const sorted = Object.fromEntries(
		Object.entries(makes).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
	);
	// A chunk may also cite a document another chunk defines (the BMW turn-key
	// procedure excludes the X5 on BMW's X5 text): that chunk comes along too.
	const sourceHome: Record<string, string> = {};
	for (const { name, module } of chunks) for (const d of module.sources) sourceHome[d.id] ??= name;
	const needs: Record<string, string[]> = {};
	for (const { name, module } of chunks) {
		const named = new Set<string>();
		stringsIn(module, named);
		const own = new Set(module.sources.map((d) => d.id));
		const homeOf = (id: string): string | undefined =>
			Object.hasOwn(entries, id)
				? entries[id]
				: Object.hasOwn(sourceHome, id) && !own.has(id)
					? sourceHome[id]
					: undefined;
		const others = new Set(
			[...named].flatMap((id) => {
				const home = homeOf(id);
				return home !== undefined && home !== name ? [home] : [];
			})
		);
		if (others.size) needs[name] = chunks.map((c) => c.name).filter((c) => others.has(c));
	}
	return { chunks: chunks.map((c) => c.name), makes: sorted, entries, needs };
}

/** Every string value in `data`, at any depth. */
function stringsIn(data: unknown, into: Set<string>): void {
	if (typeof data === 'string') into.add(data);
	else if (Array.isArray(data)) for (const d of data) stringsIn(d, into);
	else if (data && typeof data === 'object')
		for (const v of Object.values(data)) stringsIn(v, into);
}

/** What the guide needs loaded: the chunks of some makes and of some entries. */
export interface CatalogueNeed {
	/** Make names as the owner or the VIN gave them ("Ford (SUV)", "Mini"). */
	readonly makes?: readonly (string | null | undefined)[];
	/** Procedure, variant or shop path ids. */
	readonly entries?: readonly (string | null | undefined)[];
}

/** The chunks `need` calls for, in catalogue order (none: the core alone answers). */
export function chunksFor(routes: CatalogueRoutes, need: CatalogueNeed): string[] {
	const wanted = new Set<string>();
	for (const raw of need.makes ?? [])
		for (const make of canonicalMakes(raw))
			for (const [k, names] of Object.entries(routes.makes))
				if (sameMake(k, make)) names.forEach((n) => wanted.add(n));
	for (const id of need.entries ?? []) {
		const name = id && Object.hasOwn(routes.entries, id) ? routes.entries[id] : undefined;
		if (name) wanted.add(name);
	}
	// The chunks those name (one level is all the data has; the index test checks it).
	for (const name of [...wanted]) for (const n of routes.needs[name] ?? []) wanted.add(n);
	return routes.chunks.filter((c) => wanted.has(c));
}

/**
 * `chunks` in the order of `modules` (every module in catalogue order, see
 * catalogue-modules.ts). Throws when a module is in neither a chunk nor the
 * core, or a chunk's module is not listed: adding a make takes both.
 */
export function inCatalogueOrder(
	chunks: readonly NamedChunk[],
	modules: readonly CatalogueModule[],
	core: readonly CatalogueModule[]
): NamedChunk[] {
	for (const c of chunks) {
		if (!modules.includes(c.module))
			throw new Error(`Chunk "${c.name}" holds a module procedures/makes.ts does not list.`);
	}
	for (const m of modules) {
		if (!core.includes(m) && !chunks.some((c) => c.module === m))
			throw new Error(
				`A module in procedures/makes.ts has no chunk: add src/lib/resync/chunks/<make>.ts (docs/adding-a-make.md).`
			);
	}
	return [...chunks].sort((a, b) => modules.indexOf(a.module) - modules.indexOf(b.module));
}

/** Every source id `data` cites (any `sources` list of ids, at any depth). */
export function citedSources(data: unknown, into = new Set<string>()): Set<string> {
	if (Array.isArray(data)) for (const d of data) citedSources(d, into);
	else if (data && typeof data === 'object')
		for (const [k, v] of Object.entries(data)) {
			if (k === 'sources' && Array.isArray(v))
				for (const id of v) if (typeof id === 'string') into.add(id);
			citedSources(v, into);
		}
	return into;
}

/**
 * The documents the core cites that its own modules do not list (the shared
 * questions and the push-button shop path cite several makes' documents):
 * copied from the whole catalogue into catalogue-core-sources.json, so the
 * core is whole without any make's chunk. New-key chip facts are left out:
 * each joins with its make's chunk (composeCatalogue).
 */
export function coreSourcesOf(
	full: { source(id: string): SourceDoc | null },
	core: readonly CatalogueModule[],
	shared: readonly GuideQuestion[]
): SourceDoc[] {
	const own = new Set(core.flatMap((m) => m.sources.map((s) => s.id)));
	const cited = citedSources([shared, core.map((m) => ({ ...m, newKeyChip: [] }))]);
	return [...cited]
		.filter((id) => !own.has(id))
		.sort()
		.map((id) => {
			const doc = full.source(id);
			if (!doc) throw new Error(`The core cites "${id}", which no module lists.`);
			return doc;
		});
}
