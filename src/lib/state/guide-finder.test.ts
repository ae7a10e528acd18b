import { describe, expect, it } from 'vitest';
import { FakeClock } from '../simulator/body-module/fake-clock';
import { CatalogueSource } from '../resync/catalogue-source';
import { findProcedures } from '../resync/finder';
import { CATALOGUE } from '../resync/test/full-catalogue';
import { entries } from '../resync/catalogue-index.json';
import { countingLoader, ROUTES } from '../resync/test/counting-loader';
import type { DeviceStorage } from './device-storage';
import { defaultSettings } from './guide-settings.svelte';
import { memoryStorage } from './test/memory-storage';
import { WizardState, type WizardDeps } from './wizard.svelte';

function guide(storage: DeviceStorage, extra: Partial<WizardDeps>): WizardState {
	return new WizardState({
		clock: new FakeClock(Date.UTC(2025, 4, 10, 9, 0, 0)),
		storage,
		elm: () => null,
		report: () => null,
		settings: () => ({ ...defaultSettings(false), sound: false, speech: false, vibration: false }),
		cues: { sound: null, speech: null, vibration: null },
		wakeLock: null,
		...extra
	});
}

const HONDA = CATALOGUE.procedures.find((p) => entries[p.id as keyof typeof entries] === 'honda')!;

describe('the guide loads one make of the catalogue', () => {
	it('resumes saved progress with only the core and that procedure’s chunk', async () => {
		const storage = memoryStorage();
		const first = guide(storage, { catalogue: CATALOGUE });
		expect(first.describeCar({ by: 'pick', make: 'Honda', model: null, year: 2005 })).toBeNull();
		expect(first.start(HONDA.id, 1)).toBeNull();
		first.dispose();

		const loader = countingLoader();
		const source = new CatalogueSource(ROUTES, loader);
		const again = guide(storage, { source });
		expect(again.session).toBeNull(); // not before its chunk is here
		await again.ready;
		expect(loader.asked).toEqual(['core', 'honda']);
		expect(again.session?.procedureId).toBe(HONDA.id);
		expect(again.choice.car).toMatchObject({ make: 'Honda' });
		again.dispose();
	});

	it('finds candidates for a described car once its make’s chunk is in', async () => {
		const loader = countingLoader();
		const source = new CatalogueSource(ROUTES, loader);
		const w = guide(memoryStorage(), { source });
		await w.ready;
		expect(loader.asked).toEqual(['core']);
		expect(w.describeCar({ by: 'pick', make: 'Honda', model: null, year: 2005 })).toBeNull();
		expect(w.finder).toBeNull();
		expect(w.finderLoading).toBe(true);
		await w.loadEntry(HONDA.id); // the same chunk: settles once it is in
		expect(loader.asked).toEqual(['core', 'honda']);
		expect(w.finderLoading).toBe(false);
		const found = w.finder;
		const whole = findProcedures({ car: w.choice.car!, currentYear: 2025 }, CATALOGUE);
		expect(found?.ok && found.candidates.map((c) => c.id)).toEqual(
			whole.ok && whole.candidates.map((c) => c.id)
		);
		expect(found?.ok && found.candidates.length).toBeGreaterThan(0);
		// A bad VIN is turned down at once, without loading anything.
		expect(w.describeCar({ by: 'vin', vin: '1HGCM82633A00435X' })).toMatch(/./);
		expect(loader.asked).toEqual(['core', 'honda']);
	});

	it('says so when the car’s chunk cannot be loaded, and tries again', async () => {
		let offline = true;
		const loader = countingLoader();
		const source = new CatalogueSource(ROUTES, {
			core: loader.core,
			chunk: (n) => (offline ? Promise.reject(new Error('offline')) : loader.chunk(n))
		});
		const w = guide(memoryStorage(), { source });
		await w.ready;
		w.describeCar({ by: 'pick', make: 'Honda', model: null, year: 2005 });
		await expect(w.loadEntry(HONDA.id)).rejects.toThrow('offline');
		expect(w.finderFailed).toBe(true);
		offline = false;
		await w.loadEntry(HONDA.id);
		expect(w.finderFailed).toBe(false);
		expect(w.finder?.ok).toBe(true);
	});
});
