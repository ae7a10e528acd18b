import type { MakeOption, SelectOption } from '$lib/resync/car-options';
import { yearsFrom } from '$lib/resync/car-years';
import { OTHER_MODEL } from '$lib/resync/match';

/**
 * What the Make, Model and Year selects offer (car-form.svelte), from lists
 * made at build time (car-option-lists.ts: NHTSA's model list merged with the
 * procedures' model names), so /guide offers the selects before the guide and
 * its catalogue have loaded, and the same lists after.
 */
export interface CarOptionSource {
	makes(): readonly MakeOption[];
	models(make: string): readonly SelectOption[];
	years(make: string, model: string | null, currentYear: number): readonly SelectOption[];
}

/** A model's first and last model year; last null: still made. */
export type YearSpan = readonly [from: number, to: number | null];

/** A model's name, with its model years when known. */
export type ModelEntry = readonly [name: string] | readonly [name: string, ...YearSpan];

/**
 * The selects' lists as compact data (build/guide/car-options.json, carried in
 * /guide's HTML): each name once, "My model is not listed" added here.
 */
export interface CarOptionLists {
	readonly makes: readonly MakeOption[];
	/** By make: its models in the order offered, each with its years when known. */
	readonly models: Readonly<Record<string, readonly ModelEntry[]>>;
}

const NOT_LISTED: SelectOption = { value: OTHER_MODEL, label: 'My model is not listed' };

/** A source over lists made at build time. */
export function listSource(lists: CarOptionLists): CarOptionSource {
	return {
		makes: () => lists.makes,
		models: (make) => [
			...(lists.models[make] ?? []).map(([m]) => ({ value: m, label: m })),
			NOT_LISTED
		],
		years: (make, model, currentYear) => {
			const entry = model !== null ? lists.models[make]?.find(([m]) => m === model) : undefined;
			const [, from, to] = entry ?? [];
			return yearsFrom(
				from !== undefined ? { from, to: to ?? currentYear + 1 } : null,
				currentYear
			);
		}
	};
}
