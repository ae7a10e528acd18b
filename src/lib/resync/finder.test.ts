import { describe, expect, it } from 'vitest';
import type { KeyAnswers } from './types';
import { findProcedures, type FinderInput, type FinderResult } from './finder';
import { makeOptions, modelOptions, yearOptions } from './car-options';
import { canonicalMakes } from './makes';
import { decodeVin } from '../vehicle';
import { CATALOGUE } from './test/full-catalogue';

const YEAR = 2025;

function find(car: FinderInput['car'], answers: KeyAnswers = {}) {
	const r = findProcedures({ car, answers, currentYear: YEAR }, CATALOGUE);
	if (!r.ok) throw new Error(r.error);
	return r;
}
const ids = (r: Extract<FinderResult, { ok: true }>) => r.candidates.map((c) => c.id);

describe('typed VIN of a 2005 MINI Cooper S (R53)', () => {
	const vin = { by: 'vin', vin: 'wmwre33455td12345' } as const;

	it('decodes to the R53 and asks which key, because the VIN has no production month', () => {
		const r = find(vin);
		expect(r.car).toMatchObject({
			label: '2005 MINI Cooper S (R53)',
			vin: 'WMWRE33455TD12345',
			confidence: 'C'
		});
		expect(r.car.facts).toMatchObject({ makes: ['MINI'], chassis: ['R53'], year: 2005 });
		expect(r.nextQuestion?.id).toBe('mini-key-buttons');
		expect(r.several).toBe(true);
		expect(r.note).toMatch(/question below/);
		expect(ids(r)).toContain('mini-r5x-3-button');
		expect(ids(r)).toContain('mini-r5x-2-button-quick');
		expect(ids(r)).not.toContain('mini-cas-keys');
	});

	it('3 buttons → procedure B first; whether the key is new still matters', () => {
		const r = find(vin, { 'mini-key-buttons': '3' });
		expect(r.candidates[0]).toMatchObject({
			id: 'mini-r5x-3-button',
			kind: 'procedure',
			confidence: 'C',
			pending: []
		});
		expect(ids(r)).toEqual(['mini-r5x-3-button', 'bmw-mini-new-key']);
		expect(r.nextQuestion?.id).toBe('key-origin');
	});

	it('3 buttons, a key the car knew → procedure B alone, nothing more to ask', () => {
		const r = find(vin, { 'mini-key-buttons': '3', 'key-origin': 'worked-before' });
		expect(ids(r)).toEqual(['mini-r5x-3-button']);
		expect(r.nextQuestion).toBeNull();
		expect(r.several).toBe(false);
		expect(r.note).toBeNull();
	});

	it('3 buttons, a new key → procedure B for the remote and the shop for the engine chip, and says both apply', () => {
		const r = find(vin, { 'mini-key-buttons': '3', 'key-origin': 'new' });
		expect(ids(r)).toEqual(['mini-r5x-3-button', 'bmw-mini-new-key']);
		expect(r.nextQuestion).toBeNull();
		expect(r.note).toMatch(/a home procedure, and a shop job/);
	});

	it('2 buttons → the quick resync and the shop path for a new remote', () => {
		const r = find(vin, { 'mini-key-buttons': '2' });
		expect(ids(r)).toEqual(
			expect.arrayContaining([
				'mini-r5x-2-button-quick',
				'mini-r5x-2-button-new-remote',
				'bmw-mini-new-key'
			])
		);
		expect(r.nextQuestion?.id).toBe('key-origin');
		// Best-sourced first: the shop paths (C) before the uncertain quick resync (U).
		expect(r.candidates.at(-1)?.id).toBe('mini-r5x-2-button-quick');
		expect(
			find(vin, { 'mini-key-buttons': '2', 'key-origin': 'worked-before' }).candidates.map(
				(c) => c.id
			)
		).toEqual(['mini-r5x-2-button-quick']);
		const fresh = find(vin, { 'mini-key-buttons': '2', 'key-origin': 'new' });
		expect(ids(fresh)).toEqual(['mini-r5x-2-button-new-remote', 'bmw-mini-new-key']);
		expect(fresh.candidates.every((c) => c.kind === 'shop')).toBe(true);
	});

	it('"not sure" keeps the candidates and is not asked again', () => {
		const r = find(vin, { 'mini-key-buttons': '3', 'key-origin': 'unsure' });
		expect(ids(r)).toEqual(['mini-r5x-3-button', 'bmw-mini-new-key']);
		expect(r.nextQuestion).toBeNull();
	});
});

