import { decodeVin, validateVin } from '../vehicle';
import type { VehicleInfo } from './types';

export interface VehicleIdentity {
	vin: string | null;
	source: 'mode09' | 'manual' | null;
	valid: boolean | null;
	vehicle: VehicleInfo | null;
	notes: string[];
}

/**
 * Chooses the VIN to use (the car's own over a typed one, unless the car sent
 * garbage) and decodes it. A typed VIN that disagrees with the car's is noted.
 */
export function identifyVehicle(
	manualVin: string | null,
	reportedVin: string | null
): VehicleIdentity {
	const notes: string[] = [];
	const reported = reportedVin ? validateVin(reportedVin) : null;
	const manual = manualVin ? validateVin(manualVin) : null;
	if (reported && reported.wellFormed) {
		if (manual?.wellFormed && manual.vin !== reported.vin) {
			notes.push(
				`The car reports VIN ${reported.vin}, which differs from the one typed in (${manual.vin}); the car's own is used.`
			);
		}
		return {
			vin: reported.vin,
			source: 'mode09',
			valid: checkDigitVerdict(reported),
			vehicle: decodeVin(reported.vin),
			notes
		};
	}
	if (reportedVin)
		notes.push('The car sent a VIN that is not 17 valid characters; it is not used.');
	if (manual?.wellFormed) {
		return {
			vin: manual.vin,
			source: 'manual',
			valid: checkDigitVerdict(manual),
			vehicle: decodeVin(manual.vin),
			notes
		};
	}
	return { vin: null, source: null, valid: null, vehicle: null, notes };
}

/**
 * True/false where the 49 CFR 565 check digit is mandatory (North America);
 * elsewhere a matching digit still confirms the VIN (US-market cars built
 * abroad, like MINIs, carry one), and a mismatch means only "not applicable".
 */
function checkDigitVerdict(check: ReturnType<typeof validateVin>): boolean | null {
	if (check.checkDigitApplies) return check.checkDigitOk;
	return check.checkDigitOk === true ? true : null;
}
