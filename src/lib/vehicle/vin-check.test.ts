import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	checkDigitApplies,
	computeCheckDigit,
	normaliseVin,
	transliterate,
	usMarket,
	validateVin
} from './vin-check';
import { regionOf } from './wmi';

const ALPHABET = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'.split('');
const vinChar = fc.constantFrom(...ALPHABET);
/** 17 valid characters with the computed check digit at position 9. */
const validVin = fc.array(vinChar, { minLength: 17, maxLength: 17 }).map((chars) => {
	const draft = chars.join('');
	const digit = computeCheckDigit(draft) ?? '0';
	return draft.slice(0, 8) + digit + draft.slice(9);
});

describe('computeCheckDigit', () => {
	it('matches the textbook example 1M8GDM9AXKP042788 (X)', () => {
		expect(computeCheckDigit('1M8GDM9AXKP042788')).toBe('X');
		expect(validateVin('1M8GDM9AXKP042788').valid).toBe(true);
	});
	it('matches a real Honda VIN', () => {
		expect(validateVin('1HGCM82633A004352').checkDigitOk).toBe(true);
	});
	it('returns null for short or invalid input', () => {
		expect(computeCheckDigit('WMW')).toBeNull();
		expect(computeCheckDigit('1M8GDM9AXKP04278O')).toBeNull();
	});
	it('transliterates letters per 49 CFR 565', () => {
		expect(transliterate('A')).toBe(1);
		expect(transliterate('J')).toBe(1);
		expect(transliterate('P')).toBe(7);
		expect(transliterate('R')).toBe(9);
		expect(transliterate('S')).toBe(2);
		expect(transliterate('Z')).toBe(9);
		expect(transliterate('7')).toBe(7);
		expect(transliterate('O')).toBeNull();
	});
});

describe('normaliseVin', () => {
	it('trims, upper-cases and strips spaces and dashes', () => {
		expect(normaliseVin('  wmw-rc334 23tj 12345 ')).toBe('WMWRC33423TJ12345');
	});
});

