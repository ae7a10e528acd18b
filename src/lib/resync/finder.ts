import type { Confidence, VehicleInfo } from '../vehicle/types';
import { decodeVin, validateVin } from '../vehicle';
import type {
	GuideQuestion,
	KeyAnswers,
	NewKeyChip,
	Procedure,
	ShopPath,
	SourceId,
	YearRange
} from './types';
import type { Catalogue } from './catalogue';
import type { CarQuery } from './types';
import { canonicalMakes, sameMake } from './makes';
import {
	matchConfidence,
	matchEntry,
	MODEL_QUESTION_ID,
	OTHER_MODEL,
	pickableModels,
	UNSURE,
	type CarFacts,
	type MatchResult
} from './match';
import { compareConfidence } from './confidence';
import { carLabel } from './car-label';
import { KEY_ORIGIN, matchingAnswers } from './questions';

/**
 * Finding the procedure: from a scanned vehicle, a typed VIN, or a pick of
 * make, model and year, to the procedures and shop paths that may apply, the
 * next question worth asking, and a plain note when several apply.
 */

/** How the owner told us which car it is. */
export type { CarQuery };

export interface FinderInput {
	readonly car: CarQuery;
	/** Answers so far, by question id (including MODEL_QUESTION_ID). */
	readonly answers?: KeyAnswers;
	/** For decoding VIN model years; defaults to the clock. */
	readonly currentYear?: number;
}

/** The car as the finder understood it. */
export interface FoundCar {
	readonly facts: CarFacts;
	/** For headlines, as an owner says it: "2005 MINI Cooper S (R53)", "2003 BMW 3 Series (E46)", "2004 Ford". */
	readonly label: string;
	/** How sure the identification is (the VIN decoder's mark; a pick is the owner's word: 'C'). */
	readonly confidence: Confidence;
	/** The VIN it came from, normalised. */
	readonly vin: string | null;
}

export interface Candidate {
	readonly kind: 'procedure' | 'shop';
	readonly id: string;
	readonly title: string;
	/**
	 * How sure it is that this applies to this car: the weaker of the
	 * procedure's (or shop path's) mark and the marks of the model entries it
	 * matched (`ModelRange.confidence`). The procedure's own mark, which governs
	 * its steps, stays on `procedure.confidence`.
	 */
	readonly confidence: Confidence;
	/**
	 * The matched model entry whose own mark made `confidence` weaker than the
	 * procedure's, with its sources, so the screen can say why; null otherwise.
	 * Always set by the finder; optional only so that candidates built by hand
	 * before this field existed stay valid.
	 */
	readonly weakerModel?: {
		readonly name: string;
		readonly confidence: Confidence;
		readonly sources: readonly SourceId[];
	} | null;
	/**
	 * When the car's year is not known and the sources name only some years:
	 * "Sourced for 2002–2003; your year is not confirmed." (the candidate is
	 * then marked U). Null otherwise.
	 */
	readonly yearNote?: string | null;
	/** Questions still open that this candidate depends on; empty when it surely applies. */
	readonly pending: readonly string[];
	readonly procedure: Procedure | null;
	readonly shopPath: ShopPath | null;
}

export type FinderResult =
	| {
			readonly ok: true;
			readonly car: FoundCar;
			/** Best first: those sure to fit the year, then confidence M > C > S > U, then procedures before shop paths. */
			readonly candidates: readonly Candidate[];
			/** A question whose answers still split the candidates, or null. */
			readonly nextQuestion: GuideQuestion | null;
			/** More than one candidate remains. */
			readonly several: boolean;
			/** Plain words about several candidates (or none), for the screen. */
			readonly note: string | null;
			/** Only the catch-all shop path is left: nobody has data for this car. */
			readonly fallback: boolean;
			/**
			 * For a key that is new or second-hand ('key-origin' answered 'new'):
			 * what its chip needs before it starts a car of this make; null
			 * otherwise or when no source says. The note starts with it.
			 */
			readonly newKeyChip?: NewKeyChip | null;
	  }
	| {
			readonly ok: false;
			/** Plain-language reason, e.g. a VIN that fails its check. */
			readonly error: string;
	  };

function factsFromVehicle(v: VehicleInfo): CarFacts {
	return {
		makes: canonicalMakes(v.make),
		model: null,
		chassis: v.chassis
			? v.chassis
					.split('/')
					.map((c) => c.trim())
					.filter(Boolean)
			: [],
		year: v.modelYear
	};
}

