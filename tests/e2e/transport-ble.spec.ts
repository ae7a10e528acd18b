import { bleWrites, expect, test } from './fakes/fixtures';

const FAMILIES = ['fff0', 'ffe0', '18f0', 'vgate', 'nordic-uart', 'microchip', 'telit-tio'];

test.describe('Bluetooth LE (Web Bluetooth)', () => {
	test('connects from the click on Connect to an identified adapter', async ({
		page,
		fakeDevices
	}) => {
		await fakeDevices({ bluetooth: { devices: [{ name: 'IOS-Vlink', variant: 'stn2120' }] } });
		await page.goto('/connect');
		await page.getByRole('button', { name: 'Connect: Bluetooth LE' }).click();
		const result = page.getByRole('region', { name: 'Adapter connected' });
		await expect(result).toContainText('Bluetooth LE (IOS-Vlink)');
		await expect(result).toContainText('STN chip');
	});

	for (const family of FAMILIES) {
		test(`finds the ${family} service, writes ≤ 20 bytes and assembles 3-byte notifications`, async ({
			page,
			fakeDevices
		}) => {
			await fakeDevices({
				bluetooth: { devices: [{ family, notifyChunk: 3, variant: 'elm327-v2.2' }] }
			});
			await page.goto('/connect');
			await page.getByRole('button', { name: 'Connect: Bluetooth LE' }).click();
			const result = page.getByRole('region', { name: 'Adapter connected' });
			// The identity line only reads right if every split reply was put back together.
			await expect(result).toContainText('Genuine ELM327');
			await expect(result).toContainText(/ELM327 v2\.2/);
			const writes = await bleWrites(page);
			expect(writes.length).toBeGreaterThan(3);
			expect(Math.max(...writes.map((w) => w.length))).toBeLessThanOrEqual(20);
		});
	}

	test('a dropped link ends the session with a clear message and keeps the remembered dongle', async ({
		page,
		fakeDevices
	}) => {
		await fakeDevices({ bluetooth: { devices: [{ name: 'OBDBLE' }] } });
		await page.goto('/connect');
		await page.getByRole('button', { name: 'Connect: Bluetooth LE' }).click();
		await expect(page.getByRole('region', { name: 'Adapter connected' })).toBeVisible();
		await page.evaluate(() => window.__fakeDevices!.drop(0));
		const alert = page.getByTestId('connect-error');
		await expect(alert).toContainText('The connection to the adapter ended.');
		await expect(alert).toContainText('Bluetooth connection to the adapter dropped');
		const remembered = page.getByRole('region', { name: 'Used before' });
		await remembered.getByRole('button', { name: 'Reconnect Bluetooth LE (OBDBLE)' }).click();
		await expect(page.getByRole('region', { name: 'Adapter connected' })).toBeVisible();
	});

	test('a dongle that is asleep or held by a phone app gets a plain message', async ({
		page,
		fakeDevices
	}) => {
		await fakeDevices({ bluetooth: { devices: [{ connectFails: true }] } });
		await page.goto('/connect');
		await page.getByRole('button', { name: 'Connect: Bluetooth LE' }).click();
		const error = page.getByTestId('connect-error');
		await expect(error).toContainText('Close any phone app that uses it');
		// The socket has power with the ignition off: the ignition is not the adapter's power.
		await expect(error).toContainText('the socket has power even with the ignition off');
		await expect(error).not.toContainText('ignition on');
	});

	test('@phone works at a phone-sized viewport', async ({ page, fakeDevices }) => {
		await fakeDevices({
			serial: false,
			bluetooth: { devices: [{ family: 'ffe0', notifyChunk: 5 }] }
		});
		await page.goto('/connect');
		// The prerendered page lists the plain order; once the browser is known (after
		// hydration), a browser with Web Bluetooth and no Web Serial leads with Bluetooth LE.
		const lead = page.getByRole('region', { name: 'Your adapter' });
		const connect = lead.getByRole('button', { name: 'Connect: Bluetooth LE' });
		await expect(connect).toBeVisible();
		await connect.scrollIntoViewIfNeeded();
		await expect(connect).toBeInViewport();
		// Nothing wider than the screen.
		expect(
			await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)
		).toBe(true);
		await connect.click();
		const result = page.getByRole('region', { name: 'Adapter connected' });
		await expect(result).toBeVisible();
		await expect(result.getByRole('link', { name: 'Read my car' })).toBeVisible();
	});
});
