import type { Confidence, Sourced } from './sourced';

/**
 * World Manufacturer Identifiers (VIN positions 1-3) of the common makes, and
 * the world region from position 1. A small table on purpose: the full NHTSA
 * list is too large to ship and needs the network (docs/domain.md §7).
 */

export interface WmiEntry {
	readonly make: string;
	/** Country of the maker or plant the WMI was assigned for. */
	readonly country: string;
	readonly confidence: Confidence;
}

/** Source of every row in WMI_TABLE unless the row says otherwise. */
export const WMI_SOURCE =
	'World manufacturer codes (ISO 3780) as listed by the US NHTSA and common VIN references';

// prettier-ignore
export const WMI_TABLE: Readonly<Record<string, WmiEntry>> = {
	// Germany
	WBA: { make: 'BMW', country: 'Germany', confidence: 'C' },
	WBS: { make: 'BMW M', country: 'Germany', confidence: 'C' },
	WBX: { make: 'BMW', country: 'Germany', confidence: 'S' },
	WBY: { make: 'BMW i', country: 'Germany', confidence: 'C' },
	WMW: { make: 'MINI', country: 'Germany (BMW AG; first-generation cars built in Oxford, UK)', confidence: 'C' },
	WVW: { make: 'Volkswagen', country: 'Germany', confidence: 'C' },
	WV1: { make: 'Volkswagen Commercial Vehicles', country: 'Germany', confidence: 'C' },
	WV2: { make: 'Volkswagen Commercial Vehicles', country: 'Germany', confidence: 'C' },
	WAU: { make: 'Audi', country: 'Germany', confidence: 'C' },
	WUA: { make: 'Audi Sport (quattro GmbH)', country: 'Germany', confidence: 'C' },
	WDB: { make: 'Mercedes-Benz', country: 'Germany', confidence: 'C' },
	WDC: { make: 'Mercedes-Benz (SUV)', country: 'Germany', confidence: 'C' },
	WDD: { make: 'Mercedes-Benz', country: 'Germany', confidence: 'C' },
	W1K: { make: 'Mercedes-Benz', country: 'Germany', confidence: 'C' },
	W1N: { make: 'Mercedes-Benz (SUV)', country: 'Germany', confidence: 'C' },
	WME: { make: 'smart', country: 'Germany', confidence: 'C' },
	WP0: { make: 'Porsche', country: 'Germany', confidence: 'C' },
	WP1: { make: 'Porsche (SUV)', country: 'Germany', confidence: 'C' },
	W0L: { make: 'Opel / Vauxhall', country: 'Germany', confidence: 'C' },
	W0V: { make: 'Opel / Vauxhall', country: 'Germany', confidence: 'C' },
	WF0: { make: 'Ford', country: 'Germany', confidence: 'C' },
	// United Kingdom
	SAJ: { make: 'Jaguar', country: 'United Kingdom', confidence: 'C' },
	SAL: { make: 'Land Rover', country: 'United Kingdom', confidence: 'C' },
	SCA: { make: 'Rolls-Royce', country: 'United Kingdom', confidence: 'C' },
	SCB: { make: 'Bentley', country: 'United Kingdom', confidence: 'C' },
	SCC: { make: 'Lotus', country: 'United Kingdom', confidence: 'C' },
	SCF: { make: 'Aston Martin', country: 'United Kingdom', confidence: 'C' },
	SHH: { make: 'Honda', country: 'United Kingdom', confidence: 'C' },
	SJN: { make: 'Nissan', country: 'United Kingdom', confidence: 'C' },
	SB1: { make: 'Toyota', country: 'United Kingdom', confidence: 'C' },
	// France, Spain
	VF1: { make: 'Renault', country: 'France', confidence: 'C' },
	VF3: { make: 'Peugeot', country: 'France', confidence: 'C' },
	VF7: { make: 'Citroën', country: 'France', confidence: 'C' },
	VR3: { make: 'Peugeot', country: 'France', confidence: 'C' },
	VR7: { make: 'Citroën', country: 'France', confidence: 'C' },
	VNK: { make: 'Toyota', country: 'France', confidence: 'C' },
	VSS: { make: 'SEAT', country: 'Spain', confidence: 'C' },
	VS6: { make: 'Ford', country: 'Spain', confidence: 'C' },
	// Czech Republic, Hungary, Romania
	TMB: { make: 'Škoda', country: 'Czech Republic', confidence: 'C' },
	TMA: { make: 'Hyundai', country: 'Czech Republic', confidence: 'C' },
	TRU: { make: 'Audi', country: 'Hungary', confidence: 'C' },
	TSM: { make: 'Suzuki', country: 'Hungary', confidence: 'C' },
	UU1: { make: 'Dacia', country: 'Romania', confidence: 'C' },
	// Italy
	ZFA: { make: 'Fiat', country: 'Italy', confidence: 'C' },
	ZAR: { make: 'Alfa Romeo', country: 'Italy', confidence: 'C' },
	ZLA: { make: 'Lancia', country: 'Italy', confidence: 'C' },
	ZFF: { make: 'Ferrari', country: 'Italy', confidence: 'C' },
	ZHW: { make: 'Lamborghini', country: 'Italy', confidence: 'C' },
	ZAM: { make: 'Maserati', country: 'Italy', confidence: 'C' },
	// Sweden, Turkey, Russia
	YV1: { make: 'Volvo', country: 'Sweden', confidence: 'C' },
	YV4: { make: 'Volvo (SUV)', country: 'Sweden', confidence: 'C' },
	YS3: { make: 'Saab', country: 'Sweden', confidence: 'C' },
	NM0: { make: 'Ford', country: 'Turkey', confidence: 'C' },
	NMT: { make: 'Toyota', country: 'Turkey', confidence: 'C' },
	XTA: { make: 'Lada (AvtoVAZ)', country: 'Russia', confidence: 'C' },
	// Japan
	JHM: { make: 'Honda', country: 'Japan', confidence: 'C' },
	JN1: { make: 'Nissan / Infiniti', country: 'Japan', confidence: 'C' },
	JN8: { make: 'Nissan / Infiniti (SUV)', country: 'Japan', confidence: 'C' },
	JNK: { make: 'Infiniti', country: 'Japan', confidence: 'C' },
	JT2: { make: 'Toyota', country: 'Japan', confidence: 'C' },
	JTD: { make: 'Toyota', country: 'Japan', confidence: 'C' },
	JTE: { make: 'Toyota (SUV)', country: 'Japan', confidence: 'C' },
	JTH: { make: 'Lexus', country: 'Japan', confidence: 'C' },
	JTJ: { make: 'Lexus (SUV)', country: 'Japan', confidence: 'C' },
	JF1: { make: 'Subaru', country: 'Japan', confidence: 'C' },
	JF2: { make: 'Subaru (SUV)', country: 'Japan', confidence: 'C' },
	JM1: { make: 'Mazda', country: 'Japan', confidence: 'C' },
	JMZ: { make: 'Mazda (Europe)', country: 'Japan', confidence: 'C' },
	JA3: { make: 'Mitsubishi', country: 'Japan', confidence: 'C' },
	JA4: { make: 'Mitsubishi (SUV)', country: 'Japan', confidence: 'C' },
	JMB: { make: 'Mitsubishi (Europe)', country: 'Japan', confidence: 'C' },
	JS2: { make: 'Suzuki', country: 'Japan', confidence: 'C' },
	JS3: { make: 'Suzuki (SUV)', country: 'Japan', confidence: 'C' },
	// South Korea
	KMH: { make: 'Hyundai', country: 'South Korea', confidence: 'C' },
	KM8: { make: 'Hyundai (SUV)', country: 'South Korea', confidence: 'C' },
	KNA: { make: 'Kia', country: 'South Korea', confidence: 'C' },
	KND: { make: 'Kia (SUV)', country: 'South Korea', confidence: 'C' },
	KPT: { make: 'SsangYong', country: 'South Korea', confidence: 'C' },
	// China
	LRW: { make: 'Tesla', country: 'China', confidence: 'C' },
	// United States, 7-codes (issued since North America's 1-5 ran short)
	'7SA': { make: 'Tesla', country: 'United States', confidence: 'M' },
	'7FC': { make: 'Rivian', country: 'United States', confidence: 'C' },
	// United States
	'1FA': { make: 'Ford', country: 'United States', confidence: 'C' },
	'1FM': { make: 'Ford (SUV)', country: 'United States', confidence: 'C' },
	'1FT': { make: 'Ford (truck)', country: 'United States', confidence: 'C' },
	'1LN': { make: 'Lincoln', country: 'United States', confidence: 'C' },
	'1ME': { make: 'Mercury', country: 'United States', confidence: 'C' },
	'1G1': { make: 'Chevrolet', country: 'United States', confidence: 'C' },
	'1GC': { make: 'Chevrolet (truck)', country: 'United States', confidence: 'C' },
	'1GN': { make: 'Chevrolet (SUV)', country: 'United States', confidence: 'C' },
	'1G2': { make: 'Pontiac', country: 'United States', confidence: 'C' },
	'1G3': { make: 'Oldsmobile', country: 'United States', confidence: 'C' },
	'1G4': { make: 'Buick', country: 'United States', confidence: 'C' },
	'1G6': { make: 'Cadillac', country: 'United States', confidence: 'C' },
	'1GY': { make: 'Cadillac (SUV)', country: 'United States', confidence: 'C' },
	'1GT': { make: 'GMC (truck)', country: 'United States', confidence: 'C' },
	'1GK': { make: 'GMC (SUV)', country: 'United States', confidence: 'C' },
	'1G8': { make: 'Saturn', country: 'United States', confidence: 'C' },
	'1C3': { make: 'Chrysler', country: 'United States', confidence: 'C' },
	'1C4': { make: 'Chrysler / Dodge / Jeep (SUV)', country: 'United States', confidence: 'C' },
	'1C6': { make: 'Ram (truck)', country: 'United States', confidence: 'C' },
	'1B3': { make: 'Dodge', country: 'United States', confidence: 'C' },
	'1J4': { make: 'Jeep', country: 'United States', confidence: 'C' },
	'1HG': { make: 'Honda', country: 'United States', confidence: 'C' },
	'1N4': { make: 'Nissan', country: 'United States', confidence: 'C' },
	'1VW': { make: 'Volkswagen', country: 'United States', confidence: 'C' },
	'4JG': { make: 'Mercedes-Benz (SUV)', country: 'United States', confidence: 'C' },
	'4S3': { make: 'Subaru', country: 'United States', confidence: 'C' },
	'4S4': { make: 'Subaru (SUV)', country: 'United States', confidence: 'C' },
	'4T1': { make: 'Toyota', country: 'United States', confidence: 'C' },
	'4US': { make: 'BMW', country: 'United States', confidence: 'C' },
	'5UX': { make: 'BMW (SUV)', country: 'United States', confidence: 'C' },
	'5YJ': { make: 'Tesla', country: 'United States', confidence: 'C' },
	'5FN': { make: 'Honda (SUV)', country: 'United States', confidence: 'C' },
	'5J6': { make: 'Honda (SUV)', country: 'United States', confidence: 'C' },
	'5N1': { make: 'Nissan (SUV)', country: 'United States', confidence: 'C' },
	'5NP': { make: 'Hyundai', country: 'United States', confidence: 'C' },
	'5XY': { make: 'Kia / Hyundai (SUV)', country: 'United States', confidence: 'C' },
	'5TD': { make: 'Toyota (SUV)', country: 'United States', confidence: 'C' },
	// Canada, Mexico
	'2HG': { make: 'Honda', country: 'Canada', confidence: 'C' },
	'2T1': { make: 'Toyota', country: 'Canada', confidence: 'C' },
	'2G1': { make: 'Chevrolet', country: 'Canada', confidence: 'C' },
	'3VW': { make: 'Volkswagen', country: 'Mexico', confidence: 'C' },
	'3FA': { make: 'Ford', country: 'Mexico', confidence: 'C' },
	'3N1': { make: 'Nissan', country: 'Mexico', confidence: 'C' },
	'3HG': { make: 'Honda', country: 'Mexico', confidence: 'C' },
	// South America
	'9BW': { make: 'Volkswagen', country: 'Brazil', confidence: 'C' }
};

