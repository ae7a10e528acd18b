import { describe, expect, it } from 'vitest';
import { complaintSentences, EMPTY_COMPLAINT, hasComplaint, parseComplaint } from './complaint';
import { MINI_COMPLAINT } from './test/owner-answers';
import { KEY_ORIGIN, KEY_STARTS_ENGINE, SHARED_QUESTIONS, matchingAnswers } from './questions';

const OWNER = MINI_COMPLAINT;

describe('the owner’s complaint', () => {
	it('says which key fails, whether it starts the car, the cell, what was tried and how often, the light', () => {
		expect(complaintSentences(OWNER, { 'key-starts-engine': 'yes' })).toEqual([
			'The owner has 2 keys: 1 remote works, 1 does not lock or unlock the car.',
			'The key whose remote fails starts the engine.',
			'A new cell was fitted in that key; it still does not work.',
			'The owner already tried the sequence in the owner’s manual 10 times, without success.',
			'The key’s light flashes when a button is pressed.'
		]);
	});

	it('says only what the owner said', () => {
		expect(complaintSentences(EMPTY_COMPLAINT)).toEqual([]);
		expect(complaintSentences({ ...EMPTY_COMPLAINT, keys: 1, remotesWorking: 0 })).toEqual([
			'The owner has 1 key; no remote locks or unlocks the car.'
		]);
		expect(complaintSentences({ ...EMPTY_COMPLAINT, tried: 'other', tries: 1 })).toEqual([
			'The owner already tried a sequence from elsewhere once, without success.'
		]);
	});

	it('reads back what was stored, and nothing it cannot trust', () => {
		expect(parseComplaint(JSON.parse(JSON.stringify(OWNER)))).toEqual(OWNER);
		expect(parseComplaint({ keys: -1, tries: 2.5, led: 'blinks', newCell: true })).toEqual(
			EMPTY_COMPLAINT
		);
		expect(hasComplaint(parseComplaint(null))).toBe(false);
		expect(hasComplaint({ ...EMPTY_COMPLAINT, led: 'dark' })).toBe(true);
	});
});

describe('triage that fits a used car', () => {
	it('the key-history question offers "Not sure — it came with the car"', () => {
		expect(KEY_ORIGIN.options.map((o) => [o.id, o.label])).toContainEqual([
			'not-sure',
			'Not sure — it came with the car'
		]);
	});

	it('asks whether this key starts the engine as a shared question with stable ids', () => {
		expect(SHARED_QUESTIONS).toContain(KEY_STARTS_ENGINE);
		expect(KEY_STARTS_ENGINE.id).toBe('key-starts-engine');
		expect(KEY_STARTS_ENGINE.options.map((o) => o.id)).toEqual(['yes', 'no', 'not-tried']);
	});

	it('"Not sure" reads as a key the car knew, unless the key does not start the engine either', () => {
		expect(matchingAnswers({ 'key-origin': 'not-sure' })['key-origin']).toBe('worked-before');
		expect(
			matchingAnswers({ 'key-origin': 'not-sure', 'key-starts-engine': 'no' })['key-origin']
		).toBe('unsure');
		const plain = { 'key-origin': 'new' };
		expect(matchingAnswers(plain)).toBe(plain);
	});
});
