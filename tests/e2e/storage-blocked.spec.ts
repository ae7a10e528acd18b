import type { Page } from '@playwright/test';
import { expect, test } from './fakes/fixtures';

/**
 * Site data blocked (Chrome's "Don't allow sites to save data"): touching
 * `localStorage` or `sessionStorage` throws a SecurityError. Every page still
 * works, without memory, and says so once.
 */
async function blockStorage(page: Page) {
	await page.addInitScript(() => {
		for (const name of ['localStorage', 'sessionStorage']) {
			Object.defineProperty(window, name, {
				configurable: true,
				get() {
					throw new DOMException(
						`Failed to read the '${name}' property from 'Window': Access is denied for this document.`,
						'SecurityError'
					);
				}
			});
		}
	});
}

test.describe('With site data blocked', () => {
	// Seven pages, or a whole demo read, on a shared machine.
	test.slow();
	test('every page renders, and the notice says once that nothing is kept @phone', async ({
		page
	}) => {
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await blockStorage(page);
		for (const path of [
			'/',
			'/connect',
			'/guide',
			'/guide/plan',
			'/vehicle',
			'/console',
			'/guide/practice'
		]) {
			await page.goto(path);
			await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
			await expect(page.locator('body'), path).not.toContainText('Internal Error');
			await expect(page.getByTestId('storage-notice'), path).toHaveCount(1);
			await expect(page.getByTestId('storage-notice')).toContainText('keeps no data for this site');
		}
		// Dismissed, it stays away while the owner moves around the app.
		await page.getByTestId('storage-notice').getByRole('button', { name: 'OK' }).click();
		await page.getByRole('link', { name: 'Home' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(page.getByTestId('storage-notice')).toHaveCount(0);
		expect(errors).toEqual([]);
	});

	test('the demo reads a car', async ({ page }) => {
		await blockStorage(page);
		await page.goto('/connect');
		await page.getByLabel('Simulated car').selectOption('immobiliser-code');
		await page.getByRole('button', { name: 'Connect: Demo' }).click();
		await page.getByRole('link', { name: 'Read my car' }).click();
		await expect(page).toHaveURL(/\/vehicle$/);
		const dtcs = page.getByRole('region', { name: 'Warning lamp and trouble codes' });
		await expect(dtcs.getByRole('listitem').filter({ hasText: 'P0513' })).toBeVisible();
		await expect(page.locator('body')).not.toContainText('Internal Error');
	});

	test('a session runs without memory and the guide does not claim to keep it', async ({
		page
	}) => {
		await blockStorage(page);
		await page.goto('/');
		// In-app navigation: with nothing kept, a page load would start afresh.
		const go = (href: string) =>
			page.evaluate((to) => {
				const a = document.createElement('a');
				a.href = to;
				a.textContent = to;
				document.body.append(a);
				a.click();
			}, href);
		await go('/guide/plan?p=mini-r5x-3-button');
		// The plan's account of the fault does not claim to be kept either.
		await expect(page.getByText('What fails, and what you already tried')).toBeVisible();
		await expect(page.locator('main')).not.toContainText(/kept on this device/i);
		await page.getByRole('button', { name: 'Start the guide' }).click();
		await expect(page).toHaveURL(/\/guide\/run$/);
		await go('/guide');
		await expect(page.getByText('A session is under way')).toBeVisible();
		await expect(page.locator('main')).not.toContainText('kept on this device');
		// The one notice says it instead.
		await expect(page.getByTestId('storage-notice')).toHaveCount(1);
		await expect(page.getByTestId('storage-notice')).toContainText('keeps no data for this site');
	});
});
