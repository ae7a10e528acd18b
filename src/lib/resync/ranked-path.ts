import type { Confidence, ShopPath, SourceId, SourcedText, TroubleshootTip } from './types';
import type { Candidate } from './finder';
import type { Catalogue } from './catalogue';
import type { OwnerComplaint } from './complaint';
import { timesTried } from './complaint';
import { weakest } from './confidence';
import { shopPathsAfter, tipsFor } from './troubleshooting';
import { DEFAULT_MAX_TRIES } from './engine-core';
import { costsFor, type CostMarket } from './market';

/**
 * The ranked path, shown before any attempt: the home procedures in the order
 * to try them (best-sourced first, each followed by its alternative readings),
 * the sourced facts that decide whether to keep trying, and the way out (a
 * shop path, with what it costs and what to bring). Everything here is read
 * from the catalogue's data (candidates, variants, tips, shop paths): a fact
 * is written once, in the data, and every screen renders that.
 */

/** After this many unsuccessful tries of one sequence, the path leads with the next option. */
export const TRIES_BEFORE_MOVING_ON = 3;

/**
 * The guide's own rule, said where no source says when to stop: it is how the
 * step engine behaves (engine-core's DEFAULT_MAX_TRIES), not a sourced fact.
 */
export const APP_STOP_RULE = `FobSync’s own rule, not a source’s: after ${DEFAULT_MAX_TRIES} failed tries of one way (or the number a source gives), the guide stops it and offers the next way on this list; after the last one, the way out below.`;

/** Where a shop path's sources give no cost (said the same way on every screen). */
export const NO_PRICE =
	'The sources give no price for this job: ask for one before you agree to it.';

export interface PathOption {
	/** The procedure's or the variant's id. */
	readonly id: string;
	/** The main procedure (its plan page). */
	readonly procedureId: string;
	readonly variant: boolean;
	readonly title: string;
	/** What the variant changes, in one sentence; null for a main procedure. */
	readonly differs: string | null;
	/** Its mark on this car (never stronger than the model entry it matched). */
	readonly confidence: Confidence;
	readonly sources: readonly SourceId[];
	/** How often the owner says they already tried it; null when not (or unknown which). */
	readonly triedTimes: number | null;
}

export interface RankedPath {
	/** Home options, in the order to try them. */
	readonly options: readonly PathOption[];
	/** The option to try next: the first one the owner has not already worn out; null: go to the way out. */
	readonly lead: PathOption | null;
	/** Tips that decide whether to keep trying (the "stop here" ones last). */
	readonly facts: readonly TroubleshootTip[];
	/** Where to go when home tries should stop; null only when nothing applies at all. */
	readonly wayOut: ShopPath | null;
	/** What the way out costs, from its sources (the car's market's, or every market's when unknown); empty: no price. */
	readonly cost: readonly SourcedText[];
	/** The app's own stop rule, when there are home options and no sourced "when to stop" fact; else null. */
	readonly rule: string | null;
	/** Other shop jobs the finder found for this car and key (e.g. a key the car may not know). */
	readonly otherShops: readonly ShopPath[];
}

export interface RankedPathInput {
	/** The finder's candidates, best first. */
	readonly candidates: readonly Candidate[];
	readonly answers?: Readonly<Record<string, string>>;
	readonly complaint?: OwnerComplaint | null;
	/** The car's market (market.ts), for the cost's currency; null or absent: unknown, show every market's. */
	readonly market?: CostMarket | null;
}

/** The model entry's mark caps every reading of a procedure on this car. */
function capFor(c: Candidate): (mark: Confidence) => Confidence {
	const model = c.weakerModel?.confidence;
	return (mark) => (model ? weakest(mark, model) : mark);
}

