import { describe, expect, it } from 'vitest';
import { createDeviceStorage, STORED_KEYS } from './device-storage';
import { memoryStorage } from './test/memory-storage';
import { MINI_COMPLAINT } from '../resync/test/owner-answers';
import { EMPTY_CHOICE, loadGuide, saveGuide } from './guide-store';
import { decodeVin } from '../vehicle';

describe('the guide’s stored answers', () => {
	it('keep the owner’s complaint with the answers', () => {
		const storage = memoryStorage();
		const complaint = MINI_COMPLAINT;
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
		const storage = memoryStorage();
		saveGuide(storage, { choice: EMPTY_CHOICE, session: null, cueSeq: 0 });
		expect(loadGuide(storage)?.choice).toEqual(EMPTY_CHOICE);
	});

	it('go through the device storage under the guide key, and come back', () => {
		const storage = memoryStorage();
		const choice = { ...EMPTY_CHOICE, chosen: 'some-procedure', keyCount: 2 };
		expect(saveGuide(storage, { choice, session: null, cueSeq: 3 })).toBe(true);
		expect(JSON.parse(storage.map.get(STORED_KEYS.guide.name)!).cueSeq).toBe(3);
		expect(loadGuide(storage)).toEqual({ choice, session: null, cueSeq: 3 });
	});

	it('keep the VIN of a car the adapter read, so a reload still tells two cars of a make apart', () => {
		const storage = memoryStorage();
		const vehicle = decodeVin('WMWRE33455TD12345');
		const car = { by: 'vehicle', vehicle, vin: 'WMWRE33455TD12345' } as const;
		saveGuide(storage, { choice: { ...EMPTY_CHOICE, car }, session: null, cueSeq: 0 });
		expect(loadGuide(storage)?.choice.car).toEqual(car);
	});

	it('a copy that no longer checks out, or blocked site data, reads as none', () => {
		const storage = memoryStorage();
		storage.map.set(STORED_KEYS.guide.name, '{"choice": 3, "session": {"version": 99}}');
		expect(loadGuide(storage)).toEqual({ choice: EMPTY_CHOICE, session: null, cueSeq: 0 });
		storage.map.set(STORED_KEYS.guide.name, '{broken');
		expect(loadGuide(storage)).toBeNull();
		const blocked = createDeviceStorage(() => {
			throw new DOMException('The operation is insecure.', 'SecurityError');
		});
		expect(saveGuide(blocked, { choice: EMPTY_CHOICE, session: null, cueSeq: 0 })).toBe(false);
		expect(loadGuide(blocked)).toBeNull();
		expect(blocked.status).toBe('blocked');
	});

	it('a full device refuses the write and says so through the storage status', () => {
		const full = createDeviceStorage(() => ({
			getItem: () => null,
			setItem: () => {
				throw new DOMException('Quota exceeded', 'QuotaExceededError');
			},
			removeItem: () => undefined
		}));
		expect(saveGuide(full, { choice: EMPTY_CHOICE, session: null, cueSeq: 0 })).toBe(false);
		expect(full.status).toBe('full');
	});
});
