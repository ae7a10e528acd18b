import { describe, expect, it } from 'vitest';
import { openElm327 } from '../elm327';
import { scanVehicle } from '../scan';
import { createSimulatedLink } from '../simulator';
import { createDeviceStorage, STORED_KEYS } from './device-storage';
import { openReportStore } from './kept-report';
import { memoryStorage, throwingStorage } from './test/memory-storage';

const REPORT_STORE_KEY = STORED_KEYS.lastReport.name;

async function realReport() {
	const elm = await openElm327(
		createSimulatedLink('immobiliser-code', { latency: 'fast', seed: 1 })
	);
	const report = await scanVehicle(elm);
	await elm.close();
	return report;
}

describe('openReportStore', () => {
	it('with nothing kept, saves through the store loaded on first use, in order', async () => {
		const storage = memoryStorage();
		const store = await openReportStore(storage);
		expect(store.load()).toBeNull();
		const report = await realReport();
		store.save(report, null);
		store.save({ ...report, vin: 'WMWRC33465TC12345' }, null);
		await store.settled();
		expect(storage.map.has(REPORT_STORE_KEY)).toBe(true);
		const reopened = await openReportStore(storage);
		expect(reopened.load()?.report.vin).toBe('WMWRC33465TC12345');
		reopened.clear();
		expect(storage.map.has(REPORT_STORE_KEY)).toBe(false);
	});

	it('a kept copy that no longer checks out, or blocked storage, means no report', async () => {
		const report = await realReport();
		const storage = memoryStorage();
		storage.map.set(REPORT_STORE_KEY, '{broken');
		expect((await openReportStore(storage)).load()).toBeNull();
		const blocked = await openReportStore(throwingStorage());
		expect(blocked.load()).toBeNull();
		expect(() => blocked.save(report, null)).not.toThrow();
		await blocked.settled();
		expect((await openReportStore(createDeviceStorage(() => undefined))).load()).toBeNull();
		const siteDataBlocked = createDeviceStorage(() => {
			throw new DOMException('The operation is insecure.', 'SecurityError');
		});
		expect((await openReportStore(siteDataBlocked)).load()).toBeNull();
	});
});
