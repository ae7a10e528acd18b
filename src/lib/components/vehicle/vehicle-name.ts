import type { VehicleInfo } from '$lib/vehicle/types';

/** "2005 MINI Cooper S": year, make and model, each once. */
export function vehicleName(v: VehicleInfo | null): string | null {
	if (!v || !(v.make || v.model)) return null;
	const model =
		v.model && v.make && v.model.startsWith(v.make) ? v.model.slice(v.make.length).trim() : v.model;
	return [v.modelYear, v.make, model].filter(Boolean).join(' ');
}

/** "Model code R50", "Model code R55, R56 or R57"; null when unknown. */
export function chassisLine(v: VehicleInfo | null): string | null {
	if (!v?.chassis) return null;
	const codes = v.chassis.split('/');
	const list =
		codes.length > 1 ? `${codes.slice(0, -1).join(', ')} or ${codes[codes.length - 1]}` : codes[0];
	return `Model code ${list}`;
}
