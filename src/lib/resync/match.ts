import type {
	Applicability,
	Confidence,
	ExcludedCars,
	KeyAnswers,
	ModelRange,
	YearRange
} from './types';
import { sameMake } from './makes';
import { weakest } from './confidence';
import { workingKeyCount } from './questions';

/**
 * Whether one procedure or shop path applies to a car, given the answers so
 * far: pure predicates over one entry and the car, a leaf of the finder. The
 * finder walks the catalogue and calls these; nothing here sees a catalogue
 * or calls back.
 */

/** Id of the question "which model is it?" the finder asks when the VIN did not tell. */
export const MODEL_QUESTION_ID = 'model';
/** The model answer meaning "none of the models listed". */
export const OTHER_MODEL = 'other';
/** An answer that means "asked, but the owner could not tell": it neither excludes nor is asked again. */
export const UNSURE = 'unsure';

/** What is known about the car, from a VIN, a scan or the owner's pick. */
export interface CarFacts {
	/** Plain make names (see makes.ts); empty when unknown. */
	readonly makes: readonly string[];
	/** A model as the catalogue names it (from a pick or the model question), OTHER_MODEL, or null. */
	readonly model: string | null;
	/** Chassis codes the VIN decoder gave, e.g. ["R53"] or ["R55", "R56", "R57"]. */
	readonly chassis: readonly string[];
	readonly year: number | null;
}

export type MatchResult =
	| { readonly ok: false; readonly reason: string }
	| {
			readonly ok: true;
			/** Questions still unanswered that this depends on (MODEL_QUESTION_ID for "which model?"). */
			readonly pending: readonly string[];
			/** The car's model was named (chassis or pick), not only inferred from answers. */
			readonly exact: boolean;
			/**
			 * The model entries that fit the car so far: the settled ones when some
			 * need no further answer, else every one still possible. Empty when the
			 * applicability names no models. Their own marks (`ModelRange.confidence`)
			 * weaken what the match can claim (see `matchConfidence`).
			 */
			readonly models?: readonly ModelRange[];
			/**
			 * The years the match rests on when the car's year is not known and
			 * the sources name only some years (a model entry without a
			 * generation code, or the entry's own years); null when the year
			 * is known or does not matter. `matchConfidence` then gives U.
			 */
			readonly yearUnconfirmed?: YearRange | null;
	  };

type Requirements = Readonly<Record<string, readonly string[]>> | undefined;

/** Checks answers against requirements: a wrong answer excludes, a missing one is pending. */
function checkAnswers(
	req: Requirements,
	answers: KeyAnswers
): { out: string | null; pending: string[] } {
	const pending: string[] = [];
	for (const [q, allowed] of Object.entries(req ?? {})) {
		const a = answers[q];
		if (a === undefined) pending.push(q);
		else if (a !== UNSURE && !allowed.includes(a)) return { out: `answer "${a}" to ${q}`, pending };
	}
	return { out: null, pending };
}

const norm = (s: string) => s.trim().toLowerCase();

/** What the finder matches: a procedure (with the working keys it needs) or a shop path. */
export interface MatchEntry {
	readonly applies: Applicability;
	/** Working keys the owner must already have (procedures only). */
	readonly workingKeysNeeded?: number;
}

/** The car with the owner's answer to "which model is it?", when the VIN or pick named none. */
export function withModelAnswer(car: CarFacts, answers: KeyAnswers): CarFacts {
	const model = answers[MODEL_QUESTION_ID];
	// Asked only when the car's model was not told, or told by a name several entries were sold
	// as (`soldAs`): the answer names it. Answers are kept per car, so none is stale here.
	return model !== undefined && car.chassis.length === 0 ? { ...car, model } : car;
}

/** Whether one entry applies to the car and the answers so far (the model answer included). */
export function matchEntry(entry: MatchEntry, car: CarFacts, answers: KeyAnswers): MatchResult {
	const facts = withModelAnswer(car, answers);
	return matchApplicability(entry.applies, facts, answers, entry.workingKeysNeeded ?? 0);
}

/**
 * The model names of an entry an owner can pick for this car (its make and
 * years fit), for the "which model is it?" question.
 */
