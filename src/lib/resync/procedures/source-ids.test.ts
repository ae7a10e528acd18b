import { describe, expect, it } from 'vitest';
import { citeSources, factsCiting, sourceList } from './source-ids';

const MINE = sourceList([
	{ id: 'mine', title: 'A make handbook, remote programming', kind: 'owners-manual' }
]);
const THEIRS = sourceList([
	{ id: 'theirs', title: 'Another make handbook, remote programming', kind: 'owners-manual' }
]);

describe('sourceList', () => {
	it("gives back the make's documents as written and cites them and the common ones", () => {
		expect(MINE.docs.map((d) => d.id)).toEqual(['mine']);
		expect(MINE.src('mine', 'sae-j1962-pinout')).toEqual(['mine', 'sae-j1962-pinout']);
		expect(THEIRS.src('theirs')).toEqual(['theirs']);
	});

	it('refuses at compile time an id the make did not declare (npm run check fails without the marks)', () => {
		// @ts-expect-error a typo is not a declared document
		expect(MINE.src('mnie')).toEqual(['mnie']);
		// @ts-expect-error another make's document is cited through citeSources, naming its list
		expect(MINE.src('theirs')).toEqual(['theirs']);
	});

	it('refuses a document of no known kind', () => {
		// @ts-expect-error "blog" is not a source kind
		sourceList([{ id: 'x', title: 'A page', kind: 'blog' }]);
	});
});

describe('citeSources', () => {
	it('cites documents of lists named by type only, and the common ones', () => {
		const src = citeSources<typeof MINE.docs | typeof THEIRS.docs>();
		expect(src('theirs', 'mine', 'sae-j1962-pinout')).toEqual([
			'theirs',
			'mine',
			'sae-j1962-pinout'
		]);
	});

	it('refuses at compile time an id none of the named lists holds', () => {
		const src = citeSources<typeof MINE.docs>();
		// @ts-expect-error a typo is not a declared document
		expect(src('mnie')).toEqual(['mnie']);
		// @ts-expect-error a list not named is not cited
		expect(src('theirs')).toEqual(['theirs']);
	});
});

describe('fact', () => {
	it('is the sourced sentence written out, citing the typed ids', () => {
		expect(MINE.fact('Every remote in the car.', 'S', 'mine', 'sae-j1962-pinout')).toEqual({
			text: 'Every remote in the car.',
			confidence: 'S',
			sources: ['mine', 'sae-j1962-pinout']
		});
		const fact = factsCiting(citeSources<typeof MINE.docs | typeof THEIRS.docs>());
		expect(fact('Two documents.', 'C', 'mine', 'theirs').sources).toEqual(['mine', 'theirs']);
	});

	it('refuses at compile time an id its src would refuse, and a mark that is none', () => {
		// @ts-expect-error a typo is not a declared document
		expect(MINE.fact('A sentence.', 'S', 'mnie').sources).toEqual(['mnie']);
		const fact = factsCiting(citeSources<typeof MINE.docs>());
		// @ts-expect-error a list not named is not cited
		expect(fact('A sentence.', 'S', 'theirs').sources).toEqual(['theirs']);
		// @ts-expect-error "X" is not a mark
		expect(MINE.fact('A sentence.', 'X', 'mine').confidence).toBe('X');
	});
});