function optionsOf(candidates: readonly Candidate[]): PathOption[] {
	const out: PathOption[] = [];
	for (const c of candidates) {
		const p = c.procedure;
		if (c.kind !== 'procedure' || !p) continue;
		const cap = capFor(c);
		out.push({
			id: p.id,
			procedureId: p.id,
			variant: false,
			title: p.title,
			differs: null,
			confidence: c.confidence,
			sources: p.sources,
			triedTimes: null
		});
		for (const v of p.variants ?? []) {
			out.push({
				id: v.id,
				procedureId: p.id,
				variant: true,
				title: v.title,
				differs: v.differs,
				confidence: cap(v.confidence),
				sources: v.sources,
				triedTimes: null
			});
		}
	}
	return out;
}

/** The option the owner means by "the sequence in the owner's manual": the first that cites one. */
function manualIndex(options: readonly PathOption[], catalogue: Catalogue): number {
	return options.findIndex((o) =>
		o.sources.some((s) => catalogue.source(s)?.kind === 'owners-manual')
	);
}

/** Tips for every moment before and at a failed key, each once, the way out last. */
function factsFor(
	procedureId: string | null,
	answers: Readonly<Record<string, string>>,
	complaint: OwnerComplaint | null,
	catalogue: Catalogue
): TroubleshootTip[] {
	const whens = ['before-start', 'key-failed'] as const;
	// No remote works at all: what the sources say about that case too.
	const all = complaint?.remotesWorking === 0 ? (['all-failed'] as const) : [];
	const seen = new Set<string>();
	const tips: TroubleshootTip[] = [];
	for (const when of [...whens, ...all]) {
		for (const t of tipsFor({ when, procedureId, answers, complaint }, catalogue)) {
			if (seen.has(t.id)) continue;
			seen.add(t.id);
			tips.push(t);
		}
	}
	return [...tips.filter((t) => !t.stopHere), ...tips.filter((t) => t.stopHere)];
}

/** The ranked path for a car's candidates, the owner's answers and what they already tried. */
export function rankedPath(input: RankedPathInput, catalogue: Catalogue): RankedPath {
	const answers = input.answers ?? {};
	const complaint = input.complaint ?? null;
	let options = optionsOf(input.candidates);
	const times = timesTried(complaint);
	if (complaint?.tried === 'manual') {
		const i = manualIndex(options, catalogue);
		if (i >= 0) options = options.map((o, k) => (k === i ? { ...o, triedTimes: times } : o));
	}
	const wornOut = (o: PathOption) =>
		o.triedTimes !== null && o.triedTimes >= TRIES_BEFORE_MOVING_ON;
	const lead = options.find((o) => !wornOut(o)) ?? null;
	const first = options[0]?.procedureId ?? null;
	const shopCandidate = input.candidates.find((c) => c.kind === 'shop')?.shopPath ?? null;
	const wayOut = first ? (shopPathsAfter(first, catalogue)[0] ?? null) : shopCandidate;
	const facts = first || shopCandidate ? factsFor(first, answers, complaint, catalogue) : [];
	return {
		options,
		lead,
		facts,
		wayOut,
		cost: costsFor(wayOut?.involves ?? [], input.market ?? null),
		rule: options.length && !facts.some((t) => t.stopHere) ? APP_STOP_RULE : null,
		otherShops: input.candidates
			.map((c) => c.shopPath)
			.filter((s): s is ShopPath => s !== null && s.id !== wayOut?.id)
	};
}

/**
 * The variant a session of `procedureId` should start with: the path's lead when it is one of
 * that procedure's own variants (the owner already wore the main reading out), else null (start
 * with the procedure itself). A lead of another procedure has its own plan page.
 */
export function startingVariant(path: RankedPath, procedureId: string): PathOption | null {
	const lead = path.lead;
	return lead?.variant && lead.procedureId === procedureId ? lead : null;
}

/** The option that follows `option` on the path, or null when the way out comes next. */
export function fallbackOf(path: RankedPath, option: PathOption): PathOption | null {
	const i = path.options.findIndex((o) => o.id === option.id);
	return i >= 0 ? (path.options[i + 1] ?? null) : null;
}
