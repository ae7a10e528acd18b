import { describe, expect, it } from 'vitest';
import type { SourceDoc } from '../types';
import { citeSources, defineSources } from './source-ids';

const MINE = [
	{ id: 'mine', title: 'A make handbook, remote programming', kind: 'owners-manual' }
] as const satisfies readonly SourceDoc[];
const THEIRS = [
	{ id: 'theirs', title: 'Another make handbook, remote programming', kind: 'owners-manual' }
] as const satisfies readonly SourceDoc[];

describe('defineSources', () => {
	it("cites the make's documents, the common ones and those it borrows, as given", () => {
		const src = defineSources(MINE, THEIRS);
		expect(src('mine', 'sae-j1962-pinout', 'theirs')).toEqual([
			'mine',
			'sae-j1962-pinout',
			'theirs'
		]);
	});

	it('refuses at compile time an id the make did not declare (npm run check fails without the marks)', () => {
		const src = defineSources(MINE);
		// @ts-expect-error a typo is not a declared document
		expect(src('mnie')).toEqual(['mnie']);
		// @ts-expect-error another make's document must be borrowed by passing its list
		expect(src('theirs')).toEqual(['theirs']);
	});
});

describe('citeSources', () => {
	it('cites documents of lists named by type only, and the common ones', () => {
		const src = citeSources<typeof MINE | typeof THEIRS>();
		expect(src('theirs', 'mine', 'sae-j1962-pinout')).toEqual([
			'theirs',
			'mine',
			'sae-j1962-pinout'
		]);
	});

	it('refuses at compile time an id none of the named lists holds', () => {
		const src = citeSources<typeof MINE>();
		// @ts-expect-error a typo is not a declared document
		expect(src('mnie')).toEqual(['mnie']);
		// @ts-expect-error a list not named is not cited
		expect(src('theirs')).toEqual(['theirs']);
	});
});
