import { AdapterError } from '../transport/adapter-error';
import { validateVin } from '../vehicle';
import { buildKeyStatus } from './key-status';
import { isMissingVinNote } from './scan-vehicle';
import type { VehicleReport } from './types';
import { identifyVehicle } from './vehicle-identity';

/**
 * Returns `report` re-identified with a VIN the user typed. Throws
 * AdapterError 'invalid-vin' (the one error type below the UI) with a
 * plain-language message when the VIN cannot be right (wrong length, letters
 * never used in VINs, a failed North-American check digit).
 */
export function applyManualVin(report: VehicleReport, typed: string): VehicleReport {
	const check = validateVin(typed);
	if (!check.wellFormed) {
		throw new AdapterError('invalid-vin', check.problems[0] ?? 'That is not a valid VIN.');
	}
	if (check.checkDigitApplies && !check.checkDigitOk) {
		throw new AdapterError(
			'invalid-vin',
			check.problems[0] ??
				'The check digit (9th character) does not match the rest of the VIN: please compare it with the car again.'
		);
	}
	// The car's own VIN wins when it reported one; otherwise the typed one is used.
	const identity = identifyVehicle(check.vin, report.vinSource === 'mode09' ? report.vin : null);
	return {
		...report,
		vin: identity.vin,
		vinSource: identity.source,
		vinValid: identity.valid,
		vehicle: identity.vehicle,
		keyStatus: buildKeyStatus({
			vehicle: identity.vehicle,
			ignition: report.ignition,
			dtcs: report.dtcs,
			dtcReads: report.dtcReads,
			carAnswered: report.protocol !== null
		}),
		notes: [...report.notes.filter((n) => !isMissingVinNote(n)), ...identity.notes]
	};
}
