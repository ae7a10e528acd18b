import { describe, expect, it } from 'vitest';
import type { KeyAnswers } from './types';
import { CATALOGUE } from './test/full-catalogue';
import { findProcedures, type FinderInput } from './finder';
import { sameMake } from './makes';
import { OTHER_MODEL } from './match';

/**
 * Applicability as a typical owner answers it: the year "Not sure", a model
 * no procedure names, a key that worked before.
 */

const OWNER: KeyAnswers = {
	'push-button-start': 'no',
	'working-keys': '2+',
	'key-origin': 'worked-before',
	'ford-market': 'north-america'
};

function found(car: FinderInput['car'], answers: KeyAnswers = OWNER) {
	const r = findProcedures({ car, answers, currentYear: 2026 }, CATALOGUE);
	if (!r.ok) throw new Error(r.error);
	return r;
}

describe('year "Not sure" never hands out another generation’s procedure silently', () => {
	it('a Camry with no year gets the 2002–2005 registration only as U, with the years said', () => {
		const r = found({ by: 'pick', make: 'Toyota', model: 'Camry', year: null });
		const p21 = r.candidates.find((c) => c.id === 'toyota-remote-add')!;
		expect(p21.confidence).toBe('U');
		expect(p21.yearNote).toBe(
			'Sourced for 2002–2005; your year is not confirmed. Choose the year if you know it.'
		);
		expect(r.candidates[0]!.id).not.toBe('toyota-remote-add');
	});

	it('a 2014 Camry (year given) does not get the 2002–2005 procedure at all', () => {
		const r = found({ by: 'pick', make: 'Toyota', model: 'Camry', year: 2014 });
		expect(r.candidates.map((c) => c.id)).not.toContain('toyota-remote-add');
	});

	it('a Silverado with no year gets the truck door-switch methods only as U, each with its years', () => {
		const r = found({ by: 'pick', make: 'Chevrolet', model: 'Silverado', year: null });
		const trucks = r.candidates.filter((c) => c.id.startsWith('gm-truck-door-switch'));
		expect(trucks.length).toBeGreaterThan(0);
		for (const c of trucks) {
			expect(c.confidence, c.id).toBe('U');
			expect(c.yearNote, c.id).toMatch(/^Sourced for \d{4}(–\d{4})?; your year is not confirmed/);
		}
		expect(r.note).toMatch(/your year is not confirmed/);
	});

	it('a 2010 Silverado (year given) gets neither truck method', () => {
		const r = found({ by: 'pick', make: 'Chevrolet', model: 'Silverado', year: 2010 });
		expect(r.candidates.some((c) => c.id.startsWith('gm-truck-door-switch'))).toBe(false);
		expect(r.fallback).toBe(false);
	});

	it('a model named by its generation (MINI R53) needs no year', () => {
		const r = found(
			{ by: 'pick', make: 'MINI', model: 'MINI Cooper S hatch (R53)', year: null },
			{ ...OWNER, 'mini-key-buttons': '3' }
		);
		expect(r.candidates.every((c) => !c.yearNote)).toBe(true);
		expect(r.candidates[0]!.confidence).not.toBe('U');
	});
});

describe('every covered make has its own shop path before the general fallback', () => {
	for (const model of ['Fusion', 'Escape', 'Focus']) {
		it(`a 2014 Ford ${model} reaches Ford’s shop path, not the general one`, () => {
			const r = found({ by: 'pick', make: 'Ford', model, year: 2014 });
			expect(r.fallback).toBe(false);
			expect(r.candidates.map((c) => c.id)).toContain('ford-other-shop');
		});
	}

	it('an unlisted model of every make with a procedure ends on that make’s own entries', () => {
		const makes = [...new Set(CATALOGUE.procedures.flatMap((p) => p.applies.makes))];
		for (const make of makes) {
			for (const year of [1990, 2014]) {
				const r = found({ by: 'pick', make, model: OTHER_MODEL, year });
				expect(r.fallback, `${year} ${make}`).toBe(false);
				const ofMake = r.candidates.filter((c) =>
					(c.procedure ?? c.shopPath)!.applies.makes.some((m) => sameMake(m, make))
				);
				expect(ofMake.length, `${year} ${make}`).toBeGreaterThan(0);
			}
		}
	});
});

describe('a new or second-hand key hears what its chip needs, per make', () => {
	const makes = [...new Set(CATALOGUE.procedures.flatMap((p) => p.applies.makes))];

	it('every make with a procedure has a sourced chip fact, said when the key is new', () => {
		for (const make of makes) {
			const r = found(
				{ by: 'pick', make, model: OTHER_MODEL, year: 2005 },
				{ ...OWNER, 'key-origin': 'new' }
			);
			expect(r.newKeyChip?.text, make).toMatch(/chip|coded/);
			expect(r.newKeyChip?.sources.length, make).toBeGreaterThan(0);
			expect(r.note, make).toContain(r.newKeyChip!.text);
		}
	});

	it('GM, Toyota, Honda and Nissan say it too (they teach only the remote at home)', () => {
		for (const [make, model, year] of [
			['Chevrolet', 'Silverado', 2000],
			['Toyota', 'Camry', 2002],
			['Honda', 'Accord', 2003],
			['Nissan', 'Altima', 2002]
		] as const) {
			const r = found({ by: 'pick', make, model, year }, { ...OWNER, 'key-origin': 'new' });
			expect(r.note, make).toMatch(/chip coded to the car before it starts it/);
		}
	});

	it('is asked where the answers do not split the candidates, so a new key can be told', () => {
		for (const [make, model, year] of [
			['Honda', 'Accord', 2003],
			['Toyota', 'Camry', 2002]
		] as const) {
			// Every other question answered; the key's history alone splits nothing here.
			const { ['key-origin']: _, ...rest } = OWNER;
			const r = found({ by: 'pick', make, model, year }, rest);
			expect(r.nextQuestion?.id, make).toBe('key-origin');
		}
	});

	it('a key that worked before is not told about its chip', () => {
		const r = found({ by: 'pick', make: 'Toyota', model: 'Camry', year: 2002 });
		expect(r.newKeyChip).toBeNull();
		expect(r.note ?? '').not.toMatch(/chip/);
	});
});
