import type { Page } from '@playwright/test';
import { expect } from './fakes/fixtures';

/**
 * Opens the practice page, chooses `car` (its label in the list) and starts it;
 * returns the practice car's panel and what a test does on it.
 */
export async function startPractice(page: Page, car: string) {
	await page.goto('/guide/practice');
	await page.getByLabel('Car to practise on').selectOption({ label: car });
	await page.getByRole('button', { name: 'Start practising' }).click();
	const panel = page.getByRole('region', { name: 'Practice car', exact: true });
	await expect(panel).toBeVisible();
	const ignition = panel.getByRole('radiogroup', { name: 'Ignition' });
	return {
		panel,
		turn: (to: 'Off' | 'Position 1' | 'Position 2') =>
			ignition.getByRole('radio', { name: to, exact: true }).check(),
		said: panel.getByRole('status', { name: 'What the car just did' }),
		/** Presses `button` on the remote in hand; with `key` ("Key 2"), takes that key first. */
		async press(button: 'Lock' | 'Unlock', key?: string) {
			if (key) await panel.getByLabel('Key in hand').selectOption({ label: key });
			await panel.getByRole('button', { name: button, exact: true }).click();
		}
	};
}
