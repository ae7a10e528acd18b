import { expect, test } from './fakes/fixtures';

/** Picks a demo car other than the default, so the test can see the choice survive. */
async function chooseOtherCar(page: import('@playwright/test').Page): Promise<string> {
	const picker = page.getByLabel('Simulated car');
	// evaluateAll does not wait: let the client-rendered list fill first.
	await expect(picker).toHaveValue(/./);
	const values = await picker
		.locator('option')
		.evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
	const other = values.find((v) => v !== 'mini-r50-2003') ?? values[0]!;
	await picker.selectOption(other);
	return other;
}

test.describe('A link lost mid-command', () => {
	test('a cable pulled while the adapter answers: clear message, back to the choices, nothing lost', async ({
		page,
		fakeDevices
	}) => {
		// The cable goes in the middle of the adapter set-up: the speed probe's answer
		// (18 bytes) and part of the reset's banner.
		await fakeDevices({
			serial: { ports: [{ kind: 'usb', granted: true, disconnectAfterBytes: 30 }] }
		});
		await page.goto('/connect');
		const car = await chooseOtherCar(page);
		await page.getByRole('button', { name: 'Connect: USB cable' }).click();
		const alert = page.getByTestId('connect-error');
		await expect(alert).toContainText('disconnected');
		await expect(alert).toContainText('What to try');
		await expect(page.getByRole('button', { name: 'Connect: USB cable' })).toBeEnabled();
		await expect(page.getByLabel('Simulated car')).toHaveValue(car);
		await expect(page.getByRole('region', { name: 'Used before' })).toContainText(
			'USB serial (CH340)'
		);
	});

	test('a cable pulled during the car scan: the vehicle page says so, /connect keeps the error and the choices', async ({
		page,
		fakeDevices
	}) => {
		// Realistic timing so the scan is still running when the cable goes.
		await fakeDevices({
			simulator: { latency: 'realistic' },
			serial: { ports: [{ kind: 'usb', granted: true }] }
		});
		await page.goto('/connect');
		const car = await chooseOtherCar(page);
		await page.getByRole('button', { name: 'Connect: USB cable' }).click();
		await page.getByRole('link', { name: 'Read my car' }).click();
		await expect(page.getByRole('heading', { name: 'Reading your car…' })).toBeVisible();
		await page.evaluate(() => window.__fakeDevices!.unplug(0));
		await expect(page.getByRole('alert').first()).toContainText('ended');
		await page.getByRole('link', { name: 'Reconnect' }).click();
		await expect(page).toHaveURL(/\/connect$/);
		const alert = page.getByTestId('connect-error');
		await expect(alert).toContainText('The connection to the adapter ended.');
		await expect(page.getByLabel('Simulated car')).toHaveValue(car);
		await expect(page.getByRole('region', { name: 'Used before' })).toContainText('not plugged in');
	});
});
