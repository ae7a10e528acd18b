import { describe, expect, it } from 'vitest';
import type { Applicability } from './types';
import { matchEntry, MODEL_QUESTION_ID, pickableModels, type CarFacts } from './match';

/* match.ts decides one entry against one car: no catalogue, so the finder's walk is the only loop. */

const applies: Applicability = {
	makes: ['Toyota'],
	models: [
		{ name: 'Camry', from: 2002, to: 2006 },
		{ name: 'Corolla', from: 2003, to: 2008 },
		{ name: 'Another Toyota with a turn key', identifiedBy: { 'push-button-start': ['no'] } },
		{ name: 'Every other Toyota', otherModels: true, confidence: 'U' }
	],
	exclusions: []
};
const car = (over: Partial<CarFacts> = {}): CarFacts => ({
	makes: ['Toyota'],
	model: null,
	chassis: [],
	year: 2007,
	...over
});

describe('one entry against one car', () => {
	it('the answer to "which model is it?" stands for the model the VIN did not name', () => {
		// 2007 is past the Camry's years: only "every other Toyota" is left.
		const camry = matchEntry({ applies }, car(), { [MODEL_QUESTION_ID]: 'Camry' });
		expect(camry).toMatchObject({ ok: true, exact: false });
		expect(camry.ok && camry.models?.map((r) => r.name)).toEqual(['Every other Toyota']);
		const m = matchEntry({ applies }, car(), { [MODEL_QUESTION_ID]: 'Corolla' });
		expect(m).toMatchObject({ ok: true, exact: true, pending: [] });
	});

	it('a procedure that needs working keys asks for them, and refuses too few', () => {
		const entry = { applies, workingKeysNeeded: 2 };
		const named = { [MODEL_QUESTION_ID]: 'Corolla' };
		expect(matchEntry(entry, car(), named)).toMatchObject({ ok: true, pending: ['working-keys'] });
		expect(matchEntry(entry, car(), { ...named, 'working-keys': '1' }).ok).toBe(false);
		expect(matchEntry({ applies }, car(), { ...named, 'working-keys': '1' }).ok).toBe(true);
	});

	it('offers the models an owner can pick for this car: make and years fit, no catch-all', () => {
		expect(pickableModels({ applies }, car())).toEqual(['Corolla']);
		expect(pickableModels({ applies }, car({ year: null }))).toEqual(['Camry', 'Corolla']);
		expect(pickableModels({ applies }, car({ year: 2004 }))).toEqual(['Camry', 'Corolla']);
	});
});
