import type { Page } from '@playwright/test';

/**
 * Stops the page's clock (the guide's and the simulated car's time, which
 * both read it) so a loaded test machine cannot eat a timed window; time then
 * moves only with `page.clock.runFor` / `fastForward`. Needs
 * `page.clock.install()` first; call it after the adapter work a test needs
 * (the simulated adapter runs on the same timers).
 */
export async function freezeTime(page: Page): Promise<void> {
	await page.clock.pauseAt(await page.evaluate(() => Date.now() + 50));
}
