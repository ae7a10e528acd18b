import { readDemoCar } from './demo-car';
import { expect, test } from './fakes/fixtures';

// What a returning owner has on this device appears once the page has taken over, never in
// its first render: the prerendered page cannot know it, and the first render must match that
// page (see connect-hydration.spec). These check that it still appears, on the built app.

test.describe('A returning owner’s things come back after the page takes over', () => {
	test('a link to practise on a named car opens with that car chosen @phone', async ({ page }) => {
		await page.goto('/guide/practice?car=ford-f150-2005');
		const car = page.getByLabel('Car to practise on');
		await expect(car).toBeEnabled();
		await expect(car).toHaveValue('ford-f150-2005');
		await expect(page.locator('#practice-car-what')).toHaveText(
			'Programming remotes by eight ignition cycles: remote 2 is new to the truck.'
		);
		await page.getByRole('button', { name: 'Start practising' }).click();
		await expect(page.getByText('Practising on:')).toContainText(
			'2005 Ford F-150, a replacement remote'
		);
	});

	test('the demo car chosen last time, and the report read, are there after a reload', async ({
		page,
		fakeDevices
	}) => {
		await fakeDevices();
		await readDemoCar(page, 'mini-r56-2008');
		await expect(page.getByRole('heading', { name: 'Vehicle', exact: true })).toBeVisible();
		await expect
			.poll(() => page.evaluate(() => localStorage.getItem('fobsync.last-report.v1')))
			.not.toBeNull();

		await page.goto('/');
		await expect(page.getByRole('link', { name: /^Your last report \(/ })).toBeVisible();
		await page.goto('/connect');
		await expect(page.getByLabel('Simulated car')).toBeEnabled();
		await expect(page.getByLabel('Simulated car')).toHaveValue('mini-r56-2008');
		// The guide offers the car read (the finder loads at once for it).
		await page.goto('/guide');
		await expect(page.getByText('The adapter read:')).toContainText('2008 MINI');
		await expect(page.getByRole('button', { name: 'Use this car' })).toBeEnabled();
	});
});