function resolveCar(input: FinderInput): { car: FoundCar } | { error: string } {
	const q = input.car;
	if (q.by === 'pick') {
		const facts: CarFacts = {
			makes: canonicalMakes(q.make),
			model: q.model,
			chassis: [],
			year: q.year
		};
		if (facts.makes.length === 0) return { error: 'Choose the make of the car.' };
		return { car: { facts, label: carLabel(facts, null), confidence: 'C', vin: null } };
	}
	let vehicle: VehicleInfo;
	let vin: string | null = null;
	if (q.by === 'vin') {
		const check = validateVin(q.vin);
		if (!check.valid) return { error: check.problems[0] ?? 'That is not a valid VIN.' };
		vin = check.vin;
		vehicle = decodeVin(check.vin, input.currentYear ? { currentYear: input.currentYear } : {});
		if (!vehicle.make) {
			return {
				error: `FobSync does not know the maker code "${vin.slice(0, 3)}" at the start of this VIN. Choose the make, model and year instead.`
			};
		}
	} else {
		vehicle = q.vehicle;
	}
	const facts = factsFromVehicle(vehicle);
	return { car: { facts, label: carLabel(facts, vehicle), confidence: vehicle.confidence, vin } };
}

/** The mark a candidate can claim on this car, and the model entry that weakened it. */
function markOn(mark: Confidence, m: MatchResult): Pick<Candidate, 'confidence' | 'weakerModel'> {
	const confidence = matchConfidence(mark, m);
	const weaker =
		confidence === mark || !m.ok || m.yearUnconfirmed
			? undefined
			: (m.models ?? []).find((r) => r.confidence === confidence);
	return {
		confidence,
		weakerModel: weaker ? { name: weaker.name, confidence, sources: weaker.sources ?? [] } : null
	};
}

/** "Sourced for 2002–2003; your year is not confirmed." */
export function yearNote(y: YearRange): string {
	const span =
		y.from !== undefined && y.to !== undefined
			? y.from === y.to
				? `${y.from}`
				: `${y.from}–${y.to}`
			: y.from !== undefined
				? `${y.from} on`
				: `up to ${y.to}`;
	return `Sourced for ${span}; your year is not confirmed. Choose the year if you know it.`;
}

function candidateOf(
	entry: { readonly id: string; readonly title: string; readonly confidence: Confidence },
	m: Extract<MatchResult, { ok: true }>,
	kind: Candidate['kind'],
	procedure: Procedure | null,
	shopPath: ShopPath | null
): Candidate {
	const { id, title } = entry;
	return {
		kind,
		id,
		title,
		...markOn(entry.confidence, m),
		yearNote: m.yearUnconfirmed ? yearNote(m.yearUnconfirmed) : null,
		pending: m.pending,
		procedure,
		shopPath
	};
}

/** A catalogue entry the finder weighs: a procedure or a shop path. */
type Entry =
	| { readonly kind: 'procedure'; readonly procedure: Procedure }
	| { readonly kind: 'shop'; readonly shopPath: ShopPath };

/**
 * The entries for particular cars (`which: 'cars'`), or the makes' paths for
 * any car of the make, offered when nothing else fits (`'any-car-of-make'`):
 * the one walk over the catalogue. The catch-all and the after-failure paths
 * are never candidates.
 */
function entriesOf(catalogue: Catalogue, which: 'cars' | 'any-car-of-make'): Entry[] {
	const procedures: Entry[] =
		which === 'cars'
			? catalogue.procedures.map((procedure) => ({ kind: 'procedure', procedure }))
			: [];
	const shops = catalogue.shopPaths.filter((s) =>
		which === 'cars' ? !s.fallback && !s.onlyAfterFailure && !s.anyCarOfMake : s.anyCarOfMake
	);
	return [...procedures, ...shops.map((shopPath): Entry => ({ kind: 'shop', shopPath }))];
}

/** The entries that fit the car and answers, as candidates (match.ts decides each, one by one). */
function candidatesAmong(
	entries: readonly Entry[],
	facts: CarFacts,
	answers: KeyAnswers
): Candidate[] {
	const out: Candidate[] = [];
	for (const e of entries) {
		const entry = e.kind === 'procedure' ? e.procedure : e.shopPath;
		const m = matchEntry(entry, facts, answers);
		if (!m.ok) continue;
		if (e.kind === 'procedure') out.push(candidateOf(entry, m, 'procedure', e.procedure, null));
		else out.push(candidateOf(entry, m, 'shop', null, e.shopPath));
	}
	return out;
}

/** Best first: those sure to fit the year, then by mark, then procedures before shop paths. */
function ranked(candidates: Candidate[]): Candidate[] {
	// A candidate whose years may not include this car comes after every one that surely fits.
	return candidates.sort(
		(a, b) =>
			Number(!!a.yearNote) - Number(!!b.yearNote) ||
			compareConfidence(a.confidence, b.confidence) ||
			(a.kind === b.kind ? 0 : a.kind === 'procedure' ? -1 : 1)
	);
}

/** The "which model is it?" question, built from the models still possible. */
function modelQuestion(candidates: readonly Candidate[], facts: CarFacts): GuideQuestion {
	const names: string[] = [];
	for (const c of candidates)
		for (const name of pickableModels((c.procedure ?? c.shopPath)!, facts))
			if (!names.includes(name)) names.push(name);
	return {
		id: MODEL_QUESTION_ID,
		prompt: 'Which model is it?',
		headline: 'Tell us which model it is',
		help: 'The VIN does not tell the model of this car: pick it from the list.',
		options: [
			...names.map((n) => ({ id: n, label: n })),
			{ id: OTHER_MODEL, label: 'My model is not listed' }
		],
		sources: []
	};
}

