import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '$lib/resync/test/full-catalogue';
import { findProcedures } from '$lib/resync/finder';
import { OWNER } from '$lib/resync/test/owner-answers';
import { markOnCar } from './candidate-mark';

const ford = CATALOGUE.procedures.find((p) => p.id === 'ford-rke-8-turns')!;

function candidateFor(model: string, year: number) {
	const r = findProcedures(
		{ car: { by: 'pick', make: 'Ford', model, year }, answers: OWNER },
		CATALOGUE
	);
	if (!r.ok) throw new Error(r.error);
	return r.candidates.find((c) => c.id === ford.id) ?? null;
}

describe('the mark shown for a procedure on the owner’s car', () => {
	it('is weaker than the procedure’s when only a weaker source names the model (2005 F-150)', () => {
		expect(ford.confidence).toBe('M');
		const mark = markOnCar(ford, candidateFor('F-150', 2005));
		expect(mark.confidence).toBe('S');
		expect(mark.note).toMatch(/F-150 rests on weaker evidence/);
		// The model's own source is cited along with the procedure's.
		expect(mark.sources.length).toBeGreaterThan(ford.sources.length - 1);
		expect(new Set(mark.sources)).toEqual(new Set([...mark.sources, ...ford.sources]));
	});

	it('is the procedure’s own where the maker’s text names the model (2005 F-350)', () => {
		const mark = markOnCar(ford, candidateFor('F-350 Super Duty', 2005));
		expect(mark.confidence).toBe('M');
		expect(mark.note).toBe(ford.confidenceNote ?? null);
	});

	it('is the procedure’s own without a car', () => {
		expect(markOnCar(ford, null).confidence).toBe(ford.confidence);
	});
});
