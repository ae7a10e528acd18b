import type { Page } from '@playwright/test';

/**
 * Stops the page's clock (the guide's and the simulated car's time, which
 * both read it) so a loaded test machine cannot eat a timed window; time then
 * moves only with `page.clock.runFor` / `fastForward`. Needs
 * `page.clock.install()` first; call it after the adapter work a test needs
 * (the simulated adapter runs on the same timers).
 */
export async function freezeTime(page: Page): Promise<void> {
	// The page's time keeps running until the pause lands, and pausing in the past is refused: on
	// a loaded machine the 50 ms margin can run out, so read the time again and retry.
	for (let attempt = 1; ; attempt++) {
		try {
			await page.clock.pauseAt(await page.evaluate(() => Date.now() + 50));
			return;
		} catch (error) {
			if (attempt >= 5 || !String(error).includes('to the past')) throw error;
		}
	}
}
