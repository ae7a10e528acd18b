import { validateVin } from '../vehicle/vin-check';
import { isVinModelFile, modelFromVin, type VinModelFile } from '../vehicle/vin-model';
import { VIN_MODEL_WMIS } from '../vehicle/vin-model-wmis';

/**
 * The model a VIN names in NHTSA vPIC, from the maker's file in
 * static/vin-models/ (vehicle/vin-model.ts). The file is fetched from the
 * app's own origin only when a VIN of that maker is decoded, once per page;
 * nothing goes anywhere else.
 */
export type VinModelLookup = (vin: string, modelYear: number | null) => Promise<string | null>;

/** Reads one file by its path on this origin. */
export type FileFetcher = (path: string) => Promise<unknown>;

async function fetchJson(path: string): Promise<unknown> {
	const response = await fetch(path);
	if (!response.ok) throw new Error(`${path}: ${response.status}`);
	return response.json();
}

/**
 * A lookup that fetches each maker's file at most once (a failed fetch may be
 * tried again). Null when the VIN has no file, no model year, fails its check
 * digit (a US-market VIN always carries one), names no single model, or the
 * file could not be loaded.
 */
export function vinModelLookup(fetchFile: FileFetcher = fetchJson): VinModelLookup {
	const files = new Map<string, Promise<VinModelFile | null>>();
	const fileFor = (wmi: string): Promise<VinModelFile | null> => {
		let file = files.get(wmi);
		if (!file) {
			file = fetchFile(`/vin-models/${wmi}.json`).then((f) => (isVinModelFile(f) ? f : null));
			file.catch(() => files.delete(wmi));
			files.set(wmi, file);
		}
		return file;
	};
	return async (input, modelYear) => {
		const check = validateVin(input);
		const wmi = check.vin.slice(0, 3);
		if (!check.valid || check.checkDigitOk !== true || modelYear === null) return null;
		if (!VIN_MODEL_WMIS.has(wmi)) return null;
		const file = await fileFor(wmi).catch(() => null);
		return file ? modelFromVin(check.vin, modelYear, file).model : null;
	};
}
