/**
 * VIN syntax and the 49 CFR 565 check digit (docs/domain.md §7).
 *
 *   position  1 2 3 | 4 5 6 7 8 | 9     | 10   11    12..17
 *             WMI   | descriptor| check | year plant serial
 *
 * Source of the check-digit rules below [M]: 49 CFR 565.15 (transliteration,
 * weights, modulus 11).
 */

/** Letter values for the check digit; digits keep their own value. I, O and Q are never used. */
// prettier-ignore
const TRANSLITERATION: Readonly<Record<string, number>> = {
	A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8,
	J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9,
	S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9
};

/** Weight of each position 1..17; position 9 (the check digit itself) weighs 0. */
// prettier-ignore
export const CHECK_DIGIT_WEIGHTS: readonly number[] = [
	8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2
];

const VIN_CHAR = /^[A-HJ-NPR-Z0-9]$/;

/** Upper-cases and removes surrounding blanks, inner spaces and dashes. */
export function normaliseVin(input: string): string {
	return input
		.trim()
		.toUpperCase()
		.replace(/[\s-]+/g, '');
}

/** Check-digit value of one VIN character, or null when the character is never used in VINs. */
export function transliterate(char: string): number | null {
	if (!VIN_CHAR.test(char)) return null;
	const digit = Number.parseInt(char, 10);
	return Number.isNaN(digit) ? (TRANSLITERATION[char] ?? null) : digit;
}

/**
 * The check digit ('0'-'9' or 'X') a 17-character VIN should carry at position 9,
 * or null when the VIN is not 17 valid characters.
 */
export function computeCheckDigit(vin: string): string | null {
	if (vin.length !== 17) return null;
	let sum = 0;
	for (let i = 0; i < 17; i++) {
		const value = transliterate(vin.charAt(i));
		if (value === null) return null;
		sum += value * (CHECK_DIGIT_WEIGHTS[i] ?? 0);
	}
	const rest = sum % 11;
	return rest === 10 ? 'X' : String(rest);
}

/**
 * Whether the check digit must be right: every vehicle built for the US market
 * carries one, whoever made it (49 CFR 565.2 applies Part 565 to all of them).
 * A VIN counts as US-market when it was assigned in North America (first
 * character 1-5, or 7 except New Zealand's 7A-7E, see wmi.ts) or when the maker's own code says so (MINI:
 * position 7 = 3, "USA"). Elsewhere a check digit is optional, so a mismatch
 * there is no error; where nothing tells the market, `validateVin` words a
 * mismatch as a condition ("if this car was built for the US market…").
 */
export function checkDigitApplies(vin: string): boolean {
	return usMarket(vin) !== null;
}

/** Why a VIN is taken as built for the US market, in plain words; null when nothing says so. */
export function usMarket(vin: string): string | null {
	if (/^([1-5]|7[^A-E])/.test(vin)) return 'its maker code was assigned in North America';
	if (/^WMW.{3}3/.test(vin)) return 'its model code marks a MINI built for the USA';
	return null;
}

/**
 * Whether the maker's own code marks a market other than the US (MINI position
 * 7 = 1 or 2, docs/domain.md §7). Most VINs say nothing either way.
 */
function otherMarket(vin: string): boolean {
	return /^WMW.{3}[12]/.test(vin);
}

/** Outcome of checking a VIN typed by the user or reported by the car. */
export interface VinCheck {
	/** The VIN after normalising (upper case, no spaces or dashes). */
	readonly vin: string;
	/** 17 characters, all of them allowed in VINs. */
	readonly wellFormed: boolean;
	/** The check digit is mandatory for this VIN (a US-market VIN, see `usMarket`). */
	readonly checkDigitApplies: boolean;
	/** The check digit this VIN should carry, when well formed. */
	readonly expectedCheckDigit: string | null;
	/** Whether position 9 matches; null when the VIN is not well formed. */
	readonly checkDigitOk: boolean | null;
	/** Well formed, and the check digit is right where it is mandatory. */
	readonly valid: boolean;
	/** Plain-language reasons the VIN is wrong, most useful first. */
	readonly problems: readonly string[];
	/** Plain-language remarks that are not errors. */
	readonly notes: readonly string[];
}

const LOOKALIKE: Readonly<Record<string, string>> = { O: '0 (zero)', Q: '0 (zero)', I: '1 (one)' };

/** Checks characters, length and check digit of a VIN and explains any problem in plain words. */
export function validateVin(input: string): VinCheck {
	const vin = normaliseVin(input);
	const problems: string[] = [];
	const notes: string[] = [];
	if (vin.length === 0) {
		problems.push(
			'No VIN entered. It has 17 characters and is printed at the bottom of the windscreen and in the registration papers.'
		);
	}
	const badChars: string[] = [];
	for (let i = 0; i < vin.length; i++) {
		const c = vin.charAt(i);
		if (VIN_CHAR.test(c)) continue;
		const alike = LOOKALIKE[c];
		badChars.push(
			alike
				? `The letter ${c} (position ${i + 1}) is never used in a VIN; did you mean ${alike}?`
				: `"${c}" (position ${i + 1}) cannot appear in a VIN: only digits and capital letters are used.`
		);
	}
	problems.push(...badChars);
	if (vin.length > 0 && vin.length !== 17) {
		problems.push(`A VIN has 17 characters; this one has ${vin.length}.`);
	}
	const wellFormed = vin.length === 17 && badChars.length === 0;
	const applies = wellFormed && checkDigitApplies(vin);
	const expected = wellFormed ? computeCheckDigit(vin) : null;
	const actual = vin.charAt(8);
	const checkDigitOk = expected === null ? null : expected === actual;
	if (checkDigitOk === false) {
		if (applies) {
			problems.unshift(
				`This VIN does not add up: its 9th character, the check digit, is "${actual}", but the other 16 characters need "${expected}". Every car built for the US market carries a correct one, so one character is probably misread. Please compare the VIN with the car again.`
			);
		} else if (otherMarket(vin)) {
			notes.push(
				'The 9th character is not a check digit. Makers outside North America need not use one, so this is not an error.'
			);
		} else {
			// Market unknown: a US-market car must carry a right one (49 CFR 565.2), others
			// need not, so the owner gets the condition rather than a verdict either way.
			notes.push(
				'If this car was built for the US market, one character of this VIN is misread: check it against the car. Makers elsewhere need not use the 9th character as a check digit, so on other cars this is not an error.'
			);
		}
	} else if (checkDigitOk && !applies) {
		notes.push(
			'The 9th character is a correct check digit, a good sign the VIN was read correctly. Makers outside North America may use one too, so it does not tell which market the car was built for.'
		);
	}
	return {
		vin,
		wellFormed,
		checkDigitApplies: applies,
		expectedCheckDigit: expected,
		checkDigitOk,
		valid: wellFormed && (!applies || checkDigitOk === true),
		problems,
		notes
	};
}
