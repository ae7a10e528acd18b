import { describe, expect, it } from 'vitest';
import type { CatalogueModule, KeyAnswers, Procedure } from './types';
import { buildCatalogue } from './catalogue';
import { CATALOGUE } from './test/full-catalogue';
import { checkCatalogue } from './catalogue-check';
import { findProcedures, type CarQuery } from './finder';
import { modelOptions, yearOptions } from './car-options';
import { verdictFor } from './verdict';
import { GENERIC_MODULE } from './procedures/generic';
import { OWNER } from './test/owner-answers';

/**
 * A model entry can be weaker than its procedure (`ModelRange.confidence`):
 * the procedure's mark governs its steps, the entry's whether they apply to
 * that model and those years. The finder (order and the mark it reports), the
 * verdict and the coverage table use the weaker of the two.
 */

const YEAR = 2025;

function candidates(car: CarQuery, answers: KeyAnswers = OWNER, catalogue = CATALOGUE) {
	const r = findProcedures({ car, answers, currentYear: YEAR }, catalogue);
	if (!r.ok) throw new Error(r.error);
	return r.candidates;
}
const pick = (make: string, model: string, year: number): CarQuery => ({
	by: 'pick',
	make,
	model,
	year
});
const one = (car: CarQuery, id: string) => candidates(car).find((c) => c.id === id)!;

describe('the finder reports the weaker of the procedure and the matched model', () => {
	it('Ford eight turns: M on the 2003 Escape (Ford manual), S on the 2005 F-150 (one owner guide)', () => {
		const escape = one(pick('Ford', 'Escape', 2003), 'ford-rke-8-turns');
		expect(escape).toMatchObject({ confidence: 'M', weakerModel: null });
		const f150 = one(pick('Ford', 'F-150', 2005), 'ford-rke-8-turns');
		expect(f150.confidence).toBe('S');
		expect(f150.procedure!.confidence).toBe('M'); // the steps stay Ford's own
		expect(f150.weakerModel).toEqual({
			name: 'F-150',
			confidence: 'S',
			sources: ['fordtrucks-fob-article', 'itstillruns-ford-remote']
		});
		expect(one(pick('Ford', 'F-350 Super Duty', 2005), 'ford-rke-8-turns').confidence).toBe('M');
		expect(one(pick('Ford', 'F-350 Super Duty', 2009), 'ford-rke-8-turns').confidence).toBe('S');
		expect(one(pick('Ford', 'Focus', 2007), 'ford-rke-8-turns').confidence).toBe('U');
	});

	it('VW/Audi resync: C on the 2011 Jetta, S on a TT, on an unlisted VW and on a Jetta of another year', () => {
		expect(one(pick('Volkswagen', 'Jetta', 2011), 'vw-audi-remote-resync').confidence).toBe('C');
		expect(one(pick('Audi', 'TT', 2004), 'vw-audi-remote-resync').confidence).toBe('S');
		const other = one(pick('Volkswagen', 'other', 2005), 'vw-audi-remote-resync');
		expect(other.confidence).toBe('S');
		expect(other.weakerModel?.sources).toEqual(['audiforums-remote']);
		expect(one(pick('Volkswagen', 'Jetta', 2005), 'vw-audi-remote-resync').confidence).toBe('S');
		// A model named by another procedure still gets the resync (as "another VW"), next to it.
		const passat = candidates(pick('Volkswagen', 'Passat', 2004)).map((c) => [c.id, c.confidence]);
		expect(passat).toEqual(
			expect.arrayContaining([
				['vw-audi-remote-resync', 'S'],
				['vw-passat-remote-memory-coding', 'S']
			])
		);
	});

	it('a VW known only by its VIN: the resync at the mark of "another VW" (the model is not known)', () => {
		const r = findProcedures(
			{
				car: { by: 'vin', vin: '3VWDX7AJ6BM123456' },
				answers: OWNER,
				currentYear: YEAR
			},
			CATALOGUE
		);
		if (!r.ok) throw new Error(r.error);
		expect(r.candidates.find((c) => c.id === 'vw-audi-remote-resync')?.confidence).toBe('S');
	});

	it('GM resync: M on the 2001 Grand Prix, S on the Corvette (one owner forum), S on the Saturn SL2', () => {
		expect(one(pick('Pontiac', 'Grand Prix', 2001), 'gm-remote-resync').confidence).toBe('M');
		expect(one(pick('Chevrolet', 'Corvette (C5)', 2001), 'gm-remote-resync').confidence).toBe('S');
		expect(one(pick('Saturn', 'SL2', 1997), 'gm-remote-resync').confidence).toBe('S');
		// The Saturn socket method: M for the years of Saturn's texts, S before.
		expect(one(pick('Saturn', 'SL2', 1997), 'saturn-s-series-socket-jumper').confidence).toBe('M');
		expect(one(pick('Saturn', 'SL2', 1993), 'saturn-s-series-socket-jumper').confidence).toBe('S');
	});

	it('orders candidates by what they can claim on this car, not by the procedure’s own mark', () => {
		const test: CatalogueModule = {
			sources: [],
			procedures: [
				{
					...CATALOGUE.procedure('gm-remote-resync')!.procedure,
					id: 'strong-steps-weak-model',
					ifItFails: [],
					applies: {
						makes: ['Saab'],
						models: [
							{
								name: '9-5',
								confidence: 'U',
								sources: ['answers-saturn-sl2']
							}
						],
						exclusions: []
					},
					confidence: 'M'
				} satisfies Procedure,
				{
					...CATALOGUE.procedure('gm-remote-resync')!.procedure,
					id: 'community-steps',
					ifItFails: [],
					applies: { makes: ['Saab'], models: [{ name: '9-5' }], exclusions: [] },
					confidence: 'C'
				} satisfies Procedure
			],
			shopPaths: []
		};
		const gmSources = CATALOGUE.modules.flatMap((m) => m.sources);
		const cat = buildCatalogue([{ ...test, sources: gmSources }, GENERIC_MODULE]);
		// These made-up procedures name no shop path to fail to; every other rule holds.
		const problems = checkCatalogue(cat).filter(
			(p) => /strong-steps|community-steps/.test(p) && !p.startsWith('[procedure.no-if-it-fails]')
		);
		expect(problems).toEqual([]);
		const order = candidates(pick('Saab', '9-5', 2000), {}, cat).map((c) => [c.id, c.confidence]);
		expect(order).toEqual([
			['community-steps', 'C'],
			['strong-steps-weak-model', 'U']
		]);
	});
});

