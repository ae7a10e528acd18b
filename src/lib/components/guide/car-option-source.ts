import type { MakeOption, SelectOption } from '$lib/resync/car-options';
import { yearsFrom, type ModelYears } from '$lib/resync/car-years';

/**
 * What the Make, Model and Year selects offer (car-form.svelte): from the
 * loaded catalogue (find-procedure.svelte, through resync/car-options.ts), or
 * from lists made from the same functions at build time, so /guide offers the
 * selects before the guide and its catalogue have loaded.
 */
export interface CarOptionSource {
	makes(): readonly MakeOption[];
	models(make: string): readonly SelectOption[];
	years(make: string, model: string | null, currentYear: number): readonly SelectOption[];
}

/** The selects' lists as plain data (build/guide/car-options.json). */
export interface CarOptionLists {
	readonly makes: readonly MakeOption[];
	/** By make: the Model select's options. */
	readonly models: Readonly<Record<string, readonly SelectOption[]>>;
	/** By make, then model: the sourced years (absent: none given). */
	readonly years: Readonly<Record<string, Readonly<Record<string, ModelYears>>>>;
}

/** A source over lists made at build time. */
export function listSource(lists: CarOptionLists): CarOptionSource {
	return {
		makes: () => lists.makes,
		models: (make) => lists.models[make] ?? [],
		years: (make, model, currentYear) =>
			yearsFrom((model !== null ? lists.years[make]?.[model] : undefined) ?? null, currentYear)
	};
}
