import { describe, expect, it } from 'vitest';
import type { Applicability, KeyAnswers } from './types';
import { CATALOGUE } from './test/full-catalogue';
import { findProcedures } from './finder';
import { matchApplicability, type CarFacts } from './match';

/** Answers that fit everything an entry asks for (its first allowed option each). */
function fittingAnswers(a: Applicability): KeyAnswers {
	const out: Record<string, string> = { 'working-keys': '2+' };
	for (const req of [a.answers, ...(a.models ?? []).map((m) => m.answers)])
		for (const [q, allowed] of Object.entries(req ?? {})) out[q] ??= allowed[0]!;
	return out;
}

describe('exclusions are data the finder enforces', () => {
	const named = CATALOGUE.procedures.flatMap((p) =>
		p.applies.exclusions.flatMap((e) => (e.cars ?? []).map((car) => ({ p, e, car })))
	);

	it('some exclusions name their cars as data (the US Focus among them)', () => {
		expect(named.some(({ car }) => car.model === 'Focus')).toBe(true);
	});

	it('no procedure is offered to a car its exclusions name, over the whole catalogue', () => {
		for (const { p, e, car } of named) {
			const years = [car.from, car.to].filter((y): y is number => y !== undefined);
			for (const year of years.length ? years : [p.applies.years?.from ?? 2005]) {
				const facts: CarFacts = { makes: [car.make], model: car.model ?? null, chassis: [], year };
				const answers = fittingAnswers(p.applies);
				const where = `${p.id} / ${year} ${car.make} ${car.model ?? ''}: ${e.text}`;
				expect(matchApplicability(p.applies, facts, answers).ok, where).toBe(false);
				const found = findProcedures(
					{
						car: { by: 'pick', make: car.make, model: car.model ?? null, year },
						answers
					},
					CATALOGUE
				);
				if (!found.ok) continue;
				expect(
					found.candidates.map((c) => c.id),
					where
				).not.toContain(p.id);
			}
		}
	});

	for (const year of [2003, 2005]) {
		it(`a ${year} US Ford Focus gets the Focus four-turn procedure first, never the eight-turn one`, () => {
			const found = findProcedures(
				{
					car: { by: 'pick', make: 'Ford', model: 'Focus', year },
					answers: {
						'ford-market': 'north-america',
						'push-button-start': 'no',
						'working-keys': '2+',
						'key-origin': 'worked-before'
					}
				},
				CATALOGUE
			);
			if (!found.ok) throw new Error(found.error);
			const ids = found.candidates.map((c) => c.id);
			expect(ids[0]).toBe('ford-rke-focus-4-turns');
			expect(ids.filter((id) => id.startsWith('ford-rke-8-turns'))).toEqual([]);
		});
	}
});
