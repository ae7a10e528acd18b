import { expect, test } from './fakes/fixtures';

test.describe('USB cable (Web Serial)', () => {
	test('connects from the click on Connect to an identified adapter', async ({
		page,
		fakeDevices
	}) => {
		await fakeDevices({ serial: { ports: [{ kind: 'usb', variant: 'elm327-v1.4b' }] } });
		await page.goto('/connect');
		await page.getByRole('button', { name: 'Connect: USB cable' }).click();
		const result = page.getByRole('region', { name: 'Adapter connected' });
		await expect(result).toBeVisible();
		await expect(result).toContainText('USB serial (CH340)');
		await expect(result).toContainText('Genuine ELM327');
		await expect(result.getByRole('link', { name: 'Read my car' })).toHaveAttribute(
			'href',
			'/vehicle'
		);
		await expect(page.getByRole('heading', { name: 'Adapter connected' })).toBeFocused();
		expect(await page.evaluate(() => window.__fakeDevices!.openedAt(0))).toEqual([38400]);
	});

	test('finds an adapter at 115200 baud by trying the common speeds', async ({
		page,
		fakeDevices
	}) => {
		await fakeDevices({ serial: { ports: [{ kind: 'usb', baudRate: 115200, vendorId: 0x0403 }] } });
		await page.goto('/connect');
		await page.getByRole('button', { name: 'Connect: USB cable' }).click();
		await expect(page.getByRole('region', { name: 'Adapter connected' })).toContainText(
			'USB serial (FTDI)'
		);
		expect(await page.evaluate(() => window.__fakeDevices!.openedAt(0))).toEqual([
			38400, 9600, 115200
		]);
	});

	test('explains a port held by another program', async ({ page, fakeDevices }) => {
		await fakeDevices({ serial: { ports: [{ kind: 'usb', busy: true }] } });
		await page.goto('/connect');
		await page.getByRole('button', { name: 'Connect: USB cable' }).click();
		const alert = page.getByTestId('connect-error');
		await expect(alert).toContainText('Could not connect.');
		await expect(alert).toContainText(
			'another program (another tab, a phone app, a diagnostic program) holds the port'
		);
		await expect(alert).toBeFocused();
		// The choices stay, ready for another try.
		await expect(page.getByRole('button', { name: 'Connect: USB cable' })).toBeEnabled();
	});

	test('says plainly when the chooser was closed without a port', async ({ page, fakeDevices }) => {
		await fakeDevices({ serial: { cancel: true } });
		await page.goto('/connect');
		await page.getByRole('button', { name: 'Connect: USB cable' }).click();
		await expect(page.getByTestId('connect-error')).toContainText('No port was chosen');
		await expect(page.getByTestId('connect-error')).not.toContainText('NotFoundError');
	});

	test('reconnects a remembered port with one click and follows plug events', async ({
		page,
		fakeDevices
	}) => {
		// The chooser would fail: only the remembered port can make this work.
		await fakeDevices({ serial: { cancel: true, ports: [{ kind: 'usb', granted: true }] } });
		await page.goto('/connect');
		const remembered = page.getByRole('region', { name: 'Used before' });
		await expect(remembered).toContainText('USB serial (CH340)');
		await expect(remembered).toContainText('plugged in');
		await remembered.getByRole('button', { name: 'Reconnect USB serial (CH340)' }).click();
		await expect(page.getByRole('region', { name: 'Adapter connected' })).toBeVisible();

		await page.evaluate(() => window.__fakeDevices!.unplug(0));
		await expect(page.getByTestId('connect-error')).toContainText(
			'The connection to the adapter ended.'
		);
		await expect(remembered).toContainText('not plugged in');
		await page.evaluate(() => window.__fakeDevices!.ports[0]!.replug());
		await expect(remembered).not.toContainText('not plugged in');
	});
});
