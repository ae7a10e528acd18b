import type { CatalogueModule } from './types';
import { buildCatalogue, type Catalogue } from './catalogue';
import type { CatalogueCore } from './catalogue-core';
import { chunksFor, type CatalogueNeed, type CatalogueRoutes } from './catalogue-index';

/** How the parts of the catalogue arrive (dynamic imports in the app, counted in tests). */
export interface ChunkLoader {
	core(): Promise<CatalogueCore>;
	chunk(name: string): Promise<CatalogueModule>;
}

/**
 * The catalogue of the core and `chunks` (in catalogue order). The core's
 * new-key chip facts cite their make's documents, so a fact joins once the
 * chunk holding its sources is loaded (for a car of that make, it is).
 */
export function composeCatalogue(
	core: CatalogueCore,
	chunks: readonly CatalogueModule[]
): Catalogue {
	const cited = new Set(
		[...core.head, ...chunks, ...core.tail].flatMap((m) => m.sources.map((s) => s.id))
	);
	const held = (m: CatalogueModule): CatalogueModule =>
		m.newKeyChip
			? { ...m, newKeyChip: m.newKeyChip.filter((f) => f.sources.every((id) => cited.has(id))) }
			: m;
	return buildCatalogue([...core.head.map(held), ...chunks, ...core.tail.map(held)]);
}

/** What the guide asks of a catalogue source (CatalogueSource, or a fixed one in tests). */
export interface CatalogueSupply {
	chunksFor(need: CatalogueNeed): string[];
	forMake(make: string | null | undefined): Promise<Catalogue>;
	forEntry(id: string): Promise<Catalogue>;
	peek(chunks: readonly string[]): Catalogue | null;
	load(chunks: readonly string[]): Promise<Catalogue>;
}

/**
 * The catalogue, one make at a time: the index says which chunks a make or a
 * saved entry needs, the loader brings them (each once), and the catalogue of
 * the core plus those chunks is built once per set of chunks. A catalogue
 * holding more chunks than asked answers the same for the car in question
 * (a chunk's entries match only its own makes).
 */
export class CatalogueSource implements CatalogueSupply {
	readonly #routes: CatalogueRoutes;
	readonly #loader: ChunkLoader;
	#core: Promise<CatalogueCore> | null = null;
	readonly #chunks = new Map<string, Promise<CatalogueModule>>();
	readonly #built = new Map<string, Catalogue>();

	constructor(routes: CatalogueRoutes, loader: ChunkLoader) {
		this.#routes = routes;
		this.#loader = loader;
	}

	/** The chunks `need` calls for, in catalogue order. */
	chunksFor(need: CatalogueNeed): string[] {
		return chunksFor(this.#routes, need);
	}

	/** The catalogue for cars of `make` (the core alone for a make no chunk covers, or none). */
	forMake(make: string | null | undefined): Promise<Catalogue> {
		return this.load(this.chunksFor({ makes: [make] }));
	}

	/** The catalogue holding a procedure, variant or shop path (the core alone for unknown ids). */
	forEntry(id: string): Promise<Catalogue> {
		return this.load(this.chunksFor({ entries: [id] }));
	}

	/** The catalogue of the core and `chunks`, when already built; else null. */
	peek(chunks: readonly string[]): Catalogue | null {
		return this.#built.get(this.#key(chunks)) ?? null;
	}

	/** The catalogue of the core and `chunks` (names from `chunksFor`). */
	async load(chunks: readonly string[]): Promise<Catalogue> {
		const names = this.#routes.chunks.filter((c) => chunks.includes(c));
		const key = this.#key(names);
		const built = this.#built.get(key);
		if (built) return built;
		this.#core ??= this.#loader.core().catch((error: unknown) => {
			this.#core = null;
			throw error;
		});
		const [core, ...modules] = await Promise.all([this.#core, ...names.map((n) => this.#chunk(n))]);
		const catalogue = this.#built.get(key) ?? composeCatalogue(core, modules);
		this.#built.set(key, catalogue);
		return catalogue;
	}

	#chunk(name: string): Promise<CatalogueModule> {
		let loading = this.#chunks.get(name);
		if (!loading) {
			loading = this.#loader.chunk(name).catch((error: unknown) => {
				// Offline before the chunk was cached: the next look tries again.
				this.#chunks.delete(name);
				throw error;
			});
			this.#chunks.set(name, loading);
		}
		return loading;
	}

	#key(chunks: readonly string[]): string {
		return this.#routes.chunks.filter((c) => chunks.includes(c)).join(',');
	}
}

/** A source that always answers with `catalogue` (tests, and a catalogue handed in whole). */
export function fixedSource(catalogue: Catalogue): CatalogueSupply {
	const now = () => Promise.resolve(catalogue);
	return { chunksFor: () => [], forMake: now, forEntry: now, load: now, peek: () => catalogue };
}
