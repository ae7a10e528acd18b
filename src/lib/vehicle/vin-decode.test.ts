import { describe, expect, it } from 'vitest';
import { decodeVin } from './vin-decode';
import { WMI_TABLE } from './wmi';

const now = { currentYear: 2026 };

describe('decodeVin', () => {
	it('decodes the starting case: a 2003 MINI Cooper (R50)', () => {
		const v = decodeVin('WMWRC33423TJ12345', now);
		expect(v).toMatchObject({
			make: 'MINI',
			model: 'Cooper',
			chassis: 'R50',
			modelYear: 2003,
			body: '3-door hatch',
			engine: 'petrol',
			steering: 'left',
			market: 'USA',
			plant: 'Oxford, England',
			confidence: 'C'
		});
		expect(v.notes.join(' ')).toMatch(/Only one table says so/);
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
		expect(v.notes[0]).toMatch(/not in FobSync's list.*South America/);
	});
	it('reads a 7-code as a US maker, not Oceania', () => {
		const v = decodeVin('7SAYGDEE0PF000000', now);
		expect(v.make).toBe('Tesla');
		expect(v.notes[0]).toMatch(/United States/);
		expect(decodeVin('7ZZ00000000000000', now).notes[0]).toMatch(/North America \(United States\)/);
	});
	it('never claims more than the year decode allows', () => {
		// 'Y' at position 10 on a VIN from elsewhere: 2000 or 2030, 2000 taken (C); the car's
		// own mark may not be stronger than that.
		expect(decodeVin('WMWRC33423TJ12345', now).confidence).toBe('C');
		// 'A' = 1980 or 2010: both past, so the year is a guess and the whole decode says so.
		expect(decodeVin('WMWRC3340ATJ12345', now).confidence).toBe('S');
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
