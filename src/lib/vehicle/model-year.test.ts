import { describe, expect, it } from 'vitest';
import { decodeModelYear } from './model-year';

const now = { currentYear: 2026 };

describe('decodeModelYear', () => {
	it('North-American: a digit at position 7 means 1980-2009, a guess on an unknown vehicle (C)', () => {
		const r = decodeModelYear('1M8GDM9AXKP042788', now);
		expect(r.year).toBe(1989);
		expect(r.candidates).toEqual([1989, 2019]);
		// The rule binds cars and light trucks from MY2010; we cannot tell the vehicle class.
		expect(r.confidence).toBe('C');
	});
	it('never decodes a year later than next year: a letter pointing at the future is capped', () => {
		// Position 7 'C' (a letter), position 10 'Y': 2000 or 2030. In 2026, 2030 cannot be.
		const r = decodeModelYear('1HGCM8CA0YA000000', now);
		expect(r.year).toBe(2000);
		expect(r.confidence).toBe('S');
		expect(r.note).toMatch(/2030 has not come yet/);
		// With "now" in 2029, 2030 is next year's model and allowed.
		expect(decodeModelYear('1HGCM8CA0YA000000', { currentYear: 2029 }).year).toBe(2030);
	});
	it('applies the position-7 rule to the US 7-codes too', () => {
		expect(decodeModelYear('7SAYGDEE0PF000000', now).year).toBe(2023);
	});
	it('North-American: a letter at position 7 means 2010-2039', () => {
		// Position 7 = 'C', position 10 = 'A'.
		expect(decodeModelYear('1HGCM8CA0AA000000', now).year).toBe(2010);
		expect(decodeModelYear('1HGCM8CA0BA000000', now).year).toBe(2011);
	});
	it('elsewhere takes the most recent year that is not in the future', () => {
		const r = decodeModelYear('WMWRC33423TJ12345', now);
		expect(r.year).toBe(2003);
		expect(r.candidates).toEqual([2003, 2033]);
		expect(r.confidence).toBe('C');
	});
	it('marks a real two-cycle ambiguity lower', () => {
		// 'A' = 1980 or 2010: both past, so 2010 is a guess.
		const r = decodeModelYear('WBA00000000000000'.slice(0, 9) + 'A' + '0000000', now);
		expect(r.year).toBe(2010);
		expect(r.confidence).toBe('S');
	});
	it('accepts the next model year (sold the calendar year before)', () => {
		// '7' = 2007 or 2037; 'T' = 1996 or 2026; 'V' = 1997 or 2027.
		expect(decodeModelYear('WBA000000V0000000', now).year).toBe(2027);
		expect(decodeModelYear('WBA000000T0000000', now).year).toBe(2026);
	});
	it('returns null with a note for the European 0 and Z', () => {
		for (const code of ['0', 'Z']) {
			const r = decodeModelYear(`WBA000000${code}0000000`, now);
			expect(r.year).toBeNull();
			expect(r.note).toMatch(/carries no model year/);
		}
	});
	it('returns null for codes that are never used (U)', () => {
		expect(decodeModelYear('WBA000000U0000000', now).year).toBeNull();
	});
});
