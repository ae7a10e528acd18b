import { expect, type Page } from '@playwright/test';

/** Asserts the page fits the screen's width: nothing sticks out to be scrolled to sideways. */
export async function expectNoSideScroll(page: Page, state: string): Promise<void> {
	const { scroll, width } = await page.evaluate(() => ({
		scroll: document.documentElement.scrollWidth,
		width: document.documentElement.clientWidth
	}));
	expect(scroll, `page width on ${state}`).toBeLessThanOrEqual(width);
}
