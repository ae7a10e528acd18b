import type { Page } from '@playwright/test';
import { freezeTime } from './clock';
import { expect, test } from './fakes/fixtures';

/**
 * The Jaguar X-Type practice car (bulletin XT501-23): four accessory-to-ON
 * turns with the driver's door open, then each remote within 10 seconds.
 * Following the guide beside the car programs the new remote; a remote pressed
 * after the 10 seconds is not learned.
 */

const CAR = '2004 Jaguar X-Type, a second remote';

async function practise(page: Page) {
	await page.goto('/guide/practice');
	await page.getByLabel('Car to practise on').selectOption({ label: CAR });
	await page.getByRole('button', { name: 'Start practising' }).click();
	const panel = page.getByRole('region', { name: 'Practice car', exact: true });
	await expect(panel).toBeVisible();
	return {
		panel,
		ignition: panel.getByRole('radiogroup', { name: 'Ignition' }),
		said: panel.getByRole('status', { name: 'What the car just did' }),
		hand: (key: string) => panel.getByLabel('Key in hand').selectOption({ label: key }),
		press: (button: 'Lock' | 'Unlock') =>
			panel.getByRole('button', { name: button, exact: true }).click()
	};
}

test.describe('Practice car: Jaguar X-Type', () => {
	test('following the guide beside the car programs both remotes @phone', async ({
		page,
		fakeDevices
	}) => {
		test.setTimeout(120_000);
		await page.clock.install();
		await fakeDevices();
		const car = await practise(page);
		await page.getByRole('button', { name: 'Start the guide on this car' }).click();
		const step = page.locator('#step-title');
		await expect(step).toHaveText("Open the driver's door and leave it open");
		await freezeTime(page);
		const done = () =>
			page
				.locator('.act button.primary, .step-bar button.primary')
				.filter({ visible: true })
				.first()
				.click();
		const answer = (label: string) =>
			page.getByRole('button', { name: label, exact: true }).click();

		await car.panel.getByRole('button', { name: "Open the driver's door" }).click();
		await done();
		await expect(step).toHaveText(/^Put the key in the ignition and turn it to accessory/);
		await car.ignition.getByRole('radio', { name: 'Position 1' }).check();
		await done();
		await expect(step).toHaveText(
			/^Turn the key from accessory to ON and back to accessory, 4 times/
		);
		for (let i = 0; i < 4; i++) {
			await car.ignition.getByRole('radio', { name: 'Position 2' }).check();
			await car.ignition.getByRole('radio', { name: 'Position 1' }).check();
		}
		await expect(car.said).toContainText('Chime: programming enabled');
		const doneAll = page.getByRole('button', { name: /^Done all 4$/ });
		if (await doneAll.isVisible()) await doneAll.click();
		else await done();
		await expect(step).toHaveText('Did the car chime?');
		await answer('Yes');
		await expect(step).toHaveText('Turn the key to OFF');
		await car.ignition.getByRole('radio', { name: 'Off' }).check();
		await done();
		await expect(step).toHaveText('Take the key out of the ignition');
		await car.panel.getByRole('button', { name: 'Take the key out' }).click();
		await done();

		for (const key of ['Key 1', 'Key 2']) {
			await expect(step).toHaveText('Press any button on this remote, once');
			await car.hand(key);
			await car.press('Lock');
			await expect(car.said).toContainText(`Chime: ${key.toLowerCase()}'s remote accepted`);
			await done();
			await expect(step).toHaveText('Did the car chime for this remote?');
			await answer('Yes');
		}
		await expect(step).toHaveText("Close the driver's door");
		await car.panel.getByRole('button', { name: "Close the driver's door" }).click();
		await done();

		for (const key of ['Key 1', 'Key 2']) {
			await expect(step).toContainText('lock and unlock the car from outside');
			await car.hand(key);
			await car.press('Lock');
			await expect(car.said).toContainText('Locks locked');
			await car.press('Unlock');
			await expect(car.said).toContainText('Locks unlocked');
			await answer('Yes, it locks and unlocks');
		}
		await expect(page.getByTestId('guide-result')).toContainText('2 of 2 keys synchronised');
	});

	test('the first remote 11 seconds after OFF: the car no longer listens', async ({
		page,
		fakeDevices
	}) => {
		await page.clock.install();
		await fakeDevices();
		const car = await practise(page);
		await freezeTime(page);
		await car.panel.getByRole('button', { name: "Open the driver's door" }).click();
		await car.ignition.getByRole('radio', { name: 'Position 1' }).check();
		for (let i = 0; i < 4; i++) {
			await car.ignition.getByRole('radio', { name: 'Position 2' }).check();
			await car.ignition.getByRole('radio', { name: 'Position 1' }).check();
		}
		await expect(car.said).toContainText('Chime: programming enabled');
		await car.ignition.getByRole('radio', { name: 'Off' }).check();
		await car.panel.getByRole('button', { name: 'Take the key out' }).click();
		await page.clock.runFor(11_000);
		await car.hand('Key 2');
		await car.press('Lock');
		await expect(car.said).toContainText('Ignored: key 2 is not paired with this car');
	});
});
