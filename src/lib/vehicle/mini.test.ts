import { describe, expect, it } from 'vitest';
import { computeCheckDigit } from './vin-check';
import { decodeMini, MINI_FIRST_GEN_CODES } from './mini';

/** A WMW VIN with positions 4-7 = code, year '3', plant 'T' and a correct check digit. */
function miniVin(code: string, plant = 'T'): string {
	const draft = `WMW${code}4_3${plant}J12345`.replace('_', '0');
	return draft.slice(0, 8) + (computeCheckDigit(draft) ?? '0') + draft.slice(9);
}

const EXPECTED: Record<string, [model: string, chassis: string, body: string]> = {
	RA: ['One', 'R50', '3-door hatch'],
	RB: ['One D', 'R50', '3-door hatch'],
	RC: ['Cooper', 'R50', '3-door hatch'],
	RD: ['One Convertible', 'R52', 'convertible'],
	RE: ['Cooper S', 'R53', '3-door hatch'],
	RF: ['Cooper Convertible', 'R52', 'convertible'],
	RH: ['Cooper S Convertible', 'R52', 'convertible']
};

describe('decodeMini', () => {
	it.each(MINI_FIRST_GEN_CODES.map((c) => [c]))('decodes %s per docs/domain.md §7', (code) => {
		const r = decodeMini(miniVin(code));
		const [model, chassis, body] = EXPECTED[code.slice(0, 2)] ?? [];
		expect(r?.generation).toBe('first');
		expect(r?.model).toBe(model);
		expect(r?.chassis).toBe(chassis);
		expect(r?.body).toBe(body);
		expect(r?.fuel).toBe(code.charAt(2) === '1' ? 'diesel' : 'petrol');
		const side = code.charAt(3);
		expect(r?.steering).toBe(side === '2' ? 'right' : 'left');
		expect(r?.market).toMatch(side === '3' ? /USA/ : side === '2' ? /right-hand/ : /left-hand/);
		expect(r?.plant).toBe('Oxford, England');
		expect(r?.confidence).toBe('C');
	});
	it('covers all 18 codes of docs/domain.md §7', () => {
		expect(MINI_FIRST_GEN_CODES).toHaveLength(18);
	});
	it('has R53 as the Cooper S hatch, not the convertible', () => {
		expect(decodeMini(miniVin('RE33'))?.chassis).toBe('R53');
		expect(decodeMini(miniVin('RH33'))?.chassis).toBe('R52');
	});
	it('recognises the second generation with low confidence', () => {
		const r = decodeMini('WMWMF73507TL12345');
		expect(r?.generation).toBe('second');
		expect(r?.chassis).toBe('R55/R56/R57');
		// No model name to repeat ("MINI Second-generation MINI …"): only the chassis family.
		expect(r?.model).toBeNull();
		expect(r?.confidence).toBe('U');
	});
	it('does not guess unknown codes or plants', () => {
		const r = decodeMini(miniVin('RC34', 'X'));
		expect(r?.generation).toBe('unknown');
		expect(r?.model).toBeNull();
		expect(r?.plant).toBeNull();
	});
	it('ignores other makes', () => {
		expect(decodeMini('WBA3A5C50CF256651')).toBeNull();
	});
});
