import type { VehicleInfo } from '$lib/vehicle/types';

/**
 * "2005 MINI Cooper S": year, make and model, each once. A maker code's
 * qualifier is not put in brackets: a body type reads as a word ("Ford (truck)"
 * → "2005 Ford truck"); anything else (a region, a company) stays in Details.
 */
export function vehicleName(v: VehicleInfo | null): string | null {
	if (!v || !(v.make || v.model)) return null;
	const make =
		v.make?.replace(/\s*\(([^()]+)\)$/, (_, q: string) =>
			/^(SUV|truck)$/.test(q) ? ` ${q}` : ''
		) ?? null;
	const model =
		v.model && v.make && v.model.startsWith(v.make) ? v.model.slice(v.make.length).trim() : v.model;
	return [v.modelYear, make, model].filter(Boolean).join(' ');
}

/** "Model code R50", "Model code R55, R56 or R57"; null when unknown. */
export function chassisLine(v: VehicleInfo | null): string | null {
	if (!v?.chassis) return null;
	const codes = v.chassis.split('/');
	const list =
		codes.length > 1 ? `${codes.slice(0, -1).join(', ')} or ${codes[codes.length - 1]}` : codes[0];
	return `Model code ${list}`;
}