export function pickableModels(entry: MatchEntry, car: CarFacts): string[] {
	return (entry.applies.models ?? [])
		.filter((r) => isPickable(r) && outOfRange(r, car) === null)
		.map((r) => r.name);
}

/** A range without chassis codes that is told only by answers ("another BMW with push-button start"). */
export function isCatchAll(r: ModelRange): boolean {
	return !r.chassis?.length && r.identifiedBy !== undefined;
}

/** Whether an entry names a model an owner can pick (not a catch-all, not "every other model"). */
export function isPickable(r: ModelRange): boolean {
	return !isCatchAll(r) && r.otherModels !== true;
}

/** Why an entry's make or years rule the car out, or null when they fit. */
function outOfRange(r: ModelRange, car: CarFacts): MatchResult | null {
	if (r.make !== undefined && !car.makes.some((m) => sameMake(m, r.make!))) {
		return { ok: false, reason: `${r.name}: another make` };
	}
	if (
		car.year !== null &&
		((r.from !== undefined && car.year < r.from) || (r.to !== undefined && car.year > r.to))
	) {
		return { ok: false, reason: `${r.name}: model year ${car.year} is outside the sourced years` };
	}
	return null;
}

function matchRange(r: ModelRange, car: CarFacts, answers: KeyAnswers): MatchResult {
	const out = outOfRange(r, car);
	if (out) return out;
	let pending: string[] = [];
	let exact = false;
	// A name the car was sold under that covers this entry and others tells it no more than
	// an unnamed model would.
	const soldAs = car.model !== null && (r.soldAs ?? []).some((n) => norm(n) === norm(car.model!));
	const named = car.model !== null && car.model !== OTHER_MODEL && !soldAs;
	if (isCatchAll(r)) {
		if (named) return { ok: false, reason: `${r.name}: the model was named` };
		const idn = checkAnswers(r.identifiedBy, answers);
		if (idn.out) return { ok: false, reason: `${r.name}: ${idn.out}` };
		pending = idn.pending;
	} else if (car.chassis.length > 0 && r.chassis?.some((c) => car.chassis.includes(c))) {
		exact = true;
	} else if (named) {
		if (norm(r.name) !== norm(car.model!)) return { ok: false, reason: `${r.name}: another model` };
		exact = true;
	} else if (car.chassis.length > 0 || car.model === OTHER_MODEL) {
		return { ok: false, reason: `${r.name}: another model` };
	} else if (r.identifiedBy) {
		const idn = checkAnswers(r.identifiedBy, answers);
		if (idn.out) return { ok: false, reason: `${r.name}: ${idn.out}` };
		pending = idn.pending;
	} else {
		pending = [MODEL_QUESTION_ID];
	}
	const own = checkAnswers(r.answers, answers);
	if (own.out) return { ok: false, reason: `${r.name}: ${own.out}` };
	return { ok: true, pending: [...pending, ...own.pending], exact };
}

/**
 * The entry for "every other model" (`otherModels`): the make and years hold,
 * and its own answers; the model itself is not asked about.
 */
function matchOther(r: ModelRange, car: CarFacts, answers: KeyAnswers): MatchResult {
	const out = outOfRange(r, car);
	if (out) return out;
	const own = checkAnswers(r.answers, answers);
	if (own.out) return { ok: false, reason: `${r.name}: ${own.out}` };
	return { ok: true, pending: own.pending, exact: false };
}

type Fit = readonly [ModelRange, Extract<MatchResult, { ok: true }>];

/** The entries of `ranges` that fit, with their results. */
function fitsOf(ranges: readonly ModelRange[], match: (r: ModelRange) => MatchResult): Fit[] {
	const out: Fit[] = [];
	for (const r of ranges) {
		const m = match(r);
		if (m.ok) out.push([r, m]);
	}
	return out;
}

/**
 * What a match can claim: the weaker of the procedure's (or shop path's) mark
 * and the marks of the model entries it rests on (an entry without its own
 * mark carries the procedure's).
 */
export function matchConfidence(mark: Confidence, match: MatchResult): Confidence {
	if (!match.ok) return mark;
	const own = weakest(mark, ...(match.models ?? []).map((r) => r.confidence ?? mark));
	// Whether the sourced years include this car is unknown: U, whatever the steps' mark.
	return match.yearUnconfirmed ? 'U' : own;
}

