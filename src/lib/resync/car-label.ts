import type { VehicleInfo } from '../vehicle/types';
import { canonicalMakes } from './makes';
import { OTHER_MODEL, type CarFacts } from './match';

/**
 * The car as an owner names it on the guide's screens: model year, make,
 * model, then the chassis code in brackets ("2005 MINI Cooper S (R53)",
 * "2003 BMW 3 Series (E46)", "2007 MINI (R55, R56 or R57)", "2001 BMW").
 * Parts not known are left out.
 */

/** A chassis list as the decoder gives it ("R55/R56/R57") in words: "R55, R56 or R57". */
function chassisWords(chassis: string): string {
	const list = chassis
		.split('/')
		.map((c) => c.trim())
		.filter(Boolean);
	return list.length > 1 ? `${list.slice(0, -1).join(', ')} or ${list.at(-1)}` : (list[0] ?? '');
}

/** The model name with the make in front, unless it already starts with one of the makes. */
function withMake(makes: readonly string[], make: string, model: string): string {
	return makes.some((m) => model.toLowerCase().startsWith(m.toLowerCase()))
		? model
		: `${make} ${model}`;
}

/**
 * The label of the car the finder understood: a picked model as the owner
 * picked it, otherwise the decoded (or scanned) model and chassis.
 */
export function carLabel(facts: CarFacts, vehicle: VehicleInfo | null): string {
	const make = facts.makes.join(' / ') || 'Unknown make';
	const year = facts.year !== null ? `${facts.year} ` : '';
	if (facts.model && facts.model !== OTHER_MODEL)
		return year + withMake(facts.makes, make, facts.model);
	const model = vehicle?.model ? withMake(facts.makes, make, vehicle.model) : make;
	const chassis =
		vehicle?.chassis && !model.includes(vehicle.chassis)
			? ` (${chassisWords(vehicle.chassis)})`
			: '';
	return `${year}${model}${chassis}`;
}

/** A decoded or scanned vehicle as the guide names it: "2005 MINI Cooper S (R53)". */
export function vehicleLabel(vehicle: VehicleInfo): string {
	const makes = canonicalMakes(vehicle.make);
	return carLabel({ makes, model: null, chassis: [], year: vehicle.modelYear }, vehicle);
}
