import type { Page } from '@playwright/test';

/**
 * Records every layout shift of the next load (call before it), as Lighthouse's
 * cumulative layout shift adds them, and runs `load` with a phone's slower
 * processor (Chromium's CPU throttling, 4x) so the page paints frames before
 * its scripts change it. Returns the sum; Lighthouse calls below 0.1 good.
 */
export async function layoutShiftOf(page: Page, load: () => Promise<void>): Promise<number> {
	await page.addInitScript(() => {
		const w = window as unknown as { shifts: number[] };
		w.shifts = [];
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) w.shifts.push((e as unknown as { value: number }).value);
		}).observe({ type: 'layout-shift', buffered: true });
	});
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	try {
		await load();
	} finally {
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
	}
	const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
	return shifts.reduce((a, b) => a + b, 0);
}
