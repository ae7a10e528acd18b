import type { Confidence, Sourced } from './sourced';
import type { VehicleFactField } from './types';

/**
 * MINI VINs (WMI `WMW`, docs/domain.md §7). First generation (R50 One/Cooper hatch, R52
 * convertible, R53 Cooper S hatch): positions 4-7 name the model, position 6
 * the fuel, position 7 steering/market, position 11 the plant.
 *
 *   W M W  R  C  3  3  …  …  T
 *   1 2 3  4  5  6  7  8  9 10 11
 *          └model┘ │  └ 1 LHD, 2 RHD, 3 USA
 *                  └ 3 petrol, 1 diesel
 */

export type MiniChassis = 'R50' | 'R52' | 'R53';

export interface MiniModelRow {
	readonly model: string;
	readonly chassis: MiniChassis;
	readonly body: 'hatch' | 'convertible';
}

/** Positions 4-5 of first-generation MINI VINs. */
export const MINI_MODEL_FACT: Sourced = {
	confidence: 'C',
	source: 'MINI VIN tables of owner and parts sites (they agree)'
};

// prettier-ignore
export const MINI_FIRST_GEN_MODELS: Readonly<Record<string, MiniModelRow>> = {
	RA: { model: 'One', chassis: 'R50', body: 'hatch' },
	RB: { model: 'One D', chassis: 'R50', body: 'hatch' },
	RC: { model: 'Cooper', chassis: 'R50', body: 'hatch' },
	RD: { model: 'One Convertible', chassis: 'R52', body: 'convertible' },
	RE: { model: 'Cooper S', chassis: 'R53', body: 'hatch' },
	RF: { model: 'Cooper Convertible', chassis: 'R52', body: 'convertible' },
	RH: { model: 'Cooper S Convertible', chassis: 'R52', body: 'convertible' }
};

/** The positions 4-7 codes docs/domain.md §7 lists, e.g. `RC33`. Others are not confirmed. */
export const MINI_FIRST_GEN_CODES: readonly string[] = [
	'RA31',
	'RA32',
	'RB11',
	'RB12',
	'RC31',
	'RC32',
	'RC33',
	'RD31',
	'RD32',
	'RE31',
	'RE32',
	'RE33',
	'RF31',
	'RF32',
	'RF33',
	'RH31',
	'RH32',
	'RH33'
];

export interface CodedValue<T> extends Sourced {
	readonly value: T;
}

/** Position 6: fuel. */
// prettier-ignore
export const MINI_FUEL: Readonly<Record<string, CodedValue<string>>> = {
	'3': { value: 'petrol', confidence: 'S', source: 'One MINI VIN table' },
	'1': { value: 'diesel', confidence: 'S', source: 'One MINI VIN table' }
};

/** Position 7: steering side and market. */
// prettier-ignore
export const MINI_MARKET: Readonly<Record<string, CodedValue<{ steering: 'left' | 'right'; market: string }>>> = {
	'1': { value: { steering: 'left', market: 'left-hand-drive markets (e.g. continental Europe)' }, confidence: 'S', source: 'One MINI VIN table' },
	'2': { value: { steering: 'right', market: 'right-hand-drive markets (e.g. UK)' }, confidence: 'S', source: 'One MINI VIN table' },
	'3': { value: { steering: 'left', market: 'USA' }, confidence: 'S', source: 'One MINI VIN table' }
};

/** Position 11: assembly plant. */
export const MINI_PLANT: Readonly<Record<string, CodedValue<string>>> = {
	T: {
		value: 'Oxford, England',
		confidence: 'C',
		source: 'MINI VIN tables of owner and parts sites (they agree)'
	}
};

/** A MINI VIN decoded as far as our tables go. */
export interface MiniDecode {
	readonly generation: 'first' | 'second' | 'unknown';
	readonly model: string | null;
	readonly chassis: string | null;
	readonly body: string | null;
	readonly fuel: string | null;
	readonly steering: 'left' | 'right' | null;
	readonly market: string | null;
	readonly plant: string | null;
	/** Confidence of the model/chassis identification. */
	readonly confidence: Confidence;
	/** Each decoded row's own mark, where the row was decoded. */
	readonly marks: Readonly<Partial<Record<VehicleFactField, Confidence>>>;
	readonly notes: readonly string[];
}

/** Second-generation sample prefix: positions 4-5 `MF` (e.g. `WMWMF73…`). */
export const MINI_SECOND_GEN_FACT: Sourced = {
	confidence: 'U',
	source: 'A few sample VINs of second-generation cars'
};

/** Decodes the MINI-specific positions of a `WMW` VIN; null for other makes. */
export function decodeMini(vin: string): MiniDecode | null {
	if (!vin.startsWith('WMW') || vin.length !== 17) return null;
	const code = vin.slice(3, 7);
	const row = MINI_FIRST_GEN_MODELS[code.slice(0, 2)];
	const plant = MINI_PLANT[vin.charAt(10)];
	const notes: string[] = [];
	if (row && MINI_FIRST_GEN_CODES.includes(code)) {
		const fuel = MINI_FUEL[code.charAt(2)];
		const market = MINI_MARKET[code.charAt(3)];
		notes.push(`Characters 4 to 7 (${code}) name the model: ${row.model}, ${row.chassis}.`);
		if (market) {
			notes.push(
				`Character 7 (${code.charAt(3)}) gives the market: ${market.value.market}. Only one table says so.`
			);
		}
		notes.push(`${row.chassis} is the ${chassisMeaning(row.chassis)}.`);
		return {
			generation: 'first',
			model: row.model,
			chassis: row.chassis,
			body: row.body === 'hatch' ? '3-door hatch' : 'convertible',
			fuel: fuel?.value ?? null,
			steering: market?.value.steering ?? null,
			market: market?.value.market ?? null,
			plant: plant?.value ?? null,
			confidence: MINI_MODEL_FACT.confidence,
			marks: {
				body: MINI_MODEL_FACT.confidence,
				...(fuel ? { engine: fuel.confidence } : {}),
				...(market ? { steering: market.confidence, market: market.confidence } : {}),
				...(plant ? { plant: plant.confidence } : {})
			},
			notes
		};
	}
	if (code.startsWith('MF')) {
		notes.push(
			'This looks like a second-generation MINI (R55, R56 or R57), judged from a few sample VINs only: please check the model on the car.'
		);
		return {
			generation: 'second',
			model: null,
			chassis: 'R55/R56/R57',
			body: null,
			fuel: null,
			steering: null,
			market: null,
			plant: plant?.value ?? null,
			confidence: MINI_SECOND_GEN_FACT.confidence,
			marks: plant ? { plant: plant.confidence } : {},
			notes
		};
	}
	notes.push(
		`Characters 4 to 7 (${code}) are not in FobSync's MINI table, so the model is not known.`
	);
	return {
		generation: 'unknown',
		model: null,
		chassis: null,
		body: null,
		fuel: null,
		steering: null,
		market: null,
		plant: plant?.value ?? null,
		confidence: 'U',
		marks: plant ? { plant: plant.confidence } : {},
		notes
	};
}

function chassisMeaning(chassis: MiniChassis): string {
	switch (chassis) {
		case 'R50':
			return 'One or Cooper hatchback';
		case 'R52':
			return 'convertible';
		case 'R53':
			return 'Cooper S hatchback (some parts sites swap R52 and R53; they are wrong)';
	}
}