describe('validateVin', () => {
	it('a US-market MINI (position 7 = 3) must carry a correct check digit', () => {
		const r = validateVin('WMWRC33423TJ12345');
		expect(r.checkDigitApplies).toBe(true);
		expect(r.valid).toBe(true);
		const typo = validateVin('WMWRC33403TJ12345');
		expect(typo.valid).toBe(false);
		expect(typo.problems[0]).toMatch(/check digit.*"0".*"2".*US market/);
	});
	it('describes a match elsewhere without claiming it proves the market', () => {
		// A right-hand-drive MINI (position 7 = 2) whose check digit happens to be right.
		const ok = validateVin(computeWith('WMWRC32403TJ12345'));
		expect(ok.checkDigitApplies).toBe(false);
		expect(ok.checkDigitOk).toBe(true);
		expect(ok.notes.join(' ')).toMatch(/good sign.*does not tell which market/);
		expect(ok.notes.join(' ')).not.toMatch(/built for the North-American market/);
	});
	it('takes VINs starting with 7 (US makers today) as US-market', () => {
		expect(checkDigitApplies('7SAYGDEE0PF000000')).toBe(true);
		// 7A-7E are New Zealand's: no US check-digit rule there.
		for (const nz of ['7AT0000000X000000', '7B20000000X000000', '7E00000000X000000'])
			expect(checkDigitApplies(nz), nz).toBe(false);
		expect(regionOf('7AT0000000X000000')).toBe('Oceania (New Zealand)');
		expect(regionOf('7SAYGDEE0PF000000')).toBe('North America (United States)');
		expect(checkDigitApplies('6FPAAAJGCM0000000')).toBe(false);
		expect(usMarket('WMWRE33455TD12345')).toMatch(/MINI built for the USA/);
		expect(usMarket('WBA3A5C50CF256651')).toBeNull();
	});
	it('does not fail a European VIN on its check digit', () => {
		const right = computeWith('WMWRC32403TJ12345');
		const r = validateVin(
			right.slice(0, 8) + (right.charAt(8) === '1' ? '2' : '1') + right.slice(9)
		);
		expect(r.checkDigitOk).toBe(false);
		expect(r.valid).toBe(true);
		expect(r.problems).toEqual([]);
		expect(r.notes.join(' ')).toMatch(/not an error/);
	});
	it('a German-made BMW with a mistyped check digit: warned on condition, neither failed nor cleared', () => {
		// Position 9 should be "1"; nothing in a BMW VIN tells its market.
		const r = validateVin('WBAPH5C55BA123456');
		expect(r.expectedCheckDigit).toBe('1');
		expect(r.checkDigitOk).toBe(false);
		expect(r.checkDigitApplies).toBe(false);
		expect(r.valid).toBe(true);
		expect(r.problems).toEqual([]);
		expect(r.notes[0]).toMatch(
			/^If this car was built for the US market, one character of this VIN is misread: check it against the car\./
		);
		expect(r.notes.join(' ')).not.toMatch(/^The 9th character is not a check digit/);
	});
	it('fails a North-American VIN whose check digit is wrong, naming the expected one', () => {
		const r = validateVin('1M8GDM9A5KP042788');
		expect(r.checkDigitApplies).toBe(true);
		expect(r.checkDigitOk).toBe(false);
		expect(r.valid).toBe(false);
		expect(r.problems[0]).toMatch(/check digit.*"5".*"X"/);
	});
	it('explains the letter O', () => {
		const r = validateVin('WMWRC33423TJ1234O');
		expect(r.wellFormed).toBe(false);
		expect(r.problems[0]).toBe(
			'The letter O (position 17) is never used in a VIN; did you mean 0 (zero)?'
		);
	});
	it('explains I and Q', () => {
		expect(validateVin('IMWRC33423TJ12345').problems[0]).toMatch(/letter I .*1 \(one\)/);
		expect(validateVin('WMWRC33423TJ1234Q').problems[0]).toMatch(/letter Q .*0 \(zero\)/);
	});
	it('explains other characters and wrong length', () => {
		const r = validateVin('WMW#RC33');
		expect(r.problems).toContain(
			'"#" (position 4) cannot appear in a VIN: only digits and capital letters are used.'
		);
		expect(r.problems).toContain('A VIN has 17 characters; this one has 8.');
		expect(r.checkDigitOk).toBeNull();
	});
	it('says so when nothing was entered', () => {
		expect(validateVin('   ').problems[0]).toMatch(/No VIN entered/);
	});
});

describe('check digit properties', () => {
	it('any VIN with its computed check digit passes', () => {
		fc.assert(
			fc.property(validVin, (vin) => {
				const r = validateVin(vin);
				expect(r.checkDigitOk).toBe(true);
				expect(r.valid).toBe(true);
			})
		);
	});
	it('changing one character breaks it unless the value transliterates the same', () => {
		fc.assert(
			fc.property(validVin, fc.integer({ min: 0, max: 16 }), vinChar, (vin, pos, c) => {
				const changed = vin.slice(0, pos) + c + vin.slice(pos + 1);
				const same =
					pos === 8 ? c === vin.charAt(8) : transliterate(c) === transliterate(vin.charAt(pos));
				expect(validateVin(changed).checkDigitOk).toBe(same);
			})
		);
	});
	it('a broken check digit fails every North-American VIN', () => {
		fc.assert(
			fc.property(validVin, fc.constantFrom('1', '2', '3', '4', '5'), (vin, first) => {
				const na = computeWith(first + vin.slice(1));
				const wrong = na.slice(0, 8) + (na.charAt(8) === '0' ? '1' : '0') + na.slice(9);
				expect(validateVin(wrong).valid).toBe(false);
			})
		);
	});
});

function computeWith(vin: string): string {
	return vin.slice(0, 8) + (computeCheckDigit(vin) ?? '0') + vin.slice(9);
}