describe('other cars', () => {
	it('an R56 VIN → the shop path only, no question', () => {
		const r = find({ by: 'vin', vin: 'WMWMF33538TL12345' });
		expect(ids(r)).toEqual(['mini-cas-keys']);
		expect(r.candidates[0]?.pending).toEqual([]);
		expect(r.nextQuestion).toBeNull();
		expect(r.fallback).toBe(false);
	});

	it('BMW E46 picked by make, model and year → the BMW remote initialisation', () => {
		const r = find({ by: 'pick', make: 'BMW', model: 'BMW 3 Series (E46)', year: 2003 });
		expect(r.car.label).toBe('2003 BMW 3 Series (E46)');
		expect(r.candidates[0]).toMatchObject({ id: 'bmw-remote-init', pending: [] });
		expect(ids(r)).not.toContain('bmw-push-button-keys');
		expect(r.nextQuestion?.id).toBe('key-origin');
	});

	it('BMW E90: push-button start decides between the home procedure and the shop', () => {
		const car = {
			by: 'pick',
			make: 'BMW',
			model: 'BMW 3 Series (E90 / E91 / E92 / E93)',
			year: 2008
		} as const;
		expect(find(car).nextQuestion?.id).toBe('push-button-start');
		expect(ids(find(car, { 'push-button-start': 'yes' }))).toEqual(['bmw-push-button-keys']);
		expect(ids(find(car, { 'push-button-start': 'no' }))).toEqual(['bmw-remote-init']);
	});

	it('a BMW VIN does not name the model: the model is asked first, then what still splits', () => {
		const car = { by: 'vin', vin: 'WBAAV33421FU12345' } as const;
		const r = find(car);
		expect(r.car.label).toBe('2001 BMW');
		expect(r.nextQuestion?.id).toBe('model');
		const models = r.nextQuestion!.options.map((o) => o.id);
		expect(models).toEqual(expect.arrayContaining(['BMW 3 Series (E46)', 'BMW X5 (E53)', 'other']));
		expect(models.some((m) => m.startsWith('MINI'))).toBe(false);
		const e46 = find(car, { model: 'BMW 3 Series (E46)' });
		expect(e46.candidates[0]).toMatchObject({ id: 'bmw-remote-init', pending: [] });
		expect(e46.nextQuestion?.id).toBe('key-origin');
		const other = find(car, { model: 'other' });
		expect(other.nextQuestion?.id).toBe('push-button-start');
		expect(ids(find(car, { model: 'other', 'push-button-start': 'yes' }))).toEqual([
			'bmw-push-button-keys'
		]);
		const notListed = find(car, { model: 'other', 'push-button-start': 'no' });
		expect(notListed.fallback).toBe(false);
		expect(notListed.candidates.map((c) => c.id)).toEqual(['bmw-mini-any-shop']);
	});

	it('a MINI whose VIN does not give the generation: the key tells', () => {
		const car = { by: 'vin', vin: 'WMWXX11128T123456' } as const; // 2008: first generation (R52) or later
		const r = find(car);
		expect(r.nextQuestion?.id).toBe('mini-key-buttons');
		expect(ids(find(car, { 'mini-key-buttons': 'slot' }))).toEqual(['mini-cas-keys']);
		expect(ids(find(car, { 'mini-key-buttons': '3' }))).toContain('mini-r5x-3-button');
		expect(find(car, { 'mini-key-buttons': '3' }).car.label).toBe('2008 MINI');
	});

	it('a make nobody has data for → the honest fallback shop path', () => {
		const r = find({ by: 'pick', make: 'SsangYong', model: 'other', year: 2005 });
		expect(r.fallback).toBe(true);
		expect(ids(r)).toEqual(['no-owner-procedure']);
		expect(r.note).toMatch(/no sourced home procedure/);
		expect(find({ by: 'vin', vin: 'SCCPC11128HA12345' }).fallback).toBe(true);
	});

	it('a MINI model not in the list → the BMW and MINI shop path, before the general fallback', () => {
		const r = find({ by: 'pick', make: 'MINI', model: 'other', year: 2016 });
		expect(r.fallback).toBe(false);
		expect(r.candidates.map((c) => c.id)).toEqual(['bmw-mini-any-shop']);
	});

	it('a scanned vehicle works the same as its VIN', () => {
		const r = find({
			by: 'vehicle',
			vehicle: decodeVin('WMWRC33483TE12345', { currentYear: YEAR })
		});
		expect(r.car.label).toBe('2003 MINI Cooper (R50)');
		expect(r.nextQuestion?.id).toBe('mini-key-buttons');
	});
});

describe('a VIN that fails its check gives a clear reason', () => {
	it.each([
		['WMWRE3345', /17 characters; this one has 9/],
		['WMWRE33O55TD12345', /letter O .* never used/],
		['1FAFP40451F123456', /check digit/],
		['', /No VIN entered/]
	])('%s', (vin, reason) => {
		const r = findProcedures({ car: { by: 'vin', vin }, currentYear: YEAR }, CATALOGUE);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.error).toMatch(reason);
	});

	it('a maker code FobSync does not know asks for the make instead', () => {
		const r = findProcedures(
			{ car: { by: 'vin', vin: 'XYZAB12345C123456' }, currentYear: YEAR },
			CATALOGUE
		);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.error).toMatch(/Choose the make, model and year/);
	});
});