const limited = (y: YearRange | undefined): y is YearRange =>
	y !== undefined && (y.from !== undefined || y.to !== undefined);

/**
 * The years a match rests on when the car's year is unknown: the matched
 * model entries' years (unless their generation code already pins them) or
 * the applicability's own. Null when nothing limits the years.
 */
function unconfirmedYears(
	applies: Applicability,
	models: readonly ModelRange[],
	car: CarFacts
): YearRange | null {
	if (car.year !== null || models.some((r) => r.chassis?.length)) return null;
	const ranges = models.length > 0 && models.every(limited) ? models : [];
	const all = ranges.length ? ranges : limited(applies.years) ? [applies.years] : [];
	if (all.length === 0) return null;
	const froms = all.map((r) => r.from);
	const tos = all.map((r) => r.to);
	return {
		from: froms.includes(undefined) ? undefined : Math.min(...(froms as number[])),
		to: tos.includes(undefined) ? undefined : Math.max(...(tos as number[]))
	};
}

/**
 * Whether the car is one an exclusion names as data. A car whose model or
 * year is not known yet is not ruled out by a model or year it may not have.
 */
export function isExcludedCar(e: ExcludedCars, car: CarFacts): boolean {
	if (!car.makes.some((m) => sameMake(m, e.make))) return false;
	if (e.model !== undefined && (car.model === null || norm(car.model) !== norm(e.model)))
		return false;
	if (e.from === undefined && e.to === undefined) return true;
	if (car.year === null) return false;
	return !((e.from !== undefined && car.year < e.from) || (e.to !== undefined && car.year > e.to));
}

/**
 * Matches an applicability against a car and the answers so far. Among several
 * model ranges, one that needs no further answer wins; otherwise the pending
 * questions of all still-possible ranges are reported. The "every other model"
 * entries (`otherModels`) apply when no named entry fits the car's named model.
 */
export function matchApplicability(
	applies: Applicability,
	car: CarFacts,
	answers: KeyAnswers,
	workingKeysNeeded = 0
): MatchResult {
	if (!car.makes.some((m) => applies.makes.some((a) => sameMake(a, m)))) {
		return { ok: false, reason: 'another make' };
	}
	const y = applies.years;
	if (
		car.year !== null &&
		y &&
		((y.from !== undefined && car.year < y.from) || (y.to !== undefined && car.year > y.to))
	) {
		return { ok: false, reason: `model year ${car.year} is outside the sourced years` };
	}
	const excluded = applies.exclusions.find((e) => e.cars?.some((x) => isExcludedCar(x, car)));
	if (excluded) return { ok: false, reason: `excluded: ${excluded.text}` };
	let pending: string[] = [];
	let exact = true;
	let models: readonly ModelRange[] = [];
	if (applies.models?.length) {
		const named = applies.models.filter((r) => !r.otherModels);
		const others = applies.models.filter((r) => r.otherModels);
		let fits = fitsOf(named, (r) => matchRange(r, car, answers));
		if (others.length > 0 && !fits.some(([, m]) => m.exact))
			fits = [...fits, ...fitsOf(others, (r) => matchOther(r, car, answers))];
		if (fits.length === 0) return { ok: false, reason: 'no listed model fits' };
		const settled = fits.filter(([, m]) => m.pending.length === 0);
		pending = settled.length ? [] : [...new Set(fits.flatMap(([, m]) => m.pending))];
		exact = (settled[0] ?? fits[0]!)[1].exact;
		models = (settled.length ? settled : fits).map(([r]) => r);
	}
	const own = checkAnswers(applies.answers, answers);
	if (own.out) return { ok: false, reason: own.out };
	pending.push(...own.pending);
	if (workingKeysNeeded > 0) {
		const have = workingKeyCount(answers['working-keys']);
		if (have === null && answers['working-keys'] !== UNSURE) pending.push('working-keys');
		else if (have !== null && have < workingKeysNeeded) {
			return { ok: false, reason: `needs ${workingKeysNeeded} working keys` };
		}
	}
	return {
		ok: true,
		pending: [...new Set(pending)],
		exact,
		models,
		yearUnconfirmed: unconfirmedYears(applies, models, car)
	};
}
