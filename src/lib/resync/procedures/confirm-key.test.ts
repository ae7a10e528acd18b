import { describe, expect, it } from 'vitest';
import { confirmKey } from './common';

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
