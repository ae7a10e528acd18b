import type { ModelRange } from './types';
import type { Catalogue } from './catalogue';
import { byName, canonicalMakes, sameMake, wmiMakes } from './makes';
import { isPickable, OTHER_MODEL } from './match';
import { yearsFrom, type ModelYears, type SelectOption } from './car-years';

/**
 * Option lists for the selects named Make, Model and Year. Every common make
 * can be picked (the catalogue's makes plus the WMI table's), and every pick
 * lands somewhere: on a procedure, a shop path, or the catch-all shop path.
 */

export type { SelectOption } from './car-years';

export interface MakeOption extends SelectOption {
	/** The catalogue holds procedures or shop paths for this make. */
	readonly covered: boolean;
}

export { EARLIEST_YEAR } from './car-years';

function entriesOf(catalogue: Catalogue) {
	return [
		...catalogue.procedures,
		...catalogue.shopPaths.filter((s) => !s.fallback && !s.onlyAfterFailure)
	];
}

/** Makes for the Make select: covered makes and the WMI table's, alphabetically. */
export function makeOptions(catalogue: Catalogue): MakeOption[] {
	const covered = new Set<string>();
	for (const e of entriesOf(catalogue)) for (const m of e.applies.makes) covered.add(m);
	const all = [...covered];
	for (const m of wmiMakes()) if (!all.some((a) => sameMake(a, m))) all.push(m);
	return all
		.sort(byName)
		.map((m) => ({ value: m, label: m, covered: [...covered].some((c) => sameMake(c, m)) }));
}

/** The years two entries of one model cover together (an open end stays open). */
function unionYears(a: ModelRange, b: ModelRange): ModelRange {
	return {
		...a,
		from: a.from === undefined || b.from === undefined ? undefined : Math.min(a.from, b.from),
		to: a.to === undefined || b.to === undefined ? undefined : Math.max(a.to, b.to)
	};
}

/**
 * The pickable models of a make, one per name; a model listed in several
 * entries (years split by how well they are sourced, or several procedures)
 * covers the years of all of them.
 */
function rangesFor(make: string, catalogue: Catalogue): ModelRange[] {
	const makes = canonicalMakes(make);
	const out: ModelRange[] = [];
	for (const e of entriesOf(catalogue)) {
		if (!e.applies.makes.some((a) => makes.some((m) => sameMake(a, m)))) continue;
		for (const r of e.applies.models ?? []) {
			if (r.make !== undefined && !makes.some((m) => sameMake(m, r.make!))) continue;
			if (!isPickable(r)) continue;
			const i = out.findIndex((o) => o.name === r.name);
			if (i < 0) out.push(r);
			else out[i] = unionYears(out[i]!, r);
		}
	}
	return out;
}

/** Models for the Model select: the named models of this make, then "My model is not listed". */
export function modelOptions(make: string, catalogue: Catalogue): SelectOption[] {
	return [
		...rangesFor(make, catalogue).map((r) => ({ value: r.name, label: r.name })),
		{ value: OTHER_MODEL, label: 'My model is not listed' }
	];
}

/**
 * The model's years when its name pins them (a generation code, e.g. "R53")
 * and the data gives both ends, else null. A model named without its
 * generation ("Camry") is offered every year, so an owner of a later one can
 * say so and is not pushed to "Not sure" (or to another generation's procedure).
 */
export function modelYears(
	make: string,
	model: string | null,
	catalogue: Catalogue
): ModelYears | null {
	const range = model ? rangesFor(make, catalogue).find((r) => r.name === model) : undefined;
	return range?.chassis?.length && range.from !== undefined && range.to !== undefined
		? { from: range.from, to: range.to }
		: null;
}

/**
 * Model years for the Year select, newest first: a generation's years (see
 * `modelYears`), otherwise EARLIEST_YEAR to next year.
 */
export function yearOptions(
	make: string,
	model: string | null,
	currentYear: number,
	catalogue: Catalogue
): SelectOption[] {
	return yearsFrom(modelYears(make, model, catalogue), currentYear);
}
