import { engineRunningOf } from '$lib/scan/engine-running';
import type { VehicleReport } from '$lib/scan/types';
import { interpretBattery, type BatteryInterpretation } from '$lib/vehicle/battery';
import { keyContextFor } from '$lib/vehicle/key-context';

/**
 * The battery verdict for the report on screen, worded for this car: BC1's
 * load shedding is mentioned only where the car may be a first-generation
 * MINI. Recomputed from the reading, so a report saved by an earlier version
 * shows today's wording.
 */
export function batteryAdvice(report: VehicleReport): BatteryInterpretation {
	const kind = keyContextFor(report.vehicle).kind;
	return interpretBattery(report.batteryVolts, engineRunningOf(report), {
		bc1: kind === 'mini-first-gen' ? true : kind === 'mini-unknown-generation' ? 'maybe' : false
	});
}
