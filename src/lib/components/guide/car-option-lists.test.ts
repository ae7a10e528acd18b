import { describe, expect, it } from 'vitest';
import { makeOptions, modelOptions, yearOptions } from '$lib/resync/car-options';
import { OTHER_MODEL } from '$lib/resync/match';
import { carOptionLists } from './car-option-lists';
import { listSource } from './car-option-source';

describe('the selects offered before the guide loads', () => {
	// Through JSON, as the page gets them.
	const source = listSource(JSON.parse(JSON.stringify(carOptionLists())));

	it('offer exactly what the catalogue offers: every make, model and year', () => {
		expect(source.makes()).toEqual(makeOptions());
		for (const year of [2025, 2031]) {
			for (const make of makeOptions()) {
				expect(source.models(make.value)).toEqual(modelOptions(make.value));
				expect(source.years(make.value, null, year)).toEqual(yearOptions(make.value, null, year));
				for (const model of modelOptions(make.value)) {
					const asked = model.value === OTHER_MODEL ? null : model.value;
					expect(source.years(make.value, asked, year)).toEqual(
						yearOptions(make.value, asked, year)
					);
				}
			}
		}
	});

	it('a model without sourced years gets the catalogue answer too', () => {
		expect(source.years('Nonesuch', 'X', 2025)).toEqual(yearOptions('Nonesuch', 'X', 2025));
	});
});
