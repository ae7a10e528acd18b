import type { Page } from '@playwright/test';
import { expect, test } from './fakes/fixtures';

/**
 * A plan or shop page opened afresh (a bookmark, a shared address) loads the
 * one make's part of the procedure catalogue it shows, not every make's: the
 * scripts it fetches hold the Honda procedure's title and no other make's.
 */

const TITLES = {
	honda: 'Program Honda remotes: ignition ON, press, LOCK, three times',
	gm: 'Program GM remotes with the door switch and the key (no tools)',
	toyota: 'Register Toyota and Lexus remotes (door and key sequence)',
	mini: 'Keys for this MINI are set up with a shop tool'
};

/** Which makes' data the scripts the page loads hold. */
function watchMakes(page: Page): Set<string> {
	const seen = new Set<string>();
	page.on('response', async (response) => {
		if (!response.url().endsWith('.js')) return;
		const body = await response.text().catch(() => '');
		for (const [make, text] of Object.entries(TITLES)) if (body.includes(text)) seen.add(make);
	});
	return seen;
}

test.describe('The catalogue, one make at a time', () => {
	test('a Honda plan opened afresh loads the Honda chunk only', async ({ page }) => {
		const makes = watchMakes(page);
		await page.goto('/guide/plan?p=honda-remote-bulletin');
		await expect(page.getByRole('heading', { level: 1, name: TITLES.honda })).toBeVisible();
		await page.waitForLoadState('networkidle');
		expect([...makes]).toEqual(['honda']);
	});

	test('a Honda shop page opened afresh names its sources from the Honda chunk only', async ({
		page
	}) => {
		const makes = watchMakes(page);
		await page.goto('/guide/shop?id=honda-other-shop');
		await expect(
			page.getByRole('heading', { level: 1, name: 'Honda and Acura remotes: the dealer' })
		).toBeVisible();
		// The source notes name their documents (no catalogue handed down for titles); a folded
		// list is built when opened.
		await page.locator('.source-note summary').first().click();
		await expect(page.locator('.source-note a').first()).toBeAttached();
		await page.waitForLoadState('networkidle');
		expect(makes.has('gm') || makes.has('toyota') || makes.has('mini')).toBe(false);
	});
});
