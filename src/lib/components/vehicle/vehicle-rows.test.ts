import { describe, expect, it } from 'vitest';
import type { VehicleReport } from '$lib/scan/types';
import { decodeVin } from '$lib/vehicle/vin-decode';
import { weakestConfidence } from '$lib/vehicle/sourced';
import { vehicleRows } from './vehicle-rows';

const NOW = { currentYear: 2026 };
const reportFor = (vin: string, vehicle = decodeVin(vin, NOW)) =>
	({ vin, vehicle }) as unknown as VehicleReport;

describe('the vehicle card’s rows and their marks', () => {
	it('a US MINI Cooper S: fuel, steering and market rest on one table and say so; body and plant sit under the name’s mark', () => {
		const report = reportFor('WMWRE33455TD12345');
		expect(report.vehicle?.confidence).toBe('C');
		const rows = Object.fromEntries(vehicleRows(report).map((r) => [r.label, r]));
		expect(rows['Fuel']).toMatchObject({ value: 'petrol', mark: 'S', ownMark: 'S' });
		expect(rows['Steering']).toMatchObject({ value: 'Left-hand drive', ownMark: 'S' });
		expect(rows['Market']).toMatchObject({ value: 'USA', ownMark: 'S' });
		expect(rows['Body']).toMatchObject({ mark: 'C', ownMark: null });
		expect(rows['Built in']).toMatchObject({ value: 'Oxford, England', mark: 'C', ownMark: null });
	});

	it('no row is ever shown under a mark surer than its own', () => {
		for (const vin of [
			'WMWRE33455TD12345',
			'WMWRC33423TJ12345',
			'WMWRD31416TG12345',
			'WMWMF33538TL12345',
			'WMWZZ99998TL12345',
			'1G1ZD5STXJF123456'
		]) {
			const report = reportFor(vin);
			for (const row of vehicleRows(report)) {
				const shown = row.ownMark ?? report.vehicle!.confidence;
				expect(weakestConfidence(shown, row.mark), `${vin} ${row.label}`).toBe(shown);
			}
		}
	});

	it('a report saved before rows had marks gets them from its VIN again', () => {
		const { marks: _dropped, ...old } = decodeVin('WMWRE33455TD12345', NOW);
		void _dropped;
		const rows = vehicleRows(reportFor('WMWRE33455TD12345', old));
		expect(rows.find((r) => r.label === 'Market')?.ownMark).toBe('S');
		// Without a VIN to decode, a row's mark is "unclear", never the name's.
		const noVin = vehicleRows({ vin: null, vehicle: old } as unknown as VehicleReport);
		expect(noVin.find((r) => r.label === 'Market')?.ownMark).toBe('U');
	});
});
