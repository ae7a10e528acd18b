import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { expectNoSideScroll } from './no-side-scroll';
import { expect, test } from './fakes/fixtures';
import { answerAll, pickCar } from './guide-pick';

/**
 * The owner's real case, as a new user tries it: a used 2003 MINI Cooper
 * (R50), US market, two keys; one remote works, the other does not even with
 * a new cell; the owner's-manual sequence failed ten times; the key's light
 * flashes. By make, model and year, answering "Not sure" where offered, the
 * guide reaches the ranked path with its way out and that way's cost on the
 * same page, and a printable report that states the complaint, without an
 * adapter.
 */

test.describe('The owner’s case: a used 2003 MINI Cooper with a 2-button key', () => {
	// Two axe runs on long pages: more time than one flow needs.
	test.setTimeout(120_000);

	test('by make, model and year: the ranked path with its way out and cost, then a printed report with the complaint @phone', async ({
		page
	}) => {
		await page.goto('/guide');
		await pickCar(page, 'MINI', 'MINI One / Cooper hatch (R50)', '2003');
		await expect(page.getByTestId('guide-car')).toHaveText('2003 MINI One / Cooper hatch (R50)');

		await answerAll(
			page,
			{ 'Which key does your MINI have?': '2 buttons: lock and unlock' },
			{ notSure: true }
		);
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
		// Picked by hand, the market is unknown: both markets' costs, each labelled, none mixed.
		await expect(path.getByTestId('way-out-cost')).toContainText('In the US, owners report');
		await expect(path.getByTestId('way-out-cost')).toContainText('$200');
		await expect(path.getByTestId('way-out-cost')).toContainText('In the UK, one owner reports');
		await expect(path.getByTestId('way-out-cost')).toContainText('£16');
		// Practice on the demo car with this very procedure.
		await expect(page.getByRole('link', { name: 'Practise first on a demo car' })).toHaveAttribute(
			'href',
			/\/guide\/practice\?car=mini-r50-2003&p=mini-r5x-2-button-quick$/
		);

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

		// Back on the plan, the session starts with the option the path leads with, not the
		// sequence already tried ten times.
		await page.goBack();
		const next = 'MINI 2-button key: the quick resync, pressing both buttons together';
		await expect(page.getByText(`The guide starts with the next option: ${next}.`)).toBeVisible();
		await page.getByRole('button', { name: 'Start the guide' }).click();
		await expect(page).toHaveURL(/\/guide\/run$/);
		await expect(page.getByText(next, { exact: true })).toBeVisible();
	});

	test('by VIN, no adapter: the quick resync for both keys, its way out in dollars; failing moves on to the other ways, then the shop and a report a shop can act on @phone', async ({
		page
	}) => {
		await page.clock.install();
		await page.goto('/guide');
		// A US-market R50: its VIN's model code marks the USA.
		await page.getByLabel('VIN', { exact: true }).fill('WMWRC33483TE12345');
		await page.getByRole('button', { name: 'Find my procedure' }).first().click();
		await expect(page.getByTestId('guide-car')).toHaveText('2003 MINI Cooper (R50)');
		await answerAll(
			page,
			{ 'Which key does your MINI have?': '2 buttons: lock and unlock' },
			{ notSure: true }
		);
		await page.getByRole('link', { name: 'Plan the session' }).first().click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Quick resync for a MINI with a 2-button key (built before July 2004)'
		);
		const path = page.getByTestId('ranked-path');
		await expect(path.getByTestId('way-out')).toContainText(
			'Have the remote, the receiver and the body module checked'
		);
		// The car's market is the US: the cost in dollars only.
		await expect(path.getByTestId('way-out-cost')).toContainText('In the US, owners report');
		await expect(path.getByTestId('way-out-cost')).toContainText('$200');
		await expect(path.getByTestId('way-out-cost')).not.toContainText('£');
		await page.getByRole('radio', { name: 'Yes, it starts the engine' }).check();
		await page.getByLabel('How many keys do you have for this car?').selectOption('2');
		await page.getByLabel('How many of their remotes still lock and unlock it?').selectOption('1');

		// Both keys in one session.
		await page.getByLabel('How many keys will you do?').selectOption('2');
		await page.getByRole('button', { name: 'Start the guide' }).click();

		// Key 1 fails three times: the guide stops this way and offers the next one.
		await failUntilMoveOn(page);
		const moveOn = page.getByTestId('move-on');
		await expect(moveOn).toContainText('did not take 3 times');
		await expect(page.getByTestId('guide-result')).toContainText('of 2 keys');
		await expect(moveOn).toContainText(
			'Next: MINI 2-button key: the quick resync, pressing both buttons together.'
		);
		await page.getByRole('button', { name: 'Try this way now' }).click();
		await expect(page.getByText('This time: Press UNLOCK and LOCK at the same time')).toBeVisible();

		// That way fails as well: the last way, where the sources conflict, marked as such.
		await failUntilMoveOn(page);
		await expect(moveOn).toContainText('Next: ');
		const last = (await moveOn.getByRole('strong').textContent())!;
		expect(last).toMatch(/3-button|three/i);
		await page.getByRole('button', { name: 'Try this way now' }).click();
		await expect(page.getByText(/Sources disagree/).first()).toBeVisible();

		// And that fails too: the shop, never another retry.
		await failUntilMoveOn(page);
		await expect(moveOn.getByRole('link', { name: 'See what to ask the shop' })).toBeVisible();
		await expect(page.getByRole('button', { name: 'Try this way now' })).toHaveCount(0);
		await page.clock.resume();
		await moveOn.getByRole('link', { name: 'See what to ask the shop' }).click();
		await expect(page.getByRole('heading', { name: 'What to ask for' })).toBeVisible();
		await expect(page.getByText('£')).toHaveCount(0);
		await page.getByRole('link', { name: 'Print a report for the shop' }).click();

		// On paper, what a shop needs without asking the owner again.
		await page.emulateMedia({ media: 'print' });
		const report = page.getByTestId('guide-report');
		await expect(report).toContainText('WMWRC33483TE12345');
		await expect(page.getByTestId('report-complaint')).toContainText(
			'The owner has 2 keys: 1 remote works, 1 does not lock or unlock the car.'
		);
		await expect(page.getByTestId('report-complaint')).toContainText(
			'The key whose remote fails starts the engine.'
		);
		const attempts = page.getByTestId('report-attempts').getByRole('listitem');
		// Every try of every way, each with what, when and how it ended.
		await expect(attempts).toHaveCount(9);
		const ways = [
			'Quick resync for a MINI with a 2-button key',
			'pressing both buttons together',
			'the 3-button key’s initialisation'
		];
		for (let i = 0; i < 9; i++) {
			const item = attempts.nth(i);
			await expect(item).toContainText(ways[Math.floor(i / 3)]!);
			await expect(item).toContainText(/\d{4}, \d\d:\d\d/);
			await expect(item).toContainText(
				i % 3 === 2 ? 'stopped after too many tries' : 'Key 1 did not take'
			);
		}
		const shop = page.getByTestId('report-shop');
		await expect(shop).toContainText('Test the remote key’s signal and the receiver');
		await expect(shop).toContainText('$200');
		await expect(shop).not.toContainText('£');
		await expect(shop).toContainText('Every key of the car');
		await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
	});

	test('with the demo adapter, picked by make, model and year: the path, both markets’ costs labelled; the practice car fails every way, then the shop @phone', async ({
		page,
		fakeDevices
	}) => {
		await fakeDevices();
		await page.goto('/connect');
		await page.getByLabel('Simulated car').selectOption('mini-r50-2003');
		await page.getByRole('button', { name: 'Connect: Demo' }).click();
		await page.getByRole('link', { name: 'Read my car' }).click();
		// The demo R50 does not report its VIN: the owner picks the car.
		await expect(page.getByTestId('verdict')).toHaveText('Find your car’s procedure');
		await page.getByRole('button', { name: 'Find your car’s procedure' }).click();
		await pickCar(page, 'MINI', 'MINI One / Cooper hatch (R50)', '2003');
		await answerAll(
			page,
			{ 'Which key does your MINI have?': '2 buttons: lock and unlock' },
			{ notSure: true }
		);
		await page.getByRole('link', { name: 'Plan the session' }).first().click();
		const path = page.getByTestId('ranked-path');
		await expect(path.getByRole('listitem').first()).toContainText(
			'Quick resync for a MINI with a 2-button key'
		);
		await expect(path.getByTestId('way-out')).toContainText('Have the remote');
		const cost = path.getByTestId('way-out-cost').getByRole('listitem');
		await expect(cost).toHaveCount(2);
		await expect(cost.nth(0)).toContainText('In the US');
		await expect(cost.nth(0)).not.toContainText('£');
		await expect(cost.nth(1)).toContainText('In the UK');
		await expect(cost.nth(1)).not.toContainText('$');
		// The MINI's tips say when to stop: no app rule said on top of them.
		await expect(path.getByTestId('app-rule')).toHaveCount(0);

		// With the practice car: the keys are turned but no button is pressed, three times.
		await page.clock.install();
		await page.getByLabel('How many keys will you do?').selectOption('2');
		await page.getByRole('button', { name: 'Start the guide' }).click();
		await failUntilMoveOn(page, true);
		const moveOn = page.getByTestId('move-on');
		await expect(moveOn).toContainText('did not take 3 times');
		await expect(moveOn).toContainText(
			'Next: MINI 2-button key: the quick resync, pressing both buttons together.'
		);
		await page.getByRole('button', { name: 'Try this way now' }).click();
		await failUntilMoveOn(page, true);
		await expect(moveOn).toContainText('the 3-button key’s initialisation');
		await page.getByRole('button', { name: 'Try this way now' }).click();
		await expect(page.getByText(/Sources disagree/).first()).toBeVisible();
		await failUntilMoveOn(page, true);
		await page.clock.resume();
		await moveOn.getByRole('link', { name: 'See what to ask the shop' }).click();
		await expect(page.getByRole('heading', { name: 'What to ask for' })).toBeVisible();
		// The car did not say its market: both costs, each labelled.
		await expect(page.getByText('In the US, owners report')).toBeVisible();
		await expect(page.getByText('In the UK, one owner reports')).toBeVisible();
	});
});