describe('options for the Make, Model and Year selects', () => {
	it('makes: the catalogue’s and the WMI table’s, plain names, no duplicates', () => {
		const makes = makeOptions(CATALOGUE);
		const names = makes.map((m) => m.value);
		expect(new Set(names).size).toBe(names.length);
		expect(makes.find((m) => m.value === 'MINI')?.covered).toBe(true);
		expect(makes.find((m) => m.value === 'BMW')?.covered).toBe(true);
		expect(makes.find((m) => m.value === 'Toyota')?.covered).toBe(true);
		expect(makes.find((m) => m.value === 'SsangYong')?.covered).toBe(false);
		expect(names).toEqual(
			expect.arrayContaining(['Ford', 'Opel', 'Vauxhall', 'Volkswagen', 'Honda', 'Chevrolet'])
		);
		expect(names.some((n) => /\(|\//.test(n))).toBe(false);
		expect(names).not.toContain('BMW M');
	});

	it('every make can be picked and lands on a procedure or a shop path', () => {
		for (const make of makeOptions(CATALOGUE)) {
			for (const model of modelOptions(make.value, CATALOGUE)) {
				const years = yearOptions(make.value, model.value, YEAR, CATALOGUE);
				const r = findProcedures(
					{
						car: {
							by: 'pick',
							make: make.value,
							model: model.value,
							year: Number(years[0]!.value)
						},
						currentYear: YEAR
					},
					CATALOGUE
				);
				expect(r.ok && r.candidates.length > 0, `${make.value} ${model.value}`).toBe(true);
			}
		}
	});

	it('models of a make, ending with "My model is not listed"', () => {
		expect(modelOptions('MINI', CATALOGUE).map((m) => m.value)).toEqual([
			'MINI One / Cooper hatch (R50)',
			'MINI Cooper S hatch (R53)',
			'MINI Convertible (R52)',
			'MINI second generation or later (R55 Clubman, R56 hatch, R57 convertible …)',
			'other'
		]);
		const bmw = modelOptions('BMW', CATALOGUE).map((m) => m.label);
		expect(bmw).toContain('BMW 5 Series (E39)');
		expect(bmw.some((l) => /Another BMW/.test(l))).toBe(false);
		expect(modelOptions('SsangYong', CATALOGUE)).toEqual([
			{ value: 'other', label: 'My model is not listed' }
		]);
	});

	it('years: the model’s sourced years when known, otherwise a long list', () => {
		expect(
			yearOptions('MINI', 'MINI Cooper S hatch (R53)', YEAR, CATALOGUE).map((y) => y.value)
		).toEqual(['2006', '2005', '2004', '2003', '2002']);
		const any = yearOptions('Toyota', null, YEAR, CATALOGUE);
		expect(any[0]?.value).toBe('2026');
		expect(any.at(-1)?.value).toBe('1985');
	});

	it('maker names from the WMI table are reduced to plain makes', () => {
		expect(canonicalMakes('Ford (SUV)')).toEqual(['Ford']);
		expect(canonicalMakes('Opel / Vauxhall')).toEqual(['Opel', 'Vauxhall']);
		expect(canonicalMakes('BMW M')).toEqual(['BMW']);
		expect(canonicalMakes('Chrysler / Dodge / Jeep (SUV)')).toEqual(['Chrysler', 'Dodge', 'Jeep']);
		expect(canonicalMakes(null)).toEqual([]);
	});
});

describe('a MINI picked by the name it was sold under (vPIC "Cooper"), not its generation', () => {
	const cooper = (year: number) => ({ by: 'pick', make: 'MINI', model: 'Cooper', year }) as const;

	it('2003: the key tells the generation, as for a VIN; a 2-button key gets the home resync, not the shop', () => {
		const r = find(cooper(2003));
		expect(r.fallback).toBe(false);
		expect(r.nextQuestion?.id).toBe('mini-key-buttons');
		const two = find(cooper(2003), { 'mini-key-buttons': '2' });
		expect(ids(two)[0]).toMatch(/^mini-r5x-2-button/);
		expect(ids(two)).not.toContain('mini-cas-keys');
		expect(two.note ?? '').not.toMatch(/no sourced home procedure/);
	});

	it('2003 with a key that goes into a slot: no first-generation procedure, and no second-generation one before 2007', () => {
		const r = find(cooper(2003), { 'mini-key-buttons': 'slot' });
		expect(ids(r).some((id) => id.startsWith('mini-r5x'))).toBe(false);
		expect(ids(r)).not.toContain('mini-cas-keys');
	});

	it('2009: only the second generation is sold as a Cooper then, and it is the shop path', () => {
		const r = find(cooper(2009), { 'mini-key-buttons': 'slot' });
		expect(ids(r)[0]).toBe('mini-cas-keys');
		expect(ids(find(cooper(2009))).some((id) => id.startsWith('mini-r5x'))).toBe(false);
	});

	it('a name no entry was sold under still goes to the make’s own path, as before', () => {
		const r = find({ by: 'pick', make: 'MINI', model: 'Countryman', year: 2005 });
		expect(ids(r).some((id) => id.startsWith('mini-r5x'))).toBe(false);
	});
});
