import type { VehicleReport } from '$lib/scan/types';

/**
 * Whether no computer in the car answered: the adapter replied but the car
 * stayed silent (ignition off, or a car/protocol the adapter cannot reach).
 * Then the report holds no codes to speak of, and the page must never say
 * "no trouble codes". The scan decides it (`report.contact`); this is the one
 * place the screens ask.
 */
export function noComputerAnswered(report: VehicleReport): boolean {
	return report.contact !== 'answered';
}
