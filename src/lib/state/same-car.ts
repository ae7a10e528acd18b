import { sameMake } from '../resync/makes';
import type { CarQuery } from '../resync/types';
import type { VehicleReport } from '../scan/types';

/** A VIN as the decoder keeps it: no spaces, capitals. */
function plainVin(vin: string | null | undefined): string | null {
	const v = vin?.replace(/\s+/g, '').toUpperCase();
	return v ? v : null;
}

/**
 * Whether the car the guide was told about is the car this report read, so
 * the owner's answers (and complaint) about it still count. By VIN where both
 * have one: two MINIs are two cars. Where one has no VIN, the make is all
 * there is to go on. A car picked from the lists is never taken for a read
 * one: the owner is asked again rather than given another car's answers.
 */
export function sameCar(
	car: CarQuery | null,
	report: Pick<VehicleReport, 'vin' | 'vehicle'>
): boolean {
	if (!car || car.by === 'pick') return false;
	const read = plainVin(report.vin);
	if (car.by === 'vin') return read !== null && plainVin(car.vin) === read;
	const told = plainVin(car.vin);
	if (told !== null && read !== null) return told === read;
	const make = report.vehicle?.make;
	return !!make && !!car.vehicle.make && sameMake(car.vehicle.make, make);
}

/** The car a report read, as the guide takes it (with its VIN); null when the make is not known. */
export function carOfReport(report: Pick<VehicleReport, 'vin' | 'vehicle'>): CarQuery | null {
	const vehicle = report.vehicle;
	return vehicle?.make ? { by: 'vehicle', vehicle, vin: report.vin } : null;
}
