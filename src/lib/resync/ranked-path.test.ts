import { describe, expect, it } from 'vitest';
import { CATALOGUE } from './test/full-catalogue';
import { findProcedures, type Candidate, type CarQuery } from './finder';
import {
	APP_STOP_RULE,
	fallbackOf,
	rankedPath,
	startingVariant,
	TRIES_BEFORE_MOVING_ON
} from './ranked-path';
import { costMarketOf } from './market';
import { EMPTY_COMPLAINT } from './complaint';

const R50: CarQuery = {
	by: 'pick',
	make: 'MINI',
	model: 'MINI One / Cooper hatch (R50)',
	year: 2003
};
const USED_KEY = { 'mini-key-buttons': '2', 'key-origin': 'not-sure' };

function candidates(car: CarQuery, answers: Record<string, string>): readonly Candidate[] {
	const found = findProcedures({ car, answers, currentYear: 2025 }, CATALOGUE);
	if (!found.ok) throw new Error(found.error);
	return found.candidates;
}

describe('the ranked path for the starting case (2003 MINI R50, 2-button key that came with the car)', () => {
	const path = rankedPath({ candidates: candidates(R50, USED_KEY), answers: USED_KEY }, CATALOGUE);

	it('lists the quick resync first, then its other reading, each with its mark', () => {
		expect(path.options.map((o) => [o.id, o.confidence])).toEqual([
			['mini-r5x-2-button-quick', 'U'],
			['mini-r5x-2-button-together', 'U'],
			// The 3-button sequence, where the sources conflict: last, with its caution.
			['mini-r5x-2-button-three-press', 'U']
		]);
		expect(path.lead?.id).toBe('mini-r5x-2-button-quick');
	});

	it('has the way out on the same page, with its sourced cost and what to bring', () => {
		expect(path.wayOut?.id).toBe('bmw-mini-remote-check');
		expect(path.cost.map((c) => c.text).join(' ')).toMatch(/\$200/);
		expect(path.wayOut?.bring.length).toBeGreaterThan(0);
	});

	it('states the facts that decide whether to keep trying, the way out last', () => {
		const ids = path.facts.map((t) => t.id);
		expect(ids).toEqual(
			expect.arrayContaining(['led-not-proof', 'receiver-location', 'when-to-stop'])
		);
		expect(new Set(ids).size).toBe(ids.length);
		expect(path.facts.at(-1)?.stopHere).toBe(true);
	});

	it('leads with the next reading once the owner tried the manual’s sequence many times', () => {
		const tried = rankedPath(
			{
				candidates: candidates(R50, USED_KEY),
				answers: USED_KEY,
				complaint: { ...EMPTY_COMPLAINT, tried: 'manual', tries: 10 }
			},
			CATALOGUE
		);
		expect(tried.options[0]).toMatchObject({ id: 'mini-r5x-2-button-quick', triedTimes: 10 });
		expect(tried.lead?.id).toBe('mini-r5x-2-button-together');
		// The session then starts with that reading, not the one worn out.
		expect(startingVariant(tried, 'mini-r5x-2-button-quick')?.id).toBe(
			'mini-r5x-2-button-together'
		);
		const once = rankedPath(
			{
				candidates: candidates(R50, USED_KEY),
				complaint: { ...EMPTY_COMPLAINT, tried: 'manual', tries: TRIES_BEFORE_MOVING_ON - 1 }
			},
			CATALOGUE
		);
		expect(once.lead?.id).toBe('mini-r5x-2-button-quick');
		expect(startingVariant(once, 'mini-r5x-2-button-quick')).toBeNull();
	});

	it('adds what the sources say about every remote failing when none works', () => {
		const none = rankedPath(
			{
				candidates: candidates(R50, USED_KEY),
				complaint: { ...EMPTY_COMPLAINT, keys: 2, remotesWorking: 0 }
			},
			CATALOGUE
		);
		expect(none.facts.map((t) => t.id)).toContain('both-remotes-dead');
		expect(path.facts.map((t) => t.id)).not.toContain('both-remotes-dead');
	});
});

describe('a "Not sure" key that does not start the engine either', () => {
	it('keeps the home resync and names the new-key shop job as also possible', () => {
		const answers = { ...USED_KEY, 'key-starts-engine': 'no' };
		const path = rankedPath({ candidates: candidates(R50, answers), answers }, CATALOGUE);
		expect(path.lead?.id).toBe('mini-r5x-2-button-quick');
		expect(path.otherShops.map((s) => s.id)).toContain('bmw-mini-new-key');
	});
});

