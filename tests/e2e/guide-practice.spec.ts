import { expect, test } from './fakes/fixtures';
import type { Page } from '@playwright/test';

/** Opens the practice page on `car` and waits for the practice car. */
async function practise(page: Page, car: string) {
	await page.goto('/guide/practice');
	await page.getByLabel('Car to practise on').selectOption({ label: car });
	await page.getByRole('button', { name: 'Start practising' }).click();
	const panel = page.getByRole('region', { name: 'Practice car', exact: true });
	await expect(panel).toBeVisible();
	return panel;
}

test.describe('Practice car', () => {
	test('R53, 3-button keys: both keys learned with the ignition radios, Hold Unlock and Lock', async ({
		page,
		fakeDevices
	}) => {
		await fakeDevices();
		const panel = await practise(page, '2005 MINI Cooper S (R53), 3-button keys');
		const ignition = panel.getByRole('radiogroup', { name: 'Ignition' });
		await expect(ignition.getByRole('radio', { name: 'Position 2' })).toBeChecked();
		await expect(panel.getByRole('button', { name: 'Boot' })).toBeVisible();
		const said = panel.getByRole('status', { name: 'What the car just did' });

		// Out of sync at first: the car says why it ignores key 2.
		await ignition.getByRole('radio', { name: 'Off' }).check();
		await panel.getByRole('button', { name: 'Take the key out' }).click();
		await panel.getByRole('button', { name: 'Unlock', exact: true }).click();
		await expect(said).toContainText('Ignored: key 2 is out of sync with this car');

		await ignition.getByRole('radio', { name: 'Position 1' }).check();
		await ignition.getByRole('radio', { name: 'Off' }).check();
		await panel.getByRole('button', { name: 'Take the key out' }).click();
		await expect(said).toContainText('ready to learn keys');
		for (const key of ['Key 1', 'Key 2']) {
			await panel.getByLabel('Key in hand').selectOption({ label: key });
			const hold = panel.getByRole('button', { name: 'Hold Unlock' });
			await hold.click();
			await expect(hold).toHaveAttribute('aria-pressed', 'true');
			for (let i = 0; i < 3; i++)
				await panel.getByRole('button', { name: 'Lock', exact: true }).click();
			await hold.click();
			await expect(hold).toHaveAttribute('aria-pressed', 'false');
			await expect(said).toContainText(`Locks locked and unlocked: ${key.toLowerCase()} learned`);
		}
		await ignition.getByRole('radio', { name: 'Position 1' }).check();
		await expect(said).toContainText('Keys 1 and 2 learned');
		await panel.getByText('Your practice keys and what the car did').click();
		await expect(panel.getByRole('listitem').filter({ hasText: 'Key 2:' })).toContainText(
			'Works with this car'
		);
	});

	test('holding Unlock with the pointer while Lock is pressed from the keyboard', async ({
		page,
		fakeDevices
	}) => {
		await fakeDevices();
		const panel = await practise(page, '2005 MINI Cooper S (R53), 3-button keys');
		const ignition = panel.getByRole('radiogroup', { name: 'Ignition' });
		await ignition.getByRole('radio', { name: 'Off' }).check();
		await ignition.getByRole('radio', { name: 'Position 1' }).check();
		await ignition.getByRole('radio', { name: 'Off' }).check();
		await panel.getByRole('button', { name: 'Take the key out' }).click();
		await panel.getByRole('button', { name: 'Unlock', exact: true }).hover();
		await page.mouse.down();
		await expect(panel.getByRole('button', { name: 'Hold Unlock' })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		await panel.getByRole('button', { name: 'Lock', exact: true }).focus();
		for (let i = 0; i < 3; i++) await page.keyboard.press('Enter');
		await page.mouse.up();
		await expect(panel.getByRole('status', { name: 'What the car just did' })).toContainText(
			'key 2 learned'
		);
	});

	test('a window missed on the practice car is explained @phone', async ({ page, fakeDevices }) => {
		await page.clock.install();
		await fakeDevices();
		const panel = await practise(page, '2005 MINI Cooper S (R53), 3-button keys');
		const ignition = panel.getByRole('radiogroup', { name: 'Ignition' });
		await ignition.getByRole('radio', { name: 'Off' }).check();
		await ignition.getByRole('radio', { name: 'Position 1' }).check();
		await page.clock.fastForward(6_000);
		await ignition.getByRole('radio', { name: 'Off' }).check();
		await expect(panel.getByRole('status', { name: 'What the car just did' })).toContainText(
			'more than 5 seconds: the car is not ready to learn keys'
		);
	});

	test('Astra H: the door unlocked with the key blade, then the ignition on', async ({
		page,
		fakeDevices
	}) => {
		await fakeDevices();
		const panel = await practise(page, '2007 Vauxhall Astra TwinTop (Astra H)');
		await expect(panel.getByRole('button', { name: 'Boot' })).toHaveCount(0);
		await panel.getByLabel('Key in hand').selectOption({ label: 'Key 1' });
		await panel.getByRole('button', { name: 'Unlock the door with the key' }).click();
		await panel
			.getByRole('radiogroup', { name: 'Ignition' })
			.getByRole('radio', { name: 'Position 2' })
			.check();
		await expect(panel.getByRole('status', { name: 'What the car just did' })).toContainText(
			"Key 1's remote is synchronised again"
		);
	});
});
