import { describe, expect, it } from 'vitest';
import { chipCodedToo, confirmKey } from './common';

describe('confirmKey()', () => {
	it('ends a key on Yes / No by default', () => {
		expect(confirmKey('Did the car lock, then unlock?')).toEqual({
			id: 'confirmed',
			kind: 'question',
			title: 'Did the car lock, then unlock?',
			answers: [
				{ label: 'Yes', outcome: { to: 'key-confirmed' } },
				{ label: 'No', outcome: { to: 'key-failed' } }
			]
		});
	});

	it('words the answers as the car shows them, keeping where each leads', () => {
		const step = confirmKey(
			'How many times did the locks cycle?',
			'Once: registered.',
			'registered',
			{
				yes: 'Once',
				no: 'Twice, or not at all'
			}
		);
		expect(step.id).toBe('registered');
		expect(step.detail).toBe('Once: registered.');
		expect(step.answers).toEqual([
			{ label: 'Once', outcome: { to: 'key-confirmed' } },
			{ label: 'Twice, or not at all', outcome: { to: 'key-failed' } }
		]);
		expect(
			confirmKey('Does it start?', undefined, 'works', { yes: 'Yes, it starts' }).answers
		).toEqual([
			{ label: 'Yes, it starts', outcome: { to: 'key-confirmed' } },
			{ label: 'No', outcome: { to: 'key-failed' } }
		]);
	});
});

describe('chipCodedToo()', () => {
	it("starts with the sentence every make shares, then how this make does it, on the make's sources", () => {
		const how = {
			text: 'The dealer does it with a tool.',
			confidence: 'S' as const,
			sources: ['a']
		};
		expect(chipCodedToo(['Test'], how)).toEqual({
			makes: ['Test'],
			text: 'A new or second-hand key also needs its chip coded to the car before it starts it. The dealer does it with a tool.',
			confidence: 'S',
			sources: ['a']
		});
	});
});
