import { describe, expect, it } from 'vitest';
import { EMPTY_CHOICE, loadGuide, saveGuide, type GuideStorage } from './guide-store';

function memory(): GuideStorage {
	const m = new Map<string, string>();
	return {
		getItem: (k) => m.get(k) ?? null,
		setItem: (k, v) => void m.set(k, v),
		removeItem: (k) => void m.delete(k)
	};
}

describe('the guide’s stored answers', () => {
	it('keep the owner’s complaint with the answers', () => {
		const storage = memory();
		const complaint = {
			keys: 2,
			remotesWorking: 1,
			newCell: 'yes',
			tried: 'manual',
			tries: 10,
			led: 'flashes'
		} as const;
		saveGuide(storage, {
			choice: { ...EMPTY_CHOICE, answers: { 'key-origin': 'not-sure' }, complaint },
			session: null,
			cueSeq: 0
		});
		const back = loadGuide(storage);
		expect(back?.choice.complaint).toEqual(complaint);
		expect(back?.choice.answers).toEqual({ 'key-origin': 'not-sure' });
	});

	it('progress saved before the complaint existed reads back without one', () => {
		const storage = memory();
		saveGuide(storage, { choice: EMPTY_CHOICE, session: null, cueSeq: 0 });
		expect(loadGuide(storage)?.choice).toEqual(EMPTY_CHOICE);
	});
});
