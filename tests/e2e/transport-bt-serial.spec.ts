import { expect, test } from './fakes/fixtures';

test.describe('Classic Bluetooth (Web Serial over RFCOMM)', () => {
	test('connects a paired dongle from the click on Connect to an identified adapter', async ({
		page,
		fakeDevices
	}) => {
		await fakeDevices({ serial: { ports: [{ kind: 'bt-serial', variant: 'clone-v1.5' }] } });
		await page.goto('/connect');
		const choice = page.getByRole('article', { name: 'Bluetooth (classic)' });
		await expect(choice).toContainText('PIN 1234 or 0000');
		await choice.getByText('How to pair the dongle (once)').click();
		await expect(choice).toContainText('Chrome 117 or newer on a computer');
		await choice.getByRole('button', { name: 'Connect: Bluetooth (classic)' }).click();
		const result = page.getByRole('region', { name: 'Adapter connected' });
		await expect(result).toContainText('Bluetooth serial');
		await expect(result).toContainText('ELM327 clone');
		await expect(result).toContainText('may miss some commands');
	});

	test('offers only paired serial dongles: without one the chooser comes back empty', async ({
		page,
		fakeDevices
	}) => {
		await fakeDevices({ serial: { ports: [{ kind: 'usb' }] } });
		await page.goto('/connect');
		await page.getByRole('button', { name: 'Connect: Bluetooth (classic)' }).click();
		const alert = page.getByTestId('connect-error');
		await expect(alert).toContainText('No port was chosen');
		await expect(alert).toContainText('Pair the dongle in your system’s Bluetooth settings first');
	});
});
