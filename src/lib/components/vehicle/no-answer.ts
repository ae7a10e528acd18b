import type { VehicleReport } from '$lib/scan/types';

/**
 * Whether no computer in the car answered: the adapter replied but the car
 * stayed silent (ignition off, or a car/protocol the adapter cannot reach).
 * Then the report holds no codes to speak of, and the page must never say
 * "no trouble codes".
 *
 * The one place this is decided. The scan is gaining a field that tells "no
 * computer answered" from "no codes" directly; switch this function to it.
 */
export function noComputerAnswered(report: VehicleReport): boolean {
	return report.ecus.length === 0 && report.protocol === null;
}
