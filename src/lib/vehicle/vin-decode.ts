import type { VehicleInfo } from './types';
import { decodeMini } from './mini';
import { decodeModelYear, type ModelYearOptions } from './model-year';
import { weakestConfidence } from './sourced';
import { validateVin } from './vin-check';
import { lookupWmi, regionOf } from './wmi';

const EMPTY: Omit<VehicleInfo, 'confidence' | 'notes'> = {
	make: null,
	model: null,
	chassis: null,
	modelYear: null,
	body: null,
	engine: null,
	steering: null,
	market: null,
	plant: null
};

/**
 * Decodes what a VIN tells without the network: maker (WMI table), region,
 * model year, and for MINI the model, chassis, body, fuel, market and plant.
 * Fields our tables cannot fill stay null; `notes` say why, in plain words.
 * `confidence` covers the name (make, model, chassis, year); every other
 * decoded row carries its own mark in `marks`.
 */
export function decodeVin(input: string, options: ModelYearOptions = {}): VehicleInfo {
	const check = validateVin(input);
	if (!check.wellFormed) {
		return { ...EMPTY, confidence: 'U', notes: ['Not decoded: this is not a 17-character VIN.'] };
	}
	const vin = check.vin;
	const notes: string[] = [];
	const wmi = lookupWmi(vin);
	const region = regionOf(vin);
	if (wmi) {
		notes.push(
			`The first three characters (${wmi.wmi}) name the maker: ${wmi.make}, ${wmi.country}.`
		);
	} else {
		notes.push(
			`The maker code ${vin.slice(0, 3)} is not in FobSync's list${region ? ` (it was assigned in ${region})` : ''}.`
		);
	}
	const year = decodeModelYear(vin, options);
	notes.push(year.note);
	const mini = decodeMini(vin);
	if (mini) {
		notes.push(...mini.notes);
		return {
			make: 'MINI',
			model: mini.model,
			chassis: mini.chassis,
			modelYear: year.year,
			body: mini.body,
			engine: mini.fuel,
			steering: mini.steering,
			market: mini.market,
			plant: mini.plant,
			confidence: weakestConfidence(mini.confidence, year.year === null ? 'C' : year.confidence),
			marks: mini.marks,
			notes
		};
	}
	return {
		...EMPTY,
		make: wmi?.make ?? null,
		modelYear: year.year,
		confidence: wmi
			? weakestConfidence(wmi.confidence, year.year === null ? 'C' : year.confidence)
			: 'U',
		notes
	};
}