function idsOf(cs: readonly Candidate[]): string {
	return cs.map((c) => c.id).join(',');
}

/** The first question (the model question, then catalogue order) whose answers split the candidates. */
function nextQuestionFor(
	catalogue: Catalogue,
	entries: readonly Entry[],
	facts: CarFacts,
	answers: KeyAnswers,
	candidates: readonly Candidate[]
): GuideQuestion | null {
	const wanted = new Set(candidates.flatMap((c) => c.pending));
	// The model first: owners know it, and it settles most of the rest; so do those asked first.
	const questions = [
		modelQuestion(candidates, facts),
		...catalogue.questions.filter((q) => q.askFirst),
		...catalogue.questions.filter((q) => !q.askFirst)
	];
	for (const q of questions) {
		if (!wanted.has(q.id) || answers[q.id] !== undefined) continue;
		// "Nothing applies" (the fallback) is an outcome too: it tells a car apart as well.
		const outcomes = q.options
			.filter((o) => o.id !== UNSURE)
			.map((o) => {
				const given = matchingAnswers({ ...answers, [q.id]: o.id });
				return idsOf(ranked(candidatesAmong(entries, facts, given)));
			});
		if (new Set(outcomes).size >= 2) return q;
	}
	// A home procedure teaches the remote; a new or second-hand key's chip needs coding too, which
	// the make's fact says. Where the answers do not split the candidates, ask anyway so that
	// the owner of a new key hears it (chipFor).
	const origin = catalogue.questions.find((q) => q.id === KEY_ORIGIN_ID);
	if (
		origin &&
		answers[KEY_ORIGIN_ID] === undefined &&
		candidates.some((c) => c.kind === 'procedure') &&
		chipFor(catalogue, facts, { [KEY_ORIGIN_ID]: 'new' })
	)
		return origin;
	return null;
}

function noteFor(
	candidates: readonly Candidate[],
	next: GuideQuestion | null,
	fallback: boolean
): string | null {
	if (fallback) {
		return 'FobSync has no sourced home procedure for this car. Here is what to ask a shop for.';
	}
	const yearNote = candidates[0]?.yearNote;
	if (yearNote) return yearNote;
	if (candidates.length < 2) return null;
	if (next) return 'More than one could apply to this car. The question below tells them apart.';
	const kinds = new Set(candidates.map((c) => c.kind));
	return kinds.size > 1
		? 'More than one applies: a home procedure, and a shop job it cannot replace. Read both; the best-sourced comes first.'
		: 'More than one could apply. They are listed from the best-sourced; if the first does not work, try the next.';
}

const KEY_ORIGIN_ID = KEY_ORIGIN.id;

/** The make's fact about a new key's chip, when the key is new. */
function chipFor(catalogue: Catalogue, facts: CarFacts, answers: KeyAnswers): NewKeyChip | null {
	if (answers[KEY_ORIGIN_ID] !== 'new') return null;
	for (const m of catalogue.modules)
		for (const f of m.newKeyChip ?? [])
			if (f.makes.some((a) => facts.makes.some((b) => sameMake(a, b)))) return f;
	return null;
}

/**
 * Candidate procedures and shop paths for a car and the answers so far. A VIN
 * that fails its check gives `ok: false` with the reason in plain words.
 */
export function findProcedures(input: FinderInput, catalogue: Catalogue): FinderResult {
	const resolved = resolveCar(input);
	if ('error' in resolved) return { ok: false, error: resolved.error };
	const { car } = resolved;
	// "Not sure" answers read as the procedures' requirements read them (questions.ts).
	const answers = matchingAnswers(input.answers ?? {});
	const entries = entriesOf(catalogue, 'cars');
	let candidates = ranked(candidatesAmong(entries, car.facts, answers));
	const nextQuestion =
		candidates.length === 0
			? null
			: nextQuestionFor(catalogue, entries, car.facts, answers, candidates);
	// A covered make keeps its own shop path before the general one.
	const onMakePath = candidates.length === 0;
	if (onMakePath)
		candidates = candidatesAmong(entriesOf(catalogue, 'any-car-of-make'), car.facts, answers);
	const fallback = candidates.length === 0;
	if (fallback) {
		const f = catalogue.fallback;
		candidates = [
			{
				kind: 'shop',
				id: f.id,
				title: f.title,
				confidence: f.confidence,
				weakerModel: null,
				yearNote: null,
				pending: [],
				procedure: null,
				shopPath: f
			}
		];
	}
	const newKeyChip = chipFor(catalogue, car.facts, answers);
	const note = noteFor(candidates, nextQuestion, fallback || onMakePath);
	return {
		ok: true,
		car,
		candidates,
		nextQuestion,
		several: candidates.length > 1,
		note: newKeyChip ? [newKeyChip.text, note].filter(Boolean).join(' ') : note,
		fallback,
		newKeyChip
	};
}