/**
 * Fails the current key until the guide stops the method: every step done,
 * then "No, it still does nothing" and "Try … again", until "What to do next".
 */
async function failUntilMoveOn(page: Page, practiceCar = false) {
	const moveOn = page.getByTestId('move-on');
	const ignition = page
		.getByRole('region', { name: 'Practice car', exact: true })
		.getByRole('radiogroup', { name: 'Ignition' });
	for (let i = 0; i < 60; i++) {
		// The demo car's engine computer answers at position 2: the guide sees the key turned.
		const turnStep = page.locator('#step-title', { hasText: /^Turn the key to position 2$/ });
		if (practiceCar && (await turnStep.isVisible())) {
			await ignition.getByRole('radio', { name: 'Off', exact: true }).check();
			await page.clock.runFor(2_000);
			await ignition.getByRole('radio', { name: 'Position 2', exact: true }).check();
			await page.clock.runFor(2_000);
			await expect(page.locator('#step-title')).not.toHaveText('Turn the key to position 2');
		}
		const next = page
			.getByRole('button', {
				name: /^(Carry on without a reading|Done|Done all \d+|Go|No, it still does nothing|No, nothing happened|No|Try Key 1 again)$/
			})
			.or(moveOn);
		await expect(next.first()).toBeVisible();
		if (await moveOn.isVisible()) return;
		const name = (await next.first().textContent())!.trim();
		await next.first().click();
		if (name === 'Go') await page.clock.runFor(2_000);
	}
	throw new Error('the guide never moved on');
}
