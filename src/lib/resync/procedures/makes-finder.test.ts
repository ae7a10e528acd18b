/**
 * The make modules through the finder and the select options: the cars the
 * guide's own tests pick (a 2005 F-150 by make, model and year, a 2012
 * Hyundai, a VW after a battery change), models kept to their own make, and
 * cars no procedure covers ending on the general shop path.
 */
import { describe, expect, it } from 'vitest';
import type { KeyAnswers } from '../types';
import { findProcedures, type CarQuery } from '../finder';
import { modelOptions } from '../car-options';
import { CATALOGUE } from '../test/full-catalogue';
import { OWNER } from '../test/owner-answers';

const YEAR = 2025;

/** Answers the finder's questions until none is left; returns the result and what was asked. */
function settle(car: CarQuery, answers: KeyAnswers = OWNER) {
	const given: Record<string, string> = {};
	const asked: string[] = [];
	for (;;) {
		const r = findProcedures({ car, answers: given, currentYear: YEAR }, CATALOGUE);
		if (!r.ok) throw new Error(r.error);
		const q = r.nextQuestion;
		if (!q) return { result: r, asked };
		expect(asked, 'a question is asked once').not.toContain(q.id);
		asked.push(q.id);
		given[q.id] = answers[q.id] ?? q.options[0]!.id;
	}
}

describe('cars the guide is tested with', () => {
	it('a 2005 Ford F-150 by make, model and year: eight turns within 10 s, 20 s per remote', () => {
		const { result, asked } = settle({ by: 'pick', make: 'Ford', model: 'F-150', year: 2005 });
		expect(asked).toEqual(expect.arrayContaining(['push-button-start', 'ford-market']));
		const best = result.candidates[0]!;
		expect(best.id).toBe('ford-rke-8-turns');
		const step = (id: string) => best.procedure!.setup.find((s) => s.id === id)!;
		// The 10 s open when the owner taps Go on the get-ready step, not when the turns appear.
		expect(step('turns-ready').opens?.find((w) => w.id === 'turns')).toMatchObject({
			maxSeconds: 10,
			startsOn: 'done'
		});
		expect(step('turns').opens?.find((w) => w.id === 'program')?.maxSeconds).toBe(20);
		expect(result.fallback).toBe(false);
	});

	it('a 2012 Hyundai: the shop path, no procedure and so no countdown', () => {
		const { result } = settle({ by: 'pick', make: 'Hyundai', model: 'other', year: 2012 });
		expect(result.candidates.map((c) => c.id)).toEqual(['hyundai-kia-shop']);
		expect(result.candidates[0]!.procedure).toBeNull();
	});

	it('a VW after a battery change, remote known to the car: the resync', () => {
		const { result, asked } = settle({
			by: 'pick',
			make: 'Volkswagen',
			model: 'other',
			year: 2011
		});
		expect(asked).toContain('key-origin');
		expect(result.candidates.map((c) => c.id)).toEqual(['vw-audi-remote-resync']);
	});

	it('a new VW remote: the shop path, not the resync', () => {
		const { result } = settle(
			{ by: 'pick', make: 'Volkswagen', model: 'other', year: 2011 },
			{ ...OWNER, 'key-origin': 'new' }
		);
		expect(result.candidates.map((c) => c.id)).toEqual(['vw-audi-new-key-shop']);
	});

	it('a Ford with one working key and a new coded key: the coded-key shop path', () => {
		const { result } = settle(
			{ by: 'pick', make: 'Ford', model: 'other', year: 2009 },
			{ ...OWNER, 'working-keys': '1' }
		);
		const ids = result.candidates.map((c) => c.id);
		expect(ids).toContain('ford-coded-key-shop');
		expect(ids).not.toContain('ford-coded-key-2008-2012');
	});
});

describe('models stay with their make', () => {
	it('the Make / Model selects list each make’s own models', () => {
		const lincoln = modelOptions('Lincoln', CATALOGUE).map((m) => m.value);
		expect(lincoln).toEqual(expect.arrayContaining(['Town Car', 'Navigator', 'Aviator']));
		expect(lincoln).not.toContain('F-150');
		const ford = modelOptions('Ford', CATALOGUE).map((m) => m.value);
		expect(ford).toEqual(expect.arrayContaining(['F-150', 'Transit Connect']));
		expect(ford).not.toContain('Navigator');
		expect(modelOptions('Oldsmobile', CATALOGUE).map((m) => m.value)).not.toContain('Malibu');
		expect(modelOptions('Lexus', CATALOGUE).map((m) => m.value)).toEqual([
			'ES300',
			'GS430',
			'LS460L',
			'ES350',
			'SC430',
			'other'
		]);
	});

	it('a model of another make does not match: a Chevrolet "Alero" finds no GM procedure', () => {
		const r = findProcedures(
			{
				car: { by: 'pick', make: 'Chevrolet', model: 'Alero', year: 2000 },
				answers: OWNER,
				currentYear: YEAR
			},
			CATALOGUE
		);
		expect(r.ok && r.candidates.map((c) => c.id)).not.toContain('gm-door-switch-key-inserts');
	});
});

describe('cars no procedure covers', () => {
	it('a Honda no source covers ends on Honda’s own shop path, before the general one', () => {
		const { result } = settle({ by: 'pick', make: 'Honda', model: 'other', year: 2010 });
		expect(result.fallback).toBe(false);
		expect(result.candidates.map((c) => c.id)).toEqual(['honda-other-shop']);
	});

	it('a make nobody researched: the general shop path says what the shop does', () => {
		const { result } = settle({ by: 'vin', vin: 'SCCPC11128HA12345' });
		expect(result.fallback).toBe(true);
		expect(CATALOGUE.fallback.involves.map((i) => i.text).join(' ')).toMatch(/diagnostic tool/);
	});
});
