/**
 * The model a US-market VIN names, read from NHTSA vPIC's model patterns
 * (docs/domain.md, "Model from the VIN"). One file per maker code (WMI,
 * positions 1-3) holds the patterns of its VIN schemas whose element is
 * Model; scripts/vpic-vin-models.ts writes them to static/vin-models/.
 *
 * A pattern key is compared from the left with the VIN's positions 4-8, a
 * literal "|" standing for the check digit, then positions 10-17: "*" takes
 * any one character, "[BCD]" or "[K-N]" one of a class, anything else itself.
 * A key may be shorter than that. When the patterns that match name more than
 * one model, the VIN does not tell, and nothing is guessed.
 */

/** Years a schema applies to: from, to (null: still open in vPIC). */
export type SchemaYears = readonly [number, number | null];

/** One vPIC VIN schema: its years for this WMI and its Model patterns (key, index into `models`). */
export interface VinModelSchema {
	readonly y: readonly SchemaYears[];
	readonly k: readonly (readonly [string, number])[];
}

/** static/vin-models/<WMI>.json */
export interface VinModelFile {
	readonly wmi: string;
	readonly source: string;
	readonly models: readonly string[];
	readonly schemas: readonly VinModelSchema[];
}

export type VinModel =
	| { readonly model: string }
	| {
			readonly model: null;
			/** none: no pattern of a schema for this year matches; several: they name different models. */
			readonly why: 'none' | 'several';
			readonly names: readonly string[];
	  };

/** What vPIC compares pattern keys with: positions 4-8, "|", positions 10-17. */
export function vpicMatchKey(vin: string): string {
	const v = vin.toUpperCase();
	return `${v.slice(3, 8)}|${v.slice(9, 17)}`;
}

/** Whether `c` is in a class body such as "BCD" or "K-NPR". */
function inClass(c: string, body: string): boolean {
	for (let i = 0; i < body.length; i++) {
		if (body[i + 1] === '-' && i + 2 < body.length) {
			if (c >= body[i]! && c <= body[i + 2]!) return true;
			i += 2;
		} else if (body[i] === c) return true;
	}
	return false;
}

/** Whether a vPIC key matches the start of a match key (see `vpicMatchKey`). */
export function keyMatches(key: string, matchKey: string): boolean {
	let at = 0;
	for (let i = 0; i < key.length; i++, at++) {
		const c = matchKey[at];
		if (c === undefined) return false;
		const k = key[i]!;
		if (k === '[') {
			const end = key.indexOf(']', i);
			if (end < 0 || !inClass(c, key.slice(i + 1, end))) return false;
			i = end;
		} else if (k !== '*' && k !== c) return false;
	}
	return true;
}

function inYears(years: readonly SchemaYears[], year: number): boolean {
	return years.some(([from, to]) => year >= from && (to === null || year <= to));
}

/**
 * The model the VIN's patterns name for `modelYear`, or null with the reason:
 * no pattern of that year's schemas matches, or they name several models.
 * The file must be the VIN's own WMI's.
 */
export function modelFromVin(vin: string, modelYear: number, file: VinModelFile): VinModel {
	const key = vpicMatchKey(vin);
	const names = new Map<string, string>();
	for (const schema of file.schemas) {
		if (!inYears(schema.y, modelYear)) continue;
		for (const [pattern, index] of schema.k) {
			const name = file.models[index];
			if (name !== undefined && keyMatches(pattern, key)) names.set(name.toLowerCase(), name);
		}
	}
	const found = [...names.values()];
	if (found.length === 1) return { model: found[0]! };
	return { model: null, why: found.length === 0 ? 'none' : 'several', names: found.sort() };
}

/** Whether `value` has the shape of a VinModelFile (a fetched file is checked before use). */
export function isVinModelFile(value: unknown): value is VinModelFile {
	if (typeof value !== 'object' || value === null) return false;
	const f = value as Partial<Record<keyof VinModelFile, unknown>>;
	return (
		typeof f.wmi === 'string' &&
		typeof f.source === 'string' &&
		Array.isArray(f.models) &&
		f.models.every((m) => typeof m === 'string') &&
		Array.isArray(f.schemas) &&
		f.schemas.every(isSchema)
	);
}

function isSchema(value: unknown): boolean {
	if (typeof value !== 'object' || value === null) return false;
	const s = value as Partial<Record<keyof VinModelSchema, unknown>>;
	return (
		Array.isArray(s.y) &&
		s.y.every(
			(r) =>
				Array.isArray(r) && typeof r[0] === 'number' && (r[1] === null || typeof r[1] === 'number')
		) &&
		Array.isArray(s.k) &&
		s.k.every((p) => Array.isArray(p) && typeof p[0] === 'string' && typeof p[1] === 'number')
	);
}
