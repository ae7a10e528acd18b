import { expectNoAxeViolations } from './axe';
import { expectNoSideScroll } from './no-side-scroll';
import { expect, test } from './fakes/fixtures';

/**
 * axe (WCAG 2.1 A/AA) on every screen of the resync guide, desktop and phone,
 * and no screen wider than the phone.
 */
async function check(page: import('@playwright/test').Page, state: string) {
	await expectNoAxeViolations(page, state);
	await expectNoSideScroll(page, state);
}
test.describe('Resync guide accessibility', () => {
	test('every guide screen has no WCAG A/AA violations @phone', async ({ page, fakeDevices }) => {
		// Fifteen axe runs: more time than one flow needs.
		test.slow();
		await page.clock.install();
		await fakeDevices();
		await page.goto('/guide');
		await expect(page.getByLabel('VIN', { exact: true })).toBeVisible();
		await check(page, 'finding the car');

		// The demo car, read by the adapter: the verdict on the vehicle page.
		await page.goto('/connect');
		await page.getByLabel('Simulated car').selectOption('mini-r53-2005');
		await page.getByRole('button', { name: 'Connect: Demo' }).click();
		await page.getByRole('link', { name: 'Read my car' }).click();
		await expect(page.getByTestId('verdict')).toBeVisible();
		await page.getByText('Practise on this demo car').click();
		await check(page, 'vehicle page verdict with the practice car');

		await page.getByRole('button', { name: 'Identify your key' }).click();
		await expect(page.getByRole('radio', { name: /3 buttons/ })).toBeVisible();
		await check(page, 'the key question with drawings');
		await page.getByRole('button', { name: 'Continue' }).click();
		await expect(page.getByRole('alert')).toHaveText('Choose one answer.');
		await check(page, 'a question not answered');
		await page.getByRole('radio', { name: /3 buttons/ }).check();
		await page.getByRole('button', { name: 'Continue' }).click();
		await page.getByRole('radio', { name: /Yes, it used to/ }).check();
		await page.getByRole('button', { name: 'Continue' }).click();
		await expect(page.getByRole('link', { name: 'Plan the session' }).first()).toBeVisible();
		await check(page, 'the candidates');

		await page.getByRole('link', { name: 'Plan the session' }).first().click();
		await expect(page.getByRole('button', { name: 'Start the guide' })).toBeVisible();
		await check(page, 'the plan');
		await page.getByRole('button', { name: 'Start the guide' }).click();
		await expect(page.locator('#step-title')).toHaveText(/Sit in the car/);
		await page.getByText('Sound, voice and screen').click();
		await check(page, 'a step, with the cue settings open');
		await page.getByRole('button', { name: 'Done', exact: true }).click();
		await expect(page.getByRole('button', { name: 'Go', exact: true })).toBeVisible();
		await expect(page.getByRole('timer')).toHaveCount(0);
		await check(page, 'the get-ready step with its Go button');
		await page.getByRole('button', { name: 'Go', exact: true }).click();
		await expect(page.getByRole('timer')).toBeVisible();
		await check(page, 'a step with a countdown');
		await page.clock.fastForward(6_000);
		await expect(page.getByTestId('missed-text')).toBeVisible();
		await check(page, 'the missed window');
		await page.getByRole('button', { name: /Start again from/ }).click();
		await page.getByRole('button', { name: 'Go', exact: true }).click();
		await page.getByRole('button', { name: 'Done', exact: true }).click();
		await page.getByRole('button', { name: 'Done', exact: true }).click();
		await page.getByRole('button', { name: 'Done all 3' }).click();
		await page.getByRole('button', { name: 'Done', exact: true }).click();
		await page.getByRole('button', { name: 'No, nothing happened' }).click();
		await expect(page.getByRole('heading', { name: 'Key 1 did not take' })).toBeVisible();
		await check(page, 'a key that did not take');
		await page.getByRole('button', { name: 'What else could be wrong?' }).click();
		await expect(page.getByRole('heading', { name: 'What else could be wrong' })).toBeVisible();
		await check(page, 'troubleshooting');
		await page.getByRole('button', { name: 'Back to the choices' }).click();
		await page.getByRole('button', { name: 'Stop here' }).click();
		await expect(page.getByTestId('guide-result')).toHaveText(/0 of 2 keys synchronised/);
		await check(page, 'the result');

		await page.goto('/guide/shop?id=mini-cas-keys');
		await expect(page.getByRole('heading', { name: 'What to ask for' })).toBeVisible();
		await check(page, 'the shop path');
		await page.goto('/guide/practice');
		await check(page, 'the practice page before a car is chosen');
		await page.getByRole('button', { name: 'Start practising' }).click();
		await expect(page.getByRole('region', { name: 'Practice car', exact: true })).toBeVisible();
		await check(page, 'the practice page');
	});
});
