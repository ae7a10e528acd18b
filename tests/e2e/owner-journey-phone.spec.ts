import type { Locator, Page } from '@playwright/test';
import { readDemoCar } from './demo-car';
import { expect, test } from './fakes/fixtures';
import { knownKey, pickTwoButtonR50 } from './guide-pick';
import { expectNoSideScroll } from './no-side-scroll';
import { startPractice } from './practice-car';

/**
 * The 2003 MINI R50 owner's journey at phone size: what the screens say about
 * where the car's VIN came from, the words as rendered (spaces kept), and the
 * fields and practice-car states sized for a finger and a narrow screen.
 */

/** The rendered text of `target`, whitespace collapsed as the reader sees it. */
async function shownText(target: Locator): Promise<string> {
	return ((await target.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

/** Height of a field on screen, in CSS pixels. */
async function heightOf(field: Locator): Promise<number> {
	const box = await field.boundingBox();
	expect(box, 'field on screen').not.toBeNull();
	return box!.height;
}

/** Lines a one-word value is drawn on: 1 unless the word was broken. */
async function linesOf(value: Locator): Promise<number> {
	return value.evaluate((el) => {
		const range = document.createRange();
		range.selectNodeContents(el);
		const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
		return tops.size;
	});
}

async function typeVinOnVehiclePage(page: Page) {
	await readDemoCar(page, 'mini-r50-2003');
	// The R50 on ISO 9141-2 wakes slowly: the read takes up to 20 s.
	await expect(page.getByText('does not report its VIN')).toBeVisible({ timeout: 40_000 });
	const field = page.getByLabel(/Type the VIN/);
	expect(await heightOf(field)).toBeGreaterThanOrEqual(44);
	await field.fill('WMWRC33483TE12345');
	await page.getByRole('button', { name: 'Use this VIN' }).click();
	await expect(page.getByTestId('vin')).toHaveText('WMWRC33483TE12345');
}

test.describe('The R50 owner on a phone', () => {
	test('the demo car gives the VIN on its windscreen, since it sends none: one tap types it @phone', async ({
		page,
		fakeDevices
	}) => {
		await fakeDevices();
		await readDemoCar(page, 'mini-r50-2003');
		await expect(page.getByText('does not report its VIN')).toBeVisible({ timeout: 40_000 });
		const hint = page.getByTestId('demo-vin');
		await expect(hint).toContainText('2003 MINI Cooper (R50)');
		await expect(hint).toContainText('WMWRC33423TJ12345');
		await hint.getByRole('button', { name: 'Type it in for me' }).click();
		await expect(page.getByLabel(/Type the VIN/)).toHaveValue('WMWRC33423TJ12345');
		await page.getByRole('button', { name: 'Use this VIN' }).click();
		await expect(page.getByTestId('vin')).toHaveText('WMWRC33423TJ12345');
		await expect(page.getByTestId('vehicle-name')).toContainText('MINI');
		await expect(hint).toHaveCount(0);
	});

	test('a VIN typed on the vehicle page is said to be typed, not read; the guide’s fields are finger-sized @phone', async ({
		page,
		fakeDevices
	}) => {
		await fakeDevices();
		await typeVinOnVehiclePage(page);
		await page.getByRole('button', { name: 'Identify your key' }).click();
		const yourCar = page.getByRole('region', { name: 'Your car' });
		await expect(yourCar).toContainText('from the VIN you typed on the vehicle page');
		await expect(yourCar).not.toContainText('as the adapter read it');

		// The same car offered again after "Choose another car": no "The adapter read".
		await yourCar.getByRole('button', { name: 'Choose another car' }).click();
		const offered = page.getByText('From the VIN you typed on the vehicle page:');
		await expect(offered).toContainText('2003 MINI');
		await expect(page.getByText('The adapter read:')).toHaveCount(0);

		// The VIN field on /guide: the app's field, as tall as the vehicle page's (44 px).
		const vin = page.getByLabel('VIN', { exact: true });
		expect(await heightOf(vin)).toBeGreaterThanOrEqual(44);

		await page.getByRole('button', { name: 'Use this car' }).click();
		await page.getByRole('radio', { name: '2 buttons: lock and unlock' }).check();
		await page.getByRole('button', { name: 'Continue' }).click();
		await knownKey(page);
		await page.getByRole('link', { name: 'Plan the session' }).first().click();
		// The plan paints in parts: open the complaint once the page has taken it over.
		const manual = page.getByRole('radio', { name: 'The sequence in the owner’s manual' });
		await expect(async () => {
			if (!(await manual.isVisible()))
				await page
					.locator('summary', { hasText: 'What fails, and what you already tried' })
					.click();
			await expect(manual).toBeVisible({ timeout: 1_000 });
		}).toPass();
		await manual.check();
		expect(await heightOf(page.getByLabel('How many times?'))).toBeGreaterThanOrEqual(44);
		await expectNoSideScroll(page, 'plan with the complaint open');
	});

	test('a session under way: the notice keeps its space before "Your progress" @phone', async ({
		page
	}) => {
		await page.goto('/guide');
		await pickTwoButtonR50(page);
		await page.getByRole('link', { name: 'Plan the session' }).first().click();
		await page.getByRole('button', { name: 'Start the guide' }).click();
		await page.getByRole('button', { name: 'Carry on without a reading' }).click();
		await expect(page.locator('#step-title')).toHaveText('Sit in the car with the key');
		await page.goto('/guide');
		const notice = page.getByText(/^A session is under way:/);
		await expect(notice).toContainText('Your progress is kept on this device.');
		expect(await shownText(notice)).toMatch(/[^.\s]\. Your progress is kept on this device\.$/);
	});

	test('the practice car: "(practice only" after a space, states never broken inside a word @phone', async ({
		page
	}) => {
		const car = await startPractice(page, '2003 MINI Cooper (R50), 2-button keys');
		// With the steps beside it, the panel is in its narrow (compact) layout.
		await page.getByRole('button', { name: 'Start the guide on this car' }).click();
		await expect(car.panel.getByText('In the ignition:')).toContainText('Key 1');
		await car.panel.getByLabel('Key in hand').selectOption({ label: 'Key 1' });
		// Its blade in the door while the key is in the ignition: a sign only the practice car gives.
		await car.panel
			.getByRole('button', { name: 'Lock the door with the key', exact: true })
			.click();
		await expect(car.said).toContainText('practice only');
		// Polled: on a loaded machine the line may still be settling when first read.
		await expect
			.poll(() => shownText(car.said))
			.toMatch(/\S \(practice only: a real car gives no sign\)/);

		const locks = car.panel.getByTestId('practice-locks');
		await expect(locks).toHaveText(/^(Locked|Unlocked)$/);
		expect(await linesOf(locks)).toBe(1);
		const door = car.panel.locator('dd').filter({ hasText: /^(Open|Closed)$/ });
		expect(await linesOf(door)).toBe(1);
		await expectNoSideScroll(page, 'practice car');
	});
});
