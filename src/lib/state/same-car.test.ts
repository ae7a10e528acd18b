import { describe, expect, it } from 'vitest';
import type { CarQuery } from '../resync/types';
import { decodeVin } from '../vehicle';
import { carOfReport, sameCar } from './same-car';

/** Two first-generation MINIs: the same make, two cars (check digits valid). */
const FIRST = 'WMWRE33455TD12345';
const SECOND = 'WMWRE33485TD67890';

/** What a scan reads off a car with this VIN (or none: the make alone, as an adapter without 0902 gives). */
function read(vin: string | null, make = 'MINI') {
	const vehicle = vin ? decodeVin(vin, { currentYear: 2025 }) : { ...decodeVin(FIRST), make };
	return { vin, vehicle };
}

describe('the same car, for keeping the owner’s answers', () => {
	it('a second MINI read by the adapter is another car: told apart by VIN, not by make', () => {
		const told = carOfReport(read(FIRST));
		expect(told).toMatchObject({ by: 'vehicle', vin: FIRST });
		expect(sameCar(told, read(FIRST))).toBe(true);
		// Before, the make alone decided: the second MINI kept the first one's answers.
		expect(sameCar(told, read(SECOND))).toBe(false);
	});

	it('by make where either side has no VIN (a car read before VINs were kept, an adapter that gave none)', () => {
		const withoutVin: CarQuery = { by: 'vehicle', vehicle: read(FIRST).vehicle };
		expect(sameCar(withoutVin, read(SECOND))).toBe(true);
		expect(sameCar(carOfReport(read(FIRST)), read(null))).toBe(true);
		expect(sameCar(carOfReport(read(FIRST)), read(null, 'Ford'))).toBe(false);
		expect(sameCar(carOfReport(read(null)), read(null, 'mini'))).toBe(true);
	});

	it('a typed VIN is the same car only as the same VIN; a car picked from the lists never is', () => {
		expect(sameCar({ by: 'vin', vin: ` ${FIRST.toLowerCase()}` }, read(FIRST))).toBe(true);
		expect(sameCar({ by: 'vin', vin: FIRST }, read(SECOND))).toBe(false);
		expect(sameCar({ by: 'vin', vin: FIRST }, read(null))).toBe(false);
		expect(sameCar({ by: 'pick', make: 'MINI', model: null, year: null }, read(FIRST))).toBe(false);
		expect(sameCar(null, read(FIRST))).toBe(false);
	});

	it('a report whose make is not known gives the guide no car', () => {
		expect(carOfReport({ vin: null, vehicle: null })).toBeNull();
		expect(carOfReport(read(null, ''))).toBeNull();
	});
});
