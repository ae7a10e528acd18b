import { describe, expect, it } from 'vitest';
import type { Confidence, KeyAnswers, Procedure, SourceId } from './types';
import { CATALOGUE } from './test/full-catalogue';
import { findProcedures, type Candidate } from './finder';
import { compareConfidence, markFromSources } from './confidence';

/**
 * A 2008 Ford Focus first sold in the USA, turn key, two working keys: the
 * review's car. Ford's coded-key method adds a new key, and no Ford text names
 * the Focus for it; the Focus's remote method rests on one owner guide.
 */

const US_FOCUS_OWNER: KeyAnswers = {
	'push-button-start': 'no',
	'working-keys': '2+',
	'ford-market': 'north-america'
};

function candidates(model: string, year: number, keyOrigin: string): readonly Candidate[] {
	const answers = { ...US_FOCUS_OWNER, 'key-origin': keyOrigin };
	const r = findProcedures(
		{ car: { by: 'pick', make: 'Ford', model, year }, answers, currentYear: 2026 },
		CATALOGUE
	);
	if (!r.ok) throw new Error(r.error);
	return r.candidates;
}

const KINDS = new Map(
	CATALOGUE.modules.flatMap((m) => m.sources).map((s) => [s.id, s.kind] as const)
);

/** The sources that name this model for this year: its own entry's, else the procedure's; null when no entry names it. */
function namingSources(p: Procedure, model: string, year: number): readonly SourceId[] | null {
	const entry = p.applies.models?.find(
		(m) => !m.otherModels && m.name === model && (m.from ?? 0) <= year && year <= (m.to ?? Infinity)
	);
	if (!entry) return null;
	return entry.sources ?? p.sources;
}

/** The strongest mark the sources naming the model allow: U when none names it. */
function ceiling(p: Procedure, model: string, year: number): Confidence {
	const named = namingSources(p, model, year);
	if (named === null) return 'U';
	return markFromSources(named.map((id) => KINDS.get(id)!));
}

describe('a 2008 US Ford Focus with a turn key and two working keys', () => {
	it('whose key used to lock and unlock the car gets the eight-turn remote method first, and no coded-key method', () => {
		const ids = candidates('Focus', 2008, 'worked-before').map((c) => c.id);
		expect(ids[0]).toBe('ford-rke-8-turns');
		expect(ids.filter((id) => id.startsWith('ford-coded-key-2'))).toEqual([]);
	});

	it('with a "not sure" key that starts the car reads as a key the car knew: the remote method first', () => {
		const ids = candidates('Focus', 2008, 'not-sure').map((c) => c.id);
		expect(ids[0]).toBe('ford-rke-8-turns');
		expect(ids).not.toContain('ford-coded-key-2008-2012');
	});

	it('with a new key still gets the coded-key method, marked U: no Ford text names the Focus', () => {
		const cs = candidates('Focus', 2008, 'new');
		const coded = cs.find((c) => c.id === 'ford-coded-key-2008-2012');
		expect(coded?.confidence).toBe('U');
		expect(coded?.weakerModel?.confidence).toBe('U');
		expect(cs[0]!.id).toBe('ford-rke-8-turns');
	});

	for (const origin of ['worked-before', 'new', 'not-sure'])
		it(`("${origin}") gets no candidate marked stronger than the weakest source naming the Focus`, () => {
			const cs = candidates('Focus', 2008, origin);
			expect(cs.length).toBeGreaterThan(0);
			for (const c of cs) {
				if (!c.procedure) continue;
				const max = ceiling(c.procedure, 'Focus', 2008);
				expect(
					compareConfidence(c.confidence, max),
					`${c.id}: ${c.confidence} > ${max}`
				).toBeGreaterThanOrEqual(0);
			}
		});
});

describe('the coded-key method keeps the maker’s mark where the maker’s text names the car', () => {
	it('a 2008 Escape (its own owner’s manual) with a new key gets it first, marked M', () => {
		const cs = candidates('Escape', 2008, 'new');
		expect(cs[0]!.id).toBe('ford-coded-key-2008-2012');
		expect(cs[0]!.confidence).toBe('M');
		expect(cs[0]!.weakerModel).toBeNull();
	});

	it('a 2011 Escape, a year no source names, gets it only as U', () => {
		const coded = candidates('Escape', 2011, 'new').find(
			(c) => c.id === 'ford-coded-key-2008-2012'
		);
		expect(coded?.confidence).toBe('U');
	});
});
