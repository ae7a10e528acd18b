import { makeOptions, modelOptions, modelYears } from '$lib/resync/car-options';
import type { Catalogue } from '$lib/resync/catalogue';
import type { CarOptionLists } from './car-option-source';

/**
 * The selects' lists from the catalogue, for build/guide/car-options.json
 * (routes/guide/car-options.json). Runs at build time and in tests only: it
 * loads the whole catalogue.
 */
export function carOptionLists(catalogue?: Catalogue): CarOptionLists {
	const makes = makeOptions(catalogue);
	const models: Record<string, ReturnType<typeof modelOptions>> = {};
	const years: Record<string, Record<string, { from: number; to: number }>> = {};
	for (const make of makes) {
		models[make.value] = modelOptions(make.value, catalogue);
		for (const model of models[make.value]!) {
			const sourced = modelYears(make.value, model.value, catalogue);
			if (sourced) (years[make.value] ??= {})[model.value] = sourced;
		}
	}
	return { makes, models, years };
}
