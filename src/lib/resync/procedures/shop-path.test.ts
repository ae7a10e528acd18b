import { describe, expect, it } from 'vitest';
import { BRING_TO_SHOP } from './common';
import { shopPath } from './shop-path';

const reasons = {
	id: 'test-shop',
	title: 'A test make: the dealer',
	why: { text: 'Only the tool can do it.', confidence: 'M' as const, sources: ['a', 'b'] },
	shops: ['dealer' as const],
	askFor: 'Programming every remote to the car.',
	involves: [{ text: 'A short session.', confidence: 'S' as const, sources: ['c', 'a'] }],
	confidence: 'M' as const
};

describe('shopPath()', () => {
	it('fills what every shop path repeats: what to bring, no exclusions, the reading its reasons cite', () => {
		const s = shopPath({ ...reasons, makes: ['Test'] });
		expect(s.bring).toEqual(BRING_TO_SHOP);
		expect(s.applies).toEqual({ makes: ['Test'], exclusions: [] });
		expect(s.sources).toEqual(['a', 'b', 'c']);
	});

	it('keeps what the make gives: its own lines to bring, answers, models, years, exclusions, reading', () => {
		const exclusion = { text: 'Not for keyless cars.', confidence: 'S' as const, sources: ['c'] };
		const s = shopPath({
			...reasons,
			makes: ['Test'],
			models: [{ name: 'One', from: 2001, to: 2004 }],
			years: { from: 2001, to: 2004 },
			answers: { 'push-button-start': ['yes'] },
			exclusions: [exclusion],
			alsoBring: ['The key code card'],
			sources: ['b']
		});
		expect(s.bring).toEqual([...BRING_TO_SHOP, 'The key code card']);
		expect(s.applies).toEqual({
			makes: ['Test'],
			models: [{ name: 'One', from: 2001, to: 2004 }],
			years: { from: 2001, to: 2004 },
			answers: { 'push-button-start': ['yes'] },
			exclusions: [exclusion]
		});
		expect(s.sources).toEqual(['b']);
		expect(s).not.toHaveProperty('alsoBring');
		expect(s).not.toHaveProperty('makes');
	});
});
