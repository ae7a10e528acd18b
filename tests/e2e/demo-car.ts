import type { Page } from '@playwright/test';

/**
 * The demo adapter on the connect page, with `scenario` as the simulated car,
 * then "Read my car". Each test then waits for what it expects the read to show.
 */
export async function readDemoCar(page: Page, scenario: string): Promise<void> {
	await page.goto('/connect');
	await page.getByLabel('Simulated car').selectOption(scenario);
	await page.getByRole('button', { name: 'Connect: Demo' }).click();
	await page.getByRole('link', { name: 'Read my car' }).click();
}
