import { describe, expect, it } from 'vitest';
import { decodeVin } from './vin-decode';
import { WMI_TABLE } from './wmi';

const now = { currentYear: 2026 };

describe('decodeVin', () => {
	it('decodes the starting case: a 2003 MINI Cooper (R50)', () => {
		const v = decodeVin('WMWRC33423TJ12345', now);
		expect(v).toMatchObject({
			make: 'MINI',
			model: 'MINI Cooper',
			chassis: 'R50',
			modelYear: 2003,
			body: '3-door hatch',
			engine: 'petrol',
			steering: 'left',
			market: 'USA',
			plant: 'Oxford, England',
			confidence: 'C'
		});
		expect(v.notes.join(' ')).toMatch(/single source/);
	});
	it('decodes a right-hand-drive Cooper S', () => {
		const v = decodeVin('WMWRE32403TJ12345', now);
		expect(v.chassis).toBe('R53');
		expect(v.steering).toBe('right');
	});
	it('names the maker of other cars and leaves the rest null', () => {
		const v = decodeVin('1HGCM82633A004352', now);
		expect(v.make).toBe('Honda');
		expect(v.modelYear).toBe(2003);
		expect(v.model).toBeNull();
		expect(v.notes[0]).toMatch(/Honda/);
	});
	it('says when the maker is not in the table', () => {
		const v = decodeVin('9ZZ00000000000000', now);
		expect(v.make).toBeNull();
		expect(v.confidence).toBe('U');
		expect(v.notes[0]).toMatch(/not in our table.*South America/);
	});
	it('does not decode garbage', () => {
		const v = decodeVin('hello', now);
		expect(v.make).toBeNull();
		expect(v.notes[0]).toMatch(/not a 17-character VIN/);
	});
	it('holds at least 80 WMIs including the required makes', () => {
		expect(Object.keys(WMI_TABLE).length).toBeGreaterThanOrEqual(80);
		for (const wmi of [
			'WBA',
			'WBS',
			'WBX',
			'4US',
			'5UX',
			'WMW',
			'WVW',
			'WAU',
			'WDD',
			'1FA',
			'1G1'
		]) {
			expect(WMI_TABLE[wmi], wmi).toBeDefined();
		}
		for (const wmi of ['JT2', 'JHM', 'JN1', 'KMH', 'KNA', 'YV1', 'WP0', 'ZFA', 'VF1', 'VF3']) {
			expect(WMI_TABLE[wmi], wmi).toBeDefined();
		}
		for (const wmi of ['VF7', 'TMB', 'VSS', 'W0L', 'SAL', 'SAJ', 'JF1', 'JM1', 'JA3', '5YJ']) {
			expect(WMI_TABLE[wmi], wmi).toBeDefined();
		}
	});
});
