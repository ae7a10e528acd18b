import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '$lib/resync/test/full-catalogue';
import { makeOptions, modelOptions, modelYears } from '$lib/resync/car-options';
import { sameMake } from '$lib/resync/makes';
import { OTHER_MODEL } from '$lib/resync/match';
import VPIC from '$lib/resync/vpic-models.json';
import { carOptionLists } from './car-option-lists';
import { listSource, type CarOptionLists } from './car-option-source';

// Through JSON, as the page gets them.
const lists: CarOptionLists = JSON.parse(JSON.stringify(carOptionLists(CATALOGUE)));
const source = listSource(lists);
const names = (make: string) => source.models(make).map((m) => m.value);
/** The Year select's years in 2026 (next year's models are on sale). */
const years = (make: string, model: string | null) =>
	source.years(make, model, 2026).map((y) => Number(y.value));

/** Makes NHTSA's vPIC lists no passenger car, MPV or truck for since 1985: not sold in the US. */
const NOT_IN_VPIC = ['Citroën', 'Dacia', 'Lada', 'Rover', 'SEAT', 'Škoda', 'SsangYong', 'Vauxhall'];

describe('the picker’s lists: NHTSA’s models merged with the procedures’', () => {
	it('every make the catalogue offers is offered, and every vPIC make', () => {
		const offered = lists.makes.map((m) => m.value);
		for (const m of makeOptions(CATALOGUE)) expect(offered).toContain(m.value);
		for (const m of Object.keys(VPIC.makes))
			expect(
				offered.some((o) => sameMake(o, m)),
				m
			).toBe(true);
		expect(lists.makes.find((m) => m.value === 'Genesis')?.covered).toBe(false);
	});

	it('every make in the picker lists models, each with its model years (except makes never sold in the US)', () => {
		for (const { value: make } of lists.makes) {
			const models = names(make).filter((m) => m !== OTHER_MODEL);
			if (NOT_IN_VPIC.includes(make)) continue;
			expect(models.length, make).toBeGreaterThan(0);
			for (const model of models) {
				const offered = years(make, model);
				expect(offered.length, `${make} ${model}`).toBeGreaterThan(0);
			}
		}
		// The exceptions are exactly the makes vPIC does not know.
		const withoutVpic = lists.makes
			.map((m) => m.value)
			.filter((m) => !Object.keys(VPIC.makes).some((v) => sameMake(v, m)));
		expect(withoutVpic.sort()).toEqual([...NOT_IN_VPIC].sort());
	});

	it('real models: Volkswagen, Hyundai and Jeep as NHTSA lists them', () => {
		expect(names('Volkswagen')).toEqual(
			expect.arrayContaining(['Jetta', 'Passat', 'Golf', 'Beetle'])
		);
		expect(years('Volkswagen', 'Beetle')).toContain(2004);
		expect(names('Hyundai')).toEqual(
			expect.arrayContaining(['Accent', 'Elantra', 'Santa Fe', 'Sonata', 'Tucson'])
		);
		expect(names('Jeep')).toEqual(
			expect.arrayContaining(['Cherokee', 'Grand Cherokee', 'Wrangler'])
		);
		// A Chrysler-group procedure names the Intrepid; only Chrysler and Dodge sold one.
		expect(names('Jeep')).not.toContain('Intrepid');
		expect(names('Dodge')).toContain('Intrepid');
		// "My model is not listed" stays last.
		expect(names('Hyundai').at(-1)).toBe(OTHER_MODEL);
	});

	it('a model still made is offered up to next year; a model gone stops at its last year', () => {
		expect(Math.max(...years('Volkswagen', 'Jetta'))).toBe(2027);
		expect(Math.max(...years('Volkswagen', 'Corrado'))).toBe(1995);
		expect(Math.min(...years('Volkswagen', 'Corrado'))).toBe(1989);
	});

	it('every model a procedure names stays pickable under its make, with at least its sourced years', () => {
		for (const { value: make } of makeOptions(CATALOGUE)) {
			for (const { value: model } of modelOptions(make, CATALOGUE)) {
				if (model === OTHER_MODEL) continue;
				if (!names(make).includes(model)) {
					// Dropped only where vPIC gives the name to another make and not to this one.
					const elsewhere = Object.entries(VPIC.makes).some(
						([m, list]) => !sameMake(m, make) && model in list
					);
					expect(elsewhere, `${make} ${model}`).toBe(true);
					continue;
				}
				const sourced = modelYears(make, model, CATALOGUE);
				if (!sourced) continue;
				const offered = years(make, model);
				for (let y = sourced.from; y <= Math.min(sourced.to, 2027); y++)
					expect(offered, `${make} ${model} ${y}`).toContain(y);
			}
		}
	});

	it('procedure model names NHTSA does not use: listed here for the catalogue to adopt vPIC’s names', () => {
		const unknown: string[] = [];
		for (const { value: make } of makeOptions(CATALOGUE)) {
			const vpic = Object.entries(VPIC.makes).find(([m]) => sameMake(m, make))?.[1];
			if (!vpic) continue;
			for (const { value: model } of modelOptions(make, CATALOGUE))
				if (
					model !== OTHER_MODEL &&
					!Object.keys(vpic).some((k) => k.toLowerCase() === model.toLowerCase())
				)
					unknown.push(`${make}: ${model}`);
		}
		// A new name outside vPIC's list fails here: use NHTSA's spelling, or add it knowingly.
		expect(unknown).toMatchSnapshot();
	});

	it('a model without known years, or no model, offers every year from 1985', () => {
		expect(source.years('Nonesuch', 'X', 2026)).toHaveLength(2027 - 1985 + 1);
		expect(years('Volkswagen', null)).toHaveLength(2027 - 1985 + 1);
	});
});
