import type { Page } from '@playwright/test';
import { expect } from './fakes/fixtures';

/** The guide's finder: a car picked by make, model and year, and its questions answered. */

/** Picks the car by make, model and year and waits for the guide to name it. */
export async function pickCar(page: Page, make: string, model: string, year: string) {
	await page.getByLabel('Make', { exact: true }).selectOption(make);
	await page.getByLabel('Model', { exact: true }).selectOption(model);
	await page.getByLabel('Year', { exact: true }).selectOption(year);
	await page.getByRole('button', { name: 'Find my procedure' }).nth(1).click();
	await expect(page.getByTestId('guide-car')).toBeVisible();
}

/** "Has this key worked with this car before?" Yes. */
export async function knownKey(page: Page) {
	await expect(
		page.getByRole('heading', { name: 'Has this key worked with this car before?' })
	).toBeVisible();
	await page.getByRole('radio', { name: 'Yes, it used to lock and unlock this car' }).check();
	await page.getByRole('button', { name: 'Continue' }).click();
}

/** The 2003 MINI R50 picked by hand, its 2-button key, and a key the car knew. */
export async function pickTwoButtonR50(page: Page) {
	await pickCar(page, 'MINI', 'MINI One / Cooper hatch (R50)', '2003');
	await page.getByRole('radio', { name: '2 buttons: lock and unlock' }).check();
	await page.getByRole('button', { name: 'Continue' }).click();
	await knownKey(page);
}

/**
 * Answers the questions the finder asks, whichever it asks and in its order
 * (it asks only those that still tell the candidates apart), from `answers`
 * (question → option). A question not in `answers` fails the test, unless
 * `notSure` is set and the question offers "Not sure": then that is the answer.
 */
export async function answerAll(
	page: Page,
	answers: Record<string, string>,
	{ notSure = false }: { notSure?: boolean } = {}
) {
	const form = page.locator('form.question');
	const candidates = page.getByRole('link', { name: /Plan the session|See what to ask the shop/ });
	for (;;) {
		await expect(form.or(candidates.first())).toBeVisible();
		if (!(await form.isVisible())) return;
		const question = (await form.getByRole('heading').textContent())!.trim();
		const notSureOption = form.getByRole('radio', { name: /^Not sure/ });
		if (notSure && answers[question] === undefined && (await notSureOption.count()) > 0)
			await notSureOption.check();
		else {
			expect(answers[question], `an answer to "${question}"`).toBeDefined();
			await form.getByRole('radio', { name: answers[question], exact: true }).check();
		}
		await page.getByRole('button', { name: 'Continue' }).click();
		await expect(form.getByRole('heading', { name: question, exact: true })).toHaveCount(0);
	}
}
