import { test as base, expect, type Page } from '@playwright/test';
import { fakeDevicesBundle } from './bundle';
import type { FakeDevicesConfig } from './config';

export type { FakeDevicesConfig } from './config';

/**
 * Playwright `test` with device fakes: call `fakeDevices(config)` before
 * `page.goto`, and the page gets a fake navigator.serial and
 * navigator.bluetooth answering as an ELM327 through the simulator. The demo
 * runs with fast simulator timing too.
 */
export const test = base.extend<{
	fakeDevices: (config?: FakeDevicesConfig) => Promise<void>;
}>({
	fakeDevices: async ({ page }, use) => {
		const path = await fakeDevicesBundle();
		await use(async (config = {}) => {
			await page.addInitScript((c) => {
				const w = window as unknown as Record<string, unknown>;
				w.__fakeDevicesConfig = c;
				w.__fobsyncSimulator = c.simulator ?? { latency: 'fast' };
			}, config);
			await page.addInitScript({ path });
		});
	}
});

export { expect };

/** Reads from the page's fake devices (see fake-devices.ts, FakeDevicesHandle). */
export async function bleWrites(
	page: Page,
	index = 0
): Promise<{ length: number; uuid: string }[]> {
	return page.evaluate((i) => window.__fakeDevices!.writes(i), index);
}
