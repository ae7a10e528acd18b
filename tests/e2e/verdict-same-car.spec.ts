import { readDemoCar } from './demo-car';
import { expect, test } from './fakes/fixtures';

/**
 * The vehicle page's verdict hands the car read to the guide. A second car of
 * the same make is another car: it does not inherit the first one's answers,
 * and the guide takes it instead of keeping the first (decided by VIN).
 */

test('a second MINI read by the adapter is its own car in the guide, without the first one’s answers', async ({
	page,
	fakeDevices
}) => {
	await fakeDevices();
	// The 2005 R53: its key identified in the guide.
	await readDemoCar(page, 'mini-r53-2005');
	await expect(page.getByTestId('verdict')).toHaveText('Tell us which key you have');
	await page.getByRole('button', { name: 'Identify your key' }).click();
	await expect(page.getByTestId('guide-car')).toContainText('R53');
	await page.getByRole('radio', { name: '3 buttons: lock, unlock and boot' }).check();
	await page.getByRole('button', { name: 'Continue' }).click();
	const answered = page.getByRole('region', { name: 'Your car', exact: true });
	await expect(answered).toContainText('3 buttons');

	// Another MINI, the 2008 R56, read afterwards: its verdict (a shop job) hands it to the guide,
	// which keeps this car, with no answers yet (kept on the device: a fresh page shows it too).
	await readDemoCar(page, 'mini-r56-2008');
	await expect(page.getByTestId('verdict')).toContainText('shop');
	await page.getByRole('button', { name: 'See what to ask the shop' }).click();
	await expect(page).toHaveURL(/\/guide\/shop\?id=/);
	await page.goto('/guide');
	await expect(page.getByTestId('guide-car')).toContainText('R56');
	await expect(answered).not.toContainText('3 buttons');
});
