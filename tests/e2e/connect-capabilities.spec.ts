import { expect, test } from './fakes/fixtures';

test.describe('Connect screen: what this browser can do', () => {
	test('a browser without Web Serial or Web Bluetooth shows why, and the demo still works', async ({
		page,
		fakeDevices
	}) => {
		await fakeDevices({ serial: false, bluetooth: false });
		await page.goto('/connect');
		for (const title of ['USB cable', 'Bluetooth (classic)', 'Bluetooth LE']) {
			const choice = page.getByRole('article', { name: title });
			await expect(choice.getByRole('button', { name: `Connect: ${title}` })).toBeDisabled();
			await expect(choice).toContainText('Not available here');
		}
		await expect(page.getByRole('region', { name: 'This browser' })).toContainText(
			'Wi-Fi adapters cannot be reached from any web page'
		);
		await expect(page.getByRole('button', { name: 'Connect: Demo' })).toBeEnabled();
	});

	test('Chrome with both APIs offers every kind, Bluetooth serial honestly as "may work"', async ({
		page,
		fakeDevices
	}) => {
		await fakeDevices();
		await page.goto('/connect');
		await expect(page.getByRole('article', { name: 'USB cable' })).toContainText('Works here');
		await expect(page.getByRole('article', { name: 'Bluetooth (classic)' })).toContainText(
			'May work here'
		);
		await expect(page.getByRole('article', { name: 'Bluetooth LE' })).toContainText('Works here');
	});

	test('a switched-off Bluetooth radio is said, and Bluetooth LE stays enabled so Chrome can ask', async ({
		page,
		fakeDevices
	}) => {
		await fakeDevices({ bluetooth: { available: false } });
		await page.goto('/connect');
		const ble = page.getByRole('article', { name: 'Bluetooth LE' });
		await expect(ble).toContainText('Bluetooth looks switched off');
		await expect(ble.getByRole('button', { name: 'Connect: Bluetooth LE' })).toBeEnabled();
	});
});
