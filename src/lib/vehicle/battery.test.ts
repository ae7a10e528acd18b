import { describe, expect, it } from 'vitest';
import { interpretBattery } from './battery';

describe('interpretBattery', () => {
	it('engine off: rested-good from 12.4 V, said as "probably", never "good for a key session"', () => {
		expect(interpretBattery(12.4, false).verdict).toBe('rested-good');
		const r = interpretBattery(12.7, false);
		expect(r.verdict).toBe('rested-good');
		expect(r.advice).toMatch(/probably well charged/);
		expect(r.advice).toMatch(/±2 %.*driven or charged/);
		expect(r.advice).not.toMatch(/good for a key session|well charged\. Good/i);
	});
	it('shows the weakest mark of the facts a verdict rests on', () => {
		// rested-good rests on the battery makers' table (C) and the adapter's ±2 % (M): C.
		expect(interpretBattery(12.7, false).confidence).toBe('C');
		expect(interpretBattery(12.7, false).source).toMatch(/Battery makers.*ELM327 datasheet/);
		// charging rests on a single repair reference (S).
		expect(interpretBattery(14.1, true).confidence).toBe('S');
		// low with the BC1 note: the table (C) and BMW repair information (M): C, not M.
		expect(interpretBattery(11.5, false, { bc1: true }).confidence).toBe('C');
	});
	it('speaks of BC1 only for a car that has one', () => {
		expect(interpretBattery(11.5, false).advice).not.toMatch(/BC1/);
		expect(interpretBattery(11.5, false, { bc1: true }).advice).toMatch(/BC1.*11\.8 V.*12\.2 V/);
	});
	it('says it only conditionally when the MINI’s generation is unknown', () => {
		const maybe = interpretBattery(11.5, false, { bc1: 'maybe' });
		expect(maybe.advice).toMatch(
			/If this is a first-generation MINI, built until about 2008, the body module \(BC1\).*11\.8 V/
		);
		expect(maybe.advice).not.toMatch(/On this MINI/);
		expect(maybe.confidence).toBe('C');
		expect(interpretBattery(11.5, false, { bc1: true }).advice).toMatch(
			/On this MINI the body module/
		);
	});
	it('never speaks of programming keys (FobSync only reads)', () => {
		for (const v of [null, 3, 11, 12.1, 12.6, 13.2, 14, 15.5]) {
			for (const running of [true, false, null]) {
				expect(interpretBattery(v, running, { bc1: true }).advice).not.toMatch(/programming/);
			}
		}
	});
	it('engine off: weak from 12.0 to just under 12.4 V', () => {
		expect(interpretBattery(12.39, false).verdict).toBe('weak');
		expect(interpretBattery(12.0, false).verdict).toBe('weak');
		expect(interpretBattery(12.2, false).advice).toMatch(/Charge it/);
	});
	it('engine off: low under 12.0 V', () => {
		const r = interpretBattery(11.9, false);
		expect(r.verdict).toBe('low');
		expect(r.advice).toMatch(/low\. Charge it/);
	});
	it('engine running: charging between 13.5 and 14.8 V', () => {
		expect(interpretBattery(13.5, true).verdict).toBe('charging');
		expect(interpretBattery(14.8, true).verdict).toBe('charging');
		expect(interpretBattery(14.1, true).confidence).toBe('S');
	});
	it('engine running: above 14.8 V is charging but flagged', () => {
		const r = interpretBattery(15.2, true);
		expect(r.verdict).toBe('charging');
		expect(r.advice).toMatch(/checked/);
	});
	it('engine running: under 13.5 V is weak, under 12.0 V low', () => {
		expect(interpretBattery(13.4, true).verdict).toBe('weak');
		expect(interpretBattery(11.5, true).verdict).toBe('low');
	});
	it('unknown engine state: a charging voltage reads as charging', () => {
		expect(interpretBattery(14.0, null).verdict).toBe('charging');
		expect(interpretBattery(12.5, null).verdict).toBe('rested-good');
	});
	it('no reading or an implausible one is unknown', () => {
		expect(interpretBattery(null, false).verdict).toBe('unknown');
		expect(interpretBattery(Number.NaN, false).verdict).toBe('unknown');
		expect(interpretBattery(3.1, false).verdict).toBe('unknown');
		expect(interpretBattery(24.5, true).verdict).toBe('unknown');
	});
	it('hedges readings within the adapter’s ±2 % of a boundary', () => {
		expect(interpretBattery(12.45, false).nearBoundary).toBe(true);
		expect(interpretBattery(12.45, false).advice).toMatch(/meter/);
		expect(interpretBattery(12.9, false).nearBoundary).toBe(false);
	});
});
