import { describe, expect, it } from 'vitest';
import { findProcedures, type FinderInput } from './finder';
import { yearOptions } from './car-options';
import { CATALOGUE } from './test/full-catalogue';

/**
 * A BMW chassis code names cars of certain years only: an owner who picks
 * "BMW 3 Series (E46)" for a 2015 car has no E46, and no source covers that
 * car, so it must not get the E46 procedure (nor be offered the year).
 */

const YEAR = 2025;

function find(car: FinderInput['car']) {
	const r = findProcedures({ car, answers: {}, currentYear: YEAR }, CATALOGUE);
	if (!r.ok) throw new Error(r.error);
	return r;
}

/** Every BMW model entry named by its chassis, across procedures and shop paths. */
const bmwChassisEntries = [...CATALOGUE.procedures, ...CATALOGUE.shopPaths].flatMap((e) =>
	(e.applies.models ?? [])
		.filter((m) => m.chassis?.length && (m.make ?? e.applies.makes[0]) === 'BMW')
		.map((m) => ({ owner: e.id, model: m }))
);

describe('BMW chassis years', () => {
	it('every BMW chassis entry gives its first and last year and cites where they come from', () => {
		expect(bmwChassisEntries.length).toBeGreaterThan(0);
		for (const { owner, model } of bmwChassisEntries) {
			const at = `${owner}: ${model.name}`;
			expect(model.from, at).toBeTypeOf('number');
			expect(model.to, at).toBeTypeOf('number');
			expect(model.sources?.length, at).toBeGreaterThan(0);
		}
	});

	it('one chassis has the same years wherever it is listed', () => {
		const seen = new Map<string, string>();
		for (const { owner, model } of bmwChassisEntries) {
			const years = `${model.from}–${model.to}`;
			expect(seen.get(model.name) ?? years, `${owner}: ${model.name}`).toBe(years);
			seen.set(model.name, years);
		}
	});

	it('a 2015 car picked as "BMW 3 Series (E46)" gets no home procedure, only the shop path', () => {
		const r = find({ by: 'pick', make: 'BMW', model: 'BMW 3 Series (E46)', year: 2015 });
		expect(r.candidates.map((c) => c.id)).not.toContain('bmw-remote-init');
		expect(r.candidates.every((c) => c.kind === 'shop')).toBe(true);
		expect(r.candidates.length).toBeGreaterThan(0);
	});

	it('a 2015 car picked as "BMW X5 (E53)" does not get the X5 text either', () => {
		const r = find({ by: 'pick', make: 'BMW', model: 'BMW X5 (E53)', year: 2015 });
		expect(r.candidates.map((c) => c.id)).not.toContain('bmw-e53-remote-init');
		expect(r.candidates.every((c) => c.kind === 'shop')).toBe(true);
	});

	it('a 2015 BMW VIN is not asked to pick among chassis built years before', () => {
		const r = find({ by: 'vin', vin: 'WBAAV3349FFU12345' });
		expect(r.car.facts.year).toBe(2015);
		const offered = (r.nextQuestion?.options ?? []).map((o) => o.id);
		for (const { model } of bmwChassisEntries) expect(offered).not.toContain(model.name);
		expect(r.candidates.map((c) => c.id)).not.toContain('bmw-remote-init');
		expect(r.candidates.map((c) => c.id)).not.toContain('bmw-e53-remote-init');
	});

	it('an E46 of a year it was built keeps its procedure', () => {
		for (const year of [1997, 2006]) {
			const r = find({ by: 'pick', make: 'BMW', model: 'BMW 3 Series (E46)', year });
			expect(r.candidates[0]?.id, String(year)).toBe('bmw-remote-init');
		}
	});

	it('the Year select offers a chassis only its own years', () => {
		const years = (model: string) =>
			yearOptions('BMW', model, YEAR, CATALOGUE).map((o) => Number(o.value));
		const e46 = years('BMW 3 Series (E46)');
		expect(e46[0]).toBe(2006);
		expect(e46.at(-1)).toBe(1997);
		expect(e46).not.toContain(2015);
		for (const { model } of bmwChassisEntries) {
			const offered = years(model.name);
			expect(Math.max(...offered), model.name).toBe(model.to);
			expect(Math.min(...offered), model.name).toBe(model.from);
		}
	});
});
