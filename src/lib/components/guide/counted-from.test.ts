import { describe, expect, it } from 'vitest';
import { countedFrom } from './counted-from';

describe('a countdown says what it counts from, in a sentence that reads', () => {
	it.each([
		['after you switch off and take the key out', 'after you switch off and take the key out'],
		[
			'when you tapped Go, just before you turned the key',
			'counted from when you tapped Go, just before you turned the key'
		],
		['the previous step', 'counted from the previous step'],
		[
			'the moment the car signalled it is ready',
			'counted from the moment the car signalled it is ready'
		],
		['taking out the first key', 'counted from taking out the first key']
	])('"30 seconds %s"', (from, words) => {
		expect(countedFrom(from)).toBe(words);
	});
});
