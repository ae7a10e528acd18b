import type {
	CatalogueModule,
	GuideQuestion,
	Procedure,
	ProcedureVariant,
	ShopPath,
	SourceDoc,
	TroubleshootTip
} from './types';
import { SHARED_QUESTIONS } from './questions';

/*
 * The catalogue as the guide reads it, built from modules. The app never holds
 * every module: catalogue-source.ts builds one from the shared core and the
 * chunks of the makes in question (docs/adding-a-make.md). Ids (procedures,
 * variants, shop paths, questions, tips, sources) are unique across modules;
 * `buildCatalogue` refuses duplicates.
 */

/** A procedure as the engine runs it: the main procedure or one of its variants. */
export interface ProcedureRef {
	readonly procedure: Procedure;
	/** The variant, when the id named one. */
	readonly variant: ProcedureVariant | null;
}

/** The merged, checked catalogue with lookups. */
export interface Catalogue {
	readonly modules: readonly CatalogueModule[];
	readonly procedures: readonly Procedure[];
	readonly shopPaths: readonly ShopPath[];
	/** Shared questions first (in asking order), then the modules' own. */
	readonly questions: readonly GuideQuestion[];
	readonly tips: readonly TroubleshootTip[];
	readonly sources: ReadonlyMap<string, SourceDoc>;
	/** The shop path offered when nothing else applies. */
	readonly fallback: ShopPath;
	/** A procedure by its id or one of its variants' ids. */
	procedure(id: string): ProcedureRef | null;
	shopPath(id: string): ShopPath | null;
	question(id: string): GuideQuestion | null;
	source(id: string): SourceDoc | null;
}

/** Thrown when modules clash (duplicate ids) or the catch-all shop path is missing. */
export class CatalogueError extends Error {
	override readonly name = 'CatalogueError';
}

function addUnique<T>(map: Map<string, T>, kind: string, id: string, value: T): void {
	if (map.has(id)) throw new CatalogueError(`Duplicate ${kind} id "${id}".`);
	map.set(id, value);
}

/**
 * Merges modules into one catalogue. Procedures, variants and shop paths share
 * one id space (the guide stores them by id). A source may appear in several
 * modules only with the same title and address.
 */
export function buildCatalogue(
	modules: readonly CatalogueModule[],
	shared: readonly GuideQuestion[] = SHARED_QUESTIONS
): Catalogue {
	const entries = new Map<string, ProcedureRef | ShopPath>();
	const procedures: Procedure[] = [];
	const shopPaths: ShopPath[] = [];
	const questions = new Map<string, GuideQuestion>();
	const tips = new Map<string, TroubleshootTip>();
	const sources = new Map<string, SourceDoc>();
	for (const q of shared) addUnique(questions, 'question', q.id, q);
	for (const m of modules) {
		for (const s of m.sources) {
			const known = sources.get(s.id);
			if (known && (known.title !== s.title || known.url !== s.url)) {
				throw new CatalogueError(`Source id "${s.id}" names two different documents.`);
			}
			sources.set(s.id, s);
		}
		for (const p of m.procedures) {
			addUnique(entries, 'procedure', p.id, { procedure: p, variant: null });
			for (const v of p.variants ?? [])
				addUnique(entries, 'variant', v.id, { procedure: p, variant: v });
			procedures.push(p);
		}
		for (const s of m.shopPaths) {
			addUnique(entries, 'shop path', s.id, s);
			shopPaths.push(s);
		}
		for (const q of m.questions ?? []) addUnique(questions, 'question', q.id, q);
		for (const t of m.troubleshooting ?? []) addUnique(tips, 'troubleshooting tip', t.id, t);
	}
	const fallbacks = shopPaths.filter((s) => s.fallback);
	if (fallbacks.length !== 1) {
		throw new CatalogueError(
			`Exactly one fallback shop path is needed; found ${fallbacks.length}.`
		);
	}
	const isRef = (e: ProcedureRef | ShopPath | undefined): e is ProcedureRef =>
		e !== undefined && 'procedure' in e;
	return {
		modules,
		procedures,
		shopPaths,
		questions: [...questions.values()],
		tips: [...tips.values()],
		sources,
		fallback: fallbacks[0]!,
		procedure: (id) => {
			const e = entries.get(id);
			return isRef(e) ? e : null;
		},
		shopPath: (id) => {
			const e = entries.get(id);
			return e && !isRef(e) ? e : null;
		},
		question: (id) => questions.get(id) ?? null,
		source: (id) => sources.get(id) ?? null
	};
}
