import { describe, expect, it } from 'vitest';
import { decodeVin } from '../vehicle';
import { findProcedures } from './finder';
import { vehicleLabel } from './car-label';
import { CATALOGUE } from './test/full-catalogue';

/** The car as the guide's "Your car" line names it: year, make, model, chassis. */

const YEAR = 2025;
const labelOfVin = (vin: string) => {
	const r = findProcedures({ car: { by: 'vin', vin }, currentYear: YEAR }, CATALOGUE);
	if (!r.ok) throw new Error(r.error);
	return r.car.label;
};

describe('the car named as an owner knows it', () => {
	it.each([
		['WMWRE33455TD12345', '2005 MINI Cooper S (R53)'],
		['WMWRC33483TE12345', '2003 MINI Cooper (R50)'],
		['WMWRF33474TE12345', '2004 MINI Cooper Convertible (R52)'],
		['WMWMF73567TL12345', '2007 MINI (R55, R56 or R57)'],
		['WBAAV33421FU12345', '2001 BMW']
	])('a typed VIN %s: "%s"', (vin, label) => {
		expect(labelOfVin(vin)).toBe(label);
	});

	it('a scanned car reads the same as its VIN, on the "adapter read" line too', () => {
		const vehicle = decodeVin('WMWRE33455TD12345', { currentYear: YEAR });
		const r = findProcedures({ car: { by: 'vehicle', vehicle }, currentYear: YEAR }, CATALOGUE);
		expect(r.ok && r.car.label).toBe('2005 MINI Cooper S (R53)');
		expect(vehicleLabel(vehicle)).toBe('2005 MINI Cooper S (R53)');
		// What a scan without a VIN knows: the make and the year, or nothing but the make.
		expect(vehicleLabel({ ...vehicle, model: null, chassis: null })).toBe('2005 MINI');
		expect(vehicleLabel({ ...vehicle, model: null, chassis: 'R53', modelYear: null })).toBe(
			'MINI (R53)'
		);
	});

	it('a picked make, model and year: the year first, the model as picked, the make once', () => {
		const pick = (make: string, model: string | null, year: number | null) => {
			const r = findProcedures(
				{ car: { by: 'pick', make, model, year }, currentYear: YEAR },
				CATALOGUE
			);
			return r.ok ? r.car.label : r.error;
		};
		expect(pick('MINI', 'MINI One / Cooper hatch (R50)', 2003)).toBe(
			'2003 MINI One / Cooper hatch (R50)'
		);
		expect(pick('BMW', 'BMW 3 Series (E46)', 2002)).toBe('2002 BMW 3 Series (E46)');
		expect(pick('Ford', 'F-150', 2005)).toBe('2005 Ford F-150');
		expect(pick('Suzuki', 'other', 2005)).toBe('2005 Suzuki');
		expect(pick('Suzuki', 'other', null)).toBe('Suzuki');
	});
});
