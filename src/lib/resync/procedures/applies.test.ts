import { describe, expect, it } from 'vitest';
import { splitApplies } from './applies';

describe('splitApplies()', () => {
	it('gathers the flat car fields into applies, with no exclusions unless given', () => {
		const { applies, own } = splitApplies({ makes: ['Test'], id: 'x' });
		expect(applies).toEqual({ makes: ['Test'], exclusions: [] });
		expect(Object.keys(applies)).toEqual(['makes', 'exclusions']);
		expect(own).toEqual({ id: 'x' });
	});

	it('keeps every car field it is given, and leaves the rest as the entry’s own', () => {
		const exclusion = { text: 'Not for keyless cars.', confidence: 'S' as const, sources: ['a'] };
		const { applies, own } = splitApplies({
			makes: ['Test'],
			models: [{ name: 'One', from: 2001, to: 2004 }],
			years: { from: 2001, to: 2004 },
			answers: { 'push-button-start': ['no'] },
			exclusions: [exclusion],
			title: 'A title'
		});
		expect(applies).toEqual({
			makes: ['Test'],
			models: [{ name: 'One', from: 2001, to: 2004 }],
			years: { from: 2001, to: 2004 },
			answers: { 'push-button-start': ['no'] },
			exclusions: [exclusion]
		});
		expect(own).toEqual({ title: 'A title' });
	});
});
