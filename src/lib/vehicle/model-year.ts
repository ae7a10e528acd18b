import type { Confidence, Sourced } from './sourced';

/**
 * Model year from VIN position 10 (docs/domain.md §7).
 *
 * The code repeats every 30 years: A=1980/2010 … Y=2000/2030, 1=2001/2031 …
 * 9=2009/2039 (I, O, Q, U, Z and 0 are never used). For cars, MPVs and light
 * trucks from MY2010, position 7 settles the cycle: a letter there means
 * 2010-2039, a digit 1980-2009. The rule binds only those vehicles, so using
 * it on a car we cannot classify is a reasoned guess (C, not M). No year later
 * than next year is ever decoded: a car is sold as next year's model at most a
 * year early.
 */
export const MODEL_YEAR_FACTS = {
	cycle: {
		confidence: 'M',
		source: 'US federal VIN rules (49 CFR Part 565), model-year codes'
	},
	/** The rule itself is the regulator's; applying it to a car we cannot classify is a guess. */
	position7Rule: {
		confidence: 'C',
		source:
			'US federal VIN rules (49 CFR Part 565) as amended in 2008 (Federal Register 73 FR 23367): cars and light trucks from model year 2010'
	},
	europeanBlank: {
		confidence: 'C',
		source: 'VIN references (European VINs may carry 0 or Z in position 10)'
	}
} as const satisfies Record<string, Sourced>;

/** Year codes of the 1980-2009 cycle, in order. */
const CODES = 'ABCDEFGHJKLMNPRSTVWXY123456789';

export interface ModelYearResult extends Sourced {
	/** The chosen model year, or null when position 10 carries none. */
	readonly year: number | null;
	/** Every year the code can stand for (two cycles). */
	readonly candidates: readonly number[];
	/** Plain-language remark on how the year was chosen. */
	readonly note: string;
}

export interface ModelYearOptions {
	/** The current calendar year ("now", injectable for tests); defaults to the clock. */
	readonly currentYear?: number;
}

/** Decodes VIN position 10, choosing between the 30-year cycles as explained in the result. */
export function decodeModelYear(vin: string, options: ModelYearOptions = {}): ModelYearResult {
	const code = vin.charAt(9);
	const currentYear = options.currentYear ?? new Date().getFullYear();
	if (code === '0' || code === 'Z') {
		return {
			year: null,
			candidates: [],
			note: `This VIN carries no model year (position 10 is "${code}", common on European VINs).`,
			...MODEL_YEAR_FACTS.europeanBlank
		};
	}
	const index = CODES.indexOf(code);
	if (code === '' || index < 0) {
		return {
			year: null,
			candidates: [],
			note: `Position 10 ("${code}") is not a model-year code, so the year is not known.`,
			confidence: 'U',
			source: MODEL_YEAR_FACTS.cycle.source
		};
	}
	const early = 1980 + index;
	const late = early + 30;
	const candidates = [early, late];
	const cap = currentYear + 1;
	const position7 = vin.charAt(6);
	if (/^[1-57]/.test(vin) && /^[0-9A-Z]$/.test(position7)) {
		const alphabetic = /[A-Z]/.test(position7);
		if (!alphabetic) {
			return {
				year: early,
				candidates,
				note: `The year code "${code}" means ${early} or ${late}. Position 7 is a digit, which on cars and light trucks means the earlier one.`,
				...MODEL_YEAR_FACTS.position7Rule
			};
		}
		if (late <= cap) {
			return {
				year: late,
				candidates,
				note: `The year code "${code}" means ${early} or ${late}. Position 7 is a letter, which on cars and light trucks from 2010 means the later one.`,
				...MODEL_YEAR_FACTS.position7Rule
			};
		}
		// A letter points at a year still to come: an older car that used a letter there.
		return {
			year: early,
			candidates,
			note: `The year code "${code}" means ${early} or ${late}. ${late} has not come yet, so ${early} is the likelier year.`,
			confidence: 'S',
			source: MODEL_YEAR_FACTS.cycle.source
		};
	}
	const notFuture = candidates.filter((y) => y <= cap);
	const year = notFuture.length > 0 ? Math.max(...notFuture) : early;
	// Both cycles already past: a real ambiguity, so the guess is weaker.
	const confidence: Confidence = notFuture.length > 1 ? 'S' : 'C';
	return {
		year,
		candidates,
		note:
			notFuture.length > 1
				? `The year code "${code}" means ${early} or ${late}; FobSync takes the more recent one. Check it against the registration document.`
				: `The year code "${code}" means ${early} or ${late}; ${late} has not come yet.`,
		confidence,
		source: MODEL_YEAR_FACTS.cycle.source
	};
}
