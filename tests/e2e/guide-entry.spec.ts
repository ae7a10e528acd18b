import type { Page } from '@playwright/test';
import { expect, test } from './fakes/fixtures';

/**
 * The guide's inner pages opened with nothing chosen and nothing saved (a
 * bookmark, an installed app's shortcut, a shared address): one clear next
 * step at once, without loading the guide and its procedure catalogue.
 */

/**
 * Collects the scripts the page loads that hold the procedure catalogue's data (not the small
 * index of which chunk holds which id: the plan and shop pages carry that to load one chunk).
 */
function watchCatalogue(page: Page): string[] {
	// A source of the catalogue's core, which loads with any make's part of it.
	return watchScripts(page, 'generic-minimania-new-keys');
}

/** Collects the scripts the page loads that hold `marker`. */
function watchScripts(page: Page, marker: string): string[] {
	const loaded: string[] = [];
	page.on('response', async (response) => {
		if (!response.url().endsWith('.js')) return;
		const body = await response.text().catch(() => '');
		if (body.includes(marker)) loaded.push(response.url());
	});
	return loaded;
}

test.describe('Guide pages with nothing under way', () => {
	for (const { path, heading } of [
		{ path: '/guide/run', heading: 'Resync guide' },
		{ path: '/guide/plan', heading: 'Plan the session' },
		{ path: '/guide/shop', heading: 'What to ask the shop' },
		{ path: '/guide/report', heading: 'Report for a shop' }
	]) {
		test(`${path}: the way to the finder at once, the catalogue not loaded @phone`, async ({
			page
		}) => {
			const catalogue = watchCatalogue(page);
			await page.goto(path);
			await expect(page.getByRole('heading', { level: 1, name: heading })).toBeAttached();
			await page.getByRole('link', { name: 'Find your car’s procedure' }).click();
			await expect(page).toHaveURL(/\/guide$/);
			await expect(page.getByLabel('VIN', { exact: true })).toBeEnabled();
			expect(catalogue).toEqual([]);
		});
	}

	test('progress kept on the device: /guide/run loads the guide to read it', async ({ page }) => {
		// A shop path's id: the index of which chunk holds what comes with the guide's code.
		const guide = watchScripts(page, 'mini-cas-keys');
		await page.goto('/guide');
		await page.getByLabel('Make', { exact: true }).selectOption('Ford');
		await page.getByRole('button', { name: 'Find my procedure' }).last().click();
		await expect(page.getByText('as you picked it')).toBeVisible();
		await page.goto('/guide/run');
		guide.length = 0;
		await page.reload();
		// A car described, no session started yet: the guide loaded, and says so.
		await expect(page.getByText('No session is under way.')).toBeVisible();
		await expect.poll(() => guide.length).toBeGreaterThan(0);
	});
});

test('from one plan to another inside the app: no waiting line in any frame', async ({ page }) => {
	await page.goto('/guide/plan?p=mini-r5x-3-button');
	await expect(page.getByRole('button', { name: 'Start the guide' })).toBeVisible();
	// Count the frames that show the waiting line while the app moves to another plan.
	await page.evaluate(() => {
		const w = window as unknown as { waitingFrames: number };
		w.waitingFrames = 0;
		const look = () => {
			if (document.body.innerText.includes('Loading the guide')) w.waitingFrames++;
			requestAnimationFrame(look);
		};
		requestAnimationFrame(look);
		const link = document.createElement('a');
		link.href = '/guide/plan?p=mini-r5x-2-button-quick';
		link.id = 'other-plan';
		link.textContent = 'Another plan';
		document.body.append(link);
	});
	await page.locator('#other-plan').click();
	await expect(page).toHaveURL(/p=mini-r5x-2-button-quick/);
	await expect(page.getByRole('button', { name: 'Start the guide' })).toBeVisible();
	await page.waitForTimeout(300);
	expect(
		await page.evaluate(() => (window as unknown as { waitingFrames: number }).waitingFrames)
	).toBe(0);
});
