import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { expectNoSideScroll } from './no-side-scroll';
import { expect, test } from './fakes/fixtures';

/**
 * The owner's real case, as a new user tries it: a used 2003 MINI Cooper
 * (R50), US market, two keys; one remote works, the other does not even with
 * a new cell; the owner's-manual sequence failed ten times; the key's light
 * flashes. By make, model and year, answering "Not sure" where offered, the
 * guide reaches the ranked path with its way out and that way's cost on the
 * same page, and a printable report that states the complaint, without an
 * adapter.
 */

/** Answers whatever the finder asks, "Not sure" where it is offered. */
async function answerAll(page: Page, answers: Record<string, string>) {
	const form = page.locator('form.question');
	const candidates = page.getByRole('link', { name: /Plan the session|See what to ask the shop/ });
	for (;;) {
		await expect(form.or(candidates.first())).toBeVisible();
		if (!(await form.isVisible())) return;
		const question = (await form.getByRole('heading').textContent())!.trim();
		const notSure = form.getByRole('radio', { name: /^Not sure/ });
		if (answers[question] === undefined && (await notSure.count()) > 0) await notSure.check();
		else {
			expect(answers[question], `an answer to "${question}"`).toBeDefined();
			await form.getByRole('radio', { name: answers[question], exact: true }).check();
		}
		await page.getByRole('button', { name: 'Continue' }).click();
		await expect(form.getByRole('heading', { name: question, exact: true })).toHaveCount(0);
	}
}

test.describe('The owner’s case: a used 2003 MINI Cooper with a 2-button key', () => {
	// Two axe runs on long pages: more time than one flow needs.
	test.setTimeout(120_000);

	test('by make, model and year: the ranked path with its way out and cost, then a printed report with the complaint @phone', async ({
		page
	}) => {
		await page.goto('/guide');
		await page.getByLabel('Make', { exact: true }).selectOption('MINI');
		await page.getByLabel('Model', { exact: true }).selectOption('MINI One / Cooper hatch (R50)');
		await page.getByLabel('Year', { exact: true }).selectOption('2003');
		await page.getByRole('button', { name: 'Find my procedure' }).nth(1).click();
		await expect(page.getByTestId('guide-car')).toHaveText('2003 MINI One / Cooper hatch (R50)');

		await answerAll(page, { 'Which key does your MINI have?': '2 buttons: lock and unlock' });
		// "Not sure — it came with the car" keeps the home resync; no "a new key has to be coded".
		await expect(page.getByText('Not sure — it came with the car')).toBeVisible();
		await expect(page.getByText(/new key has to be coded/)).toHaveCount(0);
		await page.getByRole('link', { name: 'Plan the session' }).first().click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Quick resync for a MINI with a 2-button key (built before July 2004)'
		);

		// Before any attempt: the path, its way out and the way out's cost on this page.
		const path = page.getByTestId('ranked-path');
		await expect(path.getByText('Quick resync for a MINI with a 2-button key')).toBeVisible();
		await expect(path.getByText('pressing both buttons together')).toBeVisible();
		await expect(
			path.getByText('A flashing light on the key does not prove it works')
		).toBeVisible();
		await expect(path.getByText('Where the car listens')).toBeVisible();
		await expect(path.getByTestId('way-out')).toContainText(
			'Have the remote, the receiver and the body module checked'
		);
		await expect(path.getByTestId('way-out-cost')).toContainText('$200');

		// What the owner already did: the path then leads with the next option.
		await page.getByRole('radio', { name: 'Yes, it starts the engine' }).check();
		await page.getByLabel('How many keys do you have for this car?').selectOption('2');
		await page.getByLabel('How many of their remotes still lock and unlock it?').selectOption('1');
		await page
			.getByRole('group', { name: 'Did you fit a new cell (battery) in the key that fails?' })
			.getByRole('radio', { name: 'Yes' })
			.check();
		await page.getByRole('radio', { name: 'The sequence in the owner’s manual' }).check();
		await page.getByLabel('How many times?').fill('10');
		await page.getByLabel('How many times?').blur();
		await page.getByRole('radio', { name: 'It flashes' }).check();
		await expect(path.getByTestId('already-tried')).toContainText('10 times');
		await expect(path.getByTestId('already-tried')).toContainText(
			'Start with the next option: “MINI 2-button key: the quick resync, pressing both buttons together”'
		);
		await expectNoSideScroll(page, 'the plan with the ranked path');
		await expectNoAxeViolations(page, 'the plan with the complaint and the ranked path');

		// The report for the shop, with no adapter: it tells the story.
		await path.getByRole('link', { name: 'Print a report for the shop' }).click();
		await expect(page).toHaveURL(/\/guide\/report$/);
		const complaint = page.getByTestId('report-complaint');
		await expect(complaint).toContainText(
			'The owner has 2 keys: 1 remote works, 1 does not lock or unlock the car.'
		);
		await expect(complaint).toContainText('The key whose remote fails starts the engine.');
		await expect(complaint).toContainText('A new cell was fitted in that key');
		await expect(complaint).toContainText(
			'The owner already tried the sequence in the owner’s manual 10 times'
		);
		await expect(complaint).toContainText('The key’s light flashes');
		await expect(complaint).toContainText('Not sure — it came with the car');
		await expect(page.getByTestId('report-shop')).toContainText('$200');
		await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeVisible();
		await expectNoSideScroll(page, 'the guide report');
		await expectNoAxeViolations(page, 'the guide report');

		// On paper: the report alone, and no word of files that do not exist.
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByTestId('guide-report')).toBeVisible();
		await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
		await expect(page.getByTestId('guide-report')).not.toContainText('saved with this report');

		// Kept on the device: a reload tells the same story.
		await page.emulateMedia({ media: 'screen' });
		await page.reload();
		await expect(page.getByTestId('report-complaint')).toContainText('10 times');
	});
});
