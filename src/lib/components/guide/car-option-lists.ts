import { makeOptions, modelOptions, modelYears, type MakeOption } from '$lib/resync/car-options';
import type { Catalogue } from '$lib/resync/catalogue';
import { byName, sameMake } from '$lib/resync/makes';
import { OTHER_MODEL } from '$lib/resync/match';
import VPIC_MODELS from '$lib/resync/vpic-models.json';
import type { CarOptionLists, ModelEntry, YearSpan } from './car-option-source';

/** NHTSA vPIC's models by make with their model years (scripts/vpic-models.ts writes it). */
export interface VpicModels {
	readonly source: string;
	readonly makes: Readonly<
		Record<string, Readonly<Record<string, readonly [number, number | null]>>>
	>;
}

const VPIC = VPIC_MODELS as unknown as VpicModels;

const same = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base' }) === 0;

function union(a: YearSpan | undefined, b: YearSpan | undefined): YearSpan | undefined {
	if (!a || !b) return a ?? b;
	return [Math.min(a[0], b[0]), a[1] === null || b[1] === null ? null : Math.max(a[1], b[1])];
}

/**
 * The selects' lists, for build/guide/car-options.json (routes/guide/car-options.json):
 * every make the catalogue or vPIC names; for each, vPIC's models merged with
 * the procedures' model names, alphabetically, with the years of both. A
 * procedure's model that vPIC places under another make only (a Dodge
 * Intrepid in a procedure for several Chrysler makes) is not offered under the
 * others. Runs at build time and in tests only: it loads the whole catalogue.
 */
export function carOptionLists(catalogue: Catalogue, vpic: VpicModels = VPIC): CarOptionLists {
	const vpicOf = (make: string) =>
		Object.entries(vpic.makes).find(([m]) => sameMake(m, make))?.[1] ?? null;
	const makes: MakeOption[] = makeOptions(catalogue);
	for (const m of Object.keys(vpic.makes))
		if (!makes.some((o) => sameMake(o.value, m)))
			makes.push({ value: m, label: m, covered: false });
	makes.sort((a, b) => byName(a.value, b.value));

	const models: Record<string, ModelEntry[]> = {};
	for (const { value: make } of makes) {
		const known = vpicOf(make) ?? {};
		const byModel = new Map<string, YearSpan | undefined>();
		for (const [name, span] of Object.entries(known)) byModel.set(name, span);
		for (const { value: name } of modelOptions(make, catalogue)) {
			if (name === OTHER_MODEL) continue;
			const vpicName = [...byModel.keys()].find((k) => same(k, name));
			const elsewhere = Object.entries(vpic.makes).some(
				([m, list]) => !sameMake(m, make) && Object.keys(list).some((k) => same(k, name))
			);
			if (!vpicName && elsewhere && vpicOf(make)) continue;
			const sourced = modelYears(make, name, catalogue);
			const span: YearSpan | undefined = sourced ? [sourced.from, sourced.to] : undefined;
			// The procedure's spelling wins: the finder matches on it.
			const vpicSpan = vpicName ? byModel.get(vpicName) : undefined;
			if (vpicName) byModel.delete(vpicName);
			byModel.set(name, union(union(byModel.get(name), vpicSpan), span));
		}
		models[make] = [...byModel]
			.sort(([a], [b]) => byName(a, b))
			.map(([name, span]): ModelEntry => (span ? [name, ...span] : [name]));
	}
	return { makes, models };
}