describe('the verdict claims the weaker mark too', () => {
	it('a 2005 F-150 picked: home resync possible, with the single-source mark of the model', () => {
		const v = verdictFor(
			{
				report: null,
				car: pick('Ford', 'F-150', 2005),
				answers: OWNER,
				currentYear: YEAR
			},
			CATALOGUE
		);
		expect(v.kind).toBe('home-resync');
		expect(v.confidence).toBe('S');
	});
});

describe('model entries split by their sources stay one model in the selects', () => {
	it('the Accord is one model in the select; a model without a generation code offers every year', () => {
		expect(modelOptions('Honda', CATALOGUE).filter((o) => o.value === 'Accord')).toHaveLength(1);
		// A 2014 Camry or 2010 Silverado owner can pick the year instead of "Not sure".
		for (const [make, model] of [
			['Honda', 'Accord'],
			['Ford', 'F-350 Super Duty'],
			['Toyota', 'Camry'],
			['Chevrolet', 'Silverado']
		] as const) {
			const years = yearOptions(make, model, YEAR, CATALOGUE).map((o) => Number(o.value));
			expect([Math.min(...years), Math.max(...years)], model).toEqual([1985, YEAR + 1]);
		}
	});

	it('"every other model" is never offered as a model to pick', () => {
		const names = modelOptions('Volkswagen', CATALOGUE).map((o) => o.label);
		expect(names).toContain('Jetta');
		expect(names.join()).not.toMatch(/Another Volkswagen/);
	});
});

describe('the checks keep model marks honest', () => {
	const base = CATALOGUE.procedure('gm-remote-resync')!.procedure;
	const gmSources = CATALOGUE.modules.flatMap((m) => m.sources);
	const check = (p: Procedure) =>
		checkCatalogue(
			buildCatalogue([{ sources: gmSources, procedures: [p], shopPaths: [] }, GENERIC_MODULE])
		).join('\n');

	it('refuses a model mark without a source, one not weaker than its procedure, and an unknown source', () => {
		const text = check({
			...base,
			id: 'broken-models',
			applies: {
				...base.applies,
				models: [
					{ name: 'A', confidence: 'S' },
					{ name: 'B', confidence: 'M', sources: ['answers-saturn-sl2'] },
					{ name: 'C', confidence: 'U', sources: ['no-such-page'] },
					{ name: 'D', otherModels: true, chassis: ['X1'] }
				]
			}
		});
		expect(text).toMatch(/^\[mark\.without-source\] .*model "A"/m);
		expect(text).toMatch(
			/^\[model\.mark-not-weaker\] .*model "B" is marked M, not weaker than its M/m
		);
		expect(text).toMatch(/^\[source\.unknown\] .*model "C" cites unknown source "no-such-page"/m);
		expect(text).toMatch(/^\[model\.other-models-named\] .*model "D"/m);
	});
});
