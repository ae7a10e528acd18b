import { describe, expect, it } from 'vitest';
import { interpretBattery } from './battery';

describe('interpretBattery', () => {
	it('engine off: rested-good from 12.4 V', () => {
		expect(interpretBattery(12.4, false).verdict).toBe('rested-good');
		expect(interpretBattery(12.7, false).verdict).toBe('rested-good');
	});
	it('engine off: weak from 12.0 to just under 12.4 V', () => {
		expect(interpretBattery(12.39, false).verdict).toBe('weak');
		expect(interpretBattery(12.0, false).verdict).toBe('weak');
		expect(interpretBattery(12.2, false).advice).toMatch(/Charge it/);
	});
	it('engine off: low under 12.0 V, mentioning BC1 load shedding', () => {
		const r = interpretBattery(11.9, false);
		expect(r.verdict).toBe('low');
		expect(r.advice).toMatch(/BC1.*11\.8 V.*12\.2 V/);
		expect(r.confidence).toBe('M');
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
