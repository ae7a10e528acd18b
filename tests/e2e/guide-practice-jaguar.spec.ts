import type { Page } from '@playwright/test';
import { freezeTime } from './clock';
import { expect, test } from './fakes/fixtures';
import { startPractice } from './practice-car';

/**
 * The Jaguar X-Type practice car (bulletin XT501-23): four accessory-to-ON
 * turns with the driver's door open, then each remote within 10 seconds.
 * Following the guide beside the car programs the new remote; a remote pressed
 * after the 10 seconds is not learned.
 */

const practise = (page: Page) => startPractice(page, '2004 Jaguar X-Type, a second remote');

test.describe('Practice car: Jaguar X-Type', () => {
	test.beforeEach(async ({ page, fakeDevices }) => {
		await page.clock.install();
		await fakeDevices();
	});

	test('following the guide beside the car programs both remotes @phone', async ({ page }) => {
		test.setTimeout(120_000);
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
		/** A step the owner does on the car, then marks done. */
		const onStep = async (title: string | RegExp, act: () => Promise<unknown>) => {
			await expect(step).toHaveText(title);
			await act();
			await done();
		};

		await onStep("Open the driver's door and leave it open", () =>
			car.panel.getByRole('button', { name: "Open the driver's door" }).click()
		);
		await onStep(/^Put the key in the ignition and turn it to accessory/, () =>
			car.turn('Position 1')
		);
		await expect(step).toHaveText(
			/^Turn the key from accessory to ON and back to accessory, 4 times/
		);
		for (let i = 0; i < 4; i++) {
			await car.turn('Position 2');
			await car.turn('Position 1');
		}
		await expect(car.said).toContainText('Chime: programming enabled');
		const doneAll = page.getByRole('button', { name: /^Done all 4$/ });
		if (await doneAll.isVisible()) await doneAll.click();
		else await done();
		await expect(step).toHaveText('Did the car chime?');
		await answer('Yes');
		await onStep('Turn the key to OFF', () => car.turn('Off'));
		await onStep('Take the key out of the ignition', () =>
			car.panel.getByRole('button', { name: 'Take the key out' }).click()
		);

		for (const key of ['Key 1', 'Key 2']) {
			await expect(step).toHaveText('Press any button on this remote, once');
			await car.press('Lock', key);
			await expect(car.said).toContainText(`Chime: ${key.toLowerCase()}'s remote accepted`);
			await done();
			await expect(step).toHaveText('Did the car chime for this remote?');
			await answer('Yes');
		}
		await onStep("Close the driver's door", () =>
			car.panel.getByRole('button', { name: "Close the driver's door" }).click()
		);

		for (const key of ['Key 1', 'Key 2']) {
			await expect(step).toContainText('lock and unlock the car from outside');
			await car.press('Lock', key);
			await expect(car.said).toContainText('Locks locked');
			await car.press('Unlock');
			await expect(car.said).toContainText('Locks unlocked');
			await answer('Yes, it locks and unlocks');
		}
		await expect(page.getByTestId('guide-result')).toContainText('2 of 2 keys synchronised');
	});

	test('the first remote 11 seconds after OFF: the car no longer listens', async ({ page }) => {
		const car = await practise(page);
		await freezeTime(page);
		await car.panel.getByRole('button', { name: "Open the driver's door" }).click();
		await car.turn('Position 1');
		for (let i = 0; i < 4; i++) {
			await car.turn('Position 2');
			await car.turn('Position 1');
		}
		await expect(car.said).toContainText('Chime: programming enabled');
		await car.turn('Off');
		await car.panel.getByRole('button', { name: 'Take the key out' }).click();
		await page.clock.runFor(11_000);
		await car.press('Lock', 'Key 2');
		await expect(car.said).toContainText('Ignored: key 2 is not paired with this car');
	});
});
