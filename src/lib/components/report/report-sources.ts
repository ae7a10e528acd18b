import type { VehicleReport } from '$lib/scan/types';
import { keyContextFor } from '$lib/vehicle/key-context';
import { batteryAdvice } from '../vehicle/battery-advice';

/**
 * The documents the printed report rests on, for this car only: a Chevrolet's
 * report does not cite BMW/MINI repair information, a report without a VIN
 * does not cite the VIN rules (docs/domain.md §11).
 */
export function reportSources(report: VehicleReport): string[] {
	const sources: string[] = [];
	if (report.vin) sources.push('US federal VIN rules (49 CFR 565)', 'world maker codes (ISO 3780)');
	sources.push('SAE J1979 and J2012', 'ELM327 datasheet');
	const battery = batteryAdvice(report).verdict;
	if (battery === 'rested-good' || battery === 'weak' || battery === 'low') {
		if (report.ignition !== 'running') sources.push('battery makers’ voltage tables');
	}
	if (keyContextFor(report.vehicle).kind !== 'unknown') sources.push('BMW/MINI repair information');
	return sources;
}