export interface WmiMatch extends Sourced {
	readonly wmi: string;
	readonly make: string;
	readonly country: string;
}

/** The maker behind a VIN's first three characters, or null when not in our table. */
export function lookupWmi(vin: string): WmiMatch | null {
	const wmi = vin.slice(0, 3).toUpperCase();
	const entry = WMI_TABLE[wmi];
	if (!entry) return null;
	return {
		wmi,
		make: entry.make,
		country: entry.country,
		confidence: entry.confidence,
		source: WMI_SOURCE
	};
}

/**
 * The world region a VIN was assigned in, from its first character
 * (docs/domain.md §7) [C]: ISO 3780 region codes. 7 was Oceania: 7A-7E stay
 * New Zealand's; the other 7-codes now go to US makers (e.g. Tesla Austin,
 * per the Tesla service manual).
 */
export function regionOf(vin: string): string | null {
	const c = vin.charAt(0).toUpperCase();
	if (/^[1-5]$/.test(c)) return 'North America';
	if (/^7[A-E]/i.test(vin)) return 'Oceania (New Zealand)';
	if (c === '7') return 'North America (United States)';
	if (c === '6') return 'Oceania';
	if (/^[890]$/.test(c)) return 'South America';
	if (/^[A-H]$/.test(c)) return 'Africa';
	if (/^[J-R]$/.test(c)) return 'Asia';
	if (/^[S-Z]$/.test(c)) return 'Europe';
	return null;
}
