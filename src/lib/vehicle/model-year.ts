import type { Confidence, Sourced } from './sourced';

/**
 * Model year from VIN position 10.
 *
 * The code repeats every 30 years: A=1980/2010 … Y=2000/2030, 1=2001/2031 …
 * 9=2009/2039 (I, O, Q, U, Z and 0 are never used). For North-American
 * passenger cars, MPVs and light trucks from MY2010, position 7 settles the
 * cycle: a digit there means 1980-2009, a letter 2010-2039.
 */

export const MODEL_YEAR_FACTS = {
	cycle: {
		confidence: 'M',
		source: '49 CFR 565.15 Table (model year codes); DOMAIN.md §7'
	},
	position7Rule: {
		confidence: 'M',
		source:
			'49 CFR 565.15 footnote, NHTSA final rule 73 FR 23367 (2008): position 7 numeric ⇒ 1980-2009, alphabetic ⇒ 2010-2039 (light vehicles, from MY2010)'
	},
	europeanBlank: {
		confidence: 'C',
		source: 'DOMAIN.md §7: European VINs may carry 0 or Z at position 10 (no model year)'
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
	/** The current calendar year; defaults to the clock. */
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
			note: `Position 10 is "${code}": this VIN does not carry a model year (common on European VINs).`,
			...MODEL_YEAR_FACTS.europeanBlank
		};
	}
	const index = CODES.indexOf(code);
	if (code === '' || index < 0) {
		return {
			year: null,
			candidates: [],
			note: `Position 10 ("${code}") is not a model-year code.`,
			confidence: 'U',
			source: MODEL_YEAR_FACTS.cycle.source
		};
	}
	const early = 1980 + index;
	const late = early + 30;
	const candidates = [early, late];
	const position7 = vin.charAt(6);
	if (/^[1-5]/.test(vin) && /^[0-9A-Z]$/.test(position7)) {
		const alphabetic = /[A-Z]/.test(position7);
		const year = alphabetic ? late : early;
		// A letter at position 7 only settles the cycle for MY2010 onwards; a digit
		// before 2010 was the norm. Heavy vehicles and trailers are exempt (we cannot tell).
		return {
			year,
			candidates,
			note: `Position 7 is ${alphabetic ? 'a letter' : 'a digit'}, which for North-American light vehicles means ${alphabetic ? '2010-2039' : '1980-2009'}.`,
			...MODEL_YEAR_FACTS.position7Rule
		};
	}
	const notFuture = candidates.filter((y) => y <= currentYear + 1);
	const year = notFuture.length > 0 ? Math.max(...notFuture) : early;
	// Both cycles already past: a real ambiguity, so the guess is weaker.
	const confidence: Confidence = notFuture.length > 1 ? 'S' : 'C';
	return {
		year,
		candidates,
		note: `Code "${code}" stands for ${early} or ${late}; the most recent year not in the future was taken.`,
		confidence,
		source: MODEL_YEAR_FACTS.cycle.source
	};
}