describe('every S- or U-marked procedure has its fallback on the same page', () => {
	for (const p of CATALOGUE.procedures.filter(
		(x) => x.confidence === 'S' || x.confidence === 'U'
	)) {
		it(p.id, () => {
			const c: Candidate = {
				kind: 'procedure',
				id: p.id,
				title: p.title,
				confidence: p.confidence,
				weakerModel: null,
				pending: [],
				procedure: p,
				shopPath: null
			};
			const path = rankedPath({ candidates: [c] }, CATALOGUE);
			for (const o of path.options) {
				expect(fallbackOf(path, o) ?? path.wayOut).not.toBeNull();
			}
			expect(path.wayOut).not.toBeNull();
		});
	}
});

describe('a car with only a shop path', () => {
	it('has the shop path as its way out and no home options', () => {
		const car: CarQuery = { by: 'pick', make: 'MINI', model: null, year: 2010 };
		const path = rankedPath({ candidates: candidates(car, {}) }, CATALOGUE);
		expect(path.options).toEqual([]);
		expect(path.lead).toBeNull();
		expect(path.wayOut?.id).toBe('mini-cas-keys');
	});
});

describe('the way out’s cost in the currency of the car’s market', () => {
	const cands = candidates(R50, USED_KEY);
	const costOf = (market: 'US' | 'UK' | null) =>
		rankedPath({ candidates: cands, answers: USED_KEY, market }, CATALOGUE).cost;

	it('a US car gets the US owners’ dollars, from the US sources only, and no pounds', () => {
		const cost = costOf('US');
		expect(cost.map((c) => c.text).join(' ')).toMatch(/^In the US.*\$200/);
		expect(cost.map((c) => c.text).join(' ')).not.toMatch(/£/);
		expect(cost.flatMap((c) => c.sources)).not.toContain('newminiscotland-key-fob');
	});

	it('no fact mixes currencies, and each names its market', () => {
		for (const c of costOf(null)) {
			expect(/\$/.test(c.text) && /£/.test(c.text)).toBe(false);
			expect(c.text).toMatch(/^In the (US|UK)/);
		}
	});

	it('an unknown market shows both, each labelled', () => {
		const texts = costOf(null).map((c) => c.text);
		expect(texts).toHaveLength(2);
		expect(texts.find((t) => t.startsWith('In the UK'))).toMatch(/£16/);
		expect(texts.find((t) => t.startsWith('In the US'))).toMatch(/\$/);
	});

	it('the market comes from a US VIN (MINI model code or US maker code), never a guess for the UK', () => {
		expect(costMarketOf({ by: 'vin', vin: 'WMWRC33483TE12345' })).toBe('US');
		expect(costMarketOf({ by: 'vin', vin: '1FAFP34P55W123456' })).toBe('US');
		expect(costMarketOf({ by: 'vin', vin: 'WMWRC32483TE12345' })).toBeNull();
		expect(costMarketOf({ by: 'vin', vin: '7AT0H1234567890AB' })).toBeNull();
		expect(costMarketOf(R50)).toBeNull();
	});
});

describe('makes whose tips say nothing about when to stop', () => {
	const focus: CarQuery = { by: 'pick', make: 'Ford', model: 'Focus', year: 2005 };

	it('a 2005 Focus hears the guide’s own stop rule once, as the app’s rule, with no sourced tip pretending to it', () => {
		const path = rankedPath({ candidates: candidates(focus, {}) }, CATALOGUE);
		expect(path.options[0]?.procedureId).toBe('ford-rke-focus-4-turns');
		expect(path.facts.some((t) => t.stopHere)).toBe(false);
		expect(path.rule).toBe(APP_STOP_RULE);
		expect(path.rule).toMatch(/^FobSync’s own rule, not a source’s: after 3 failed tries/);
		expect(path.wayOut).not.toBeNull();
	});

	it('a car whose tips say when to stop, or with no home option, gets no app rule', () => {
		expect(rankedPath({ candidates: candidates(R50, USED_KEY) }, CATALOGUE).rule).toBeNull();
		const accord: CarQuery = { by: 'pick', make: 'Honda', model: 'Accord', year: 2004 };
		const path = rankedPath({ candidates: candidates(accord, {}) }, CATALOGUE);
		if (path.options.length === 0) expect(path.rule).toBeNull();
		else expect(path.rule).toBe(APP_STOP_RULE);
	});
});
