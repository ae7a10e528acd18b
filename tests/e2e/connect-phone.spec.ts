import type { Page } from '@playwright/test';
import { expect, test } from './fakes/fixtures';
import { layoutShiftOf } from './layout-shifts';

/** Chrome on an Android phone, as Chrome sends it (the Pixel 7's own screen size). */
const ANDROID_CHROME =
	'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/139.0.0.0 Mobile Safari/537.36';
/** The page is prerendered in a plain order; once the browser is known, its connection leads. */
async function openConnect(page: Page) {
	await page.goto('/connect');
	await expect(page.getByRole('region', { name: 'Your adapter' })).toBeVisible();
}

const LAPTOP_CHROME =
	'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/139.0.0.0 Safari/537.36';

test.describe('Connect screen on an Android phone', () => {
	test.use({
		userAgent: ANDROID_CHROME,
		viewport: { width: 412, height: 915 },
		isMobile: true,
		hasTouch: true
	});

	test('@phone leads with Bluetooth LE, above the fold and before the demo', async ({
		page,
		fakeDevices
	}) => {
		await fakeDevices();
		await openConnect(page);
		const ble = page.getByRole('button', { name: 'Connect: Bluetooth LE' });
		const demo = page.getByRole('button', { name: 'Connect: Demo' });
		await expect(ble).toBeEnabled();
		// The first screen, without scrolling.
		expect(await page.evaluate(() => window.scrollY)).toBe(0);
		await expect(ble).toBeInViewport({ ratio: 1 });
		const [bleBox, demoBox] = [await ble.boundingBox(), await demo.boundingBox()];
		expect(bleBox!.y + bleBox!.height).toBeLessThanOrEqual(915);
		expect(bleBox!.y).toBeLessThan(demoBox!.y);
		// The help names the permission Android asks for.
		await expect(page.getByRole('article', { name: 'Bluetooth LE' })).toContainText(
			'Nearby devices'
		);
	});

	test('@phone the choices do not jump when Bluetooth LE moves to the lead', async ({
		page,
		fakeDevices
	}) => {
		await fakeDevices();
		// The prerendered page paints well before its scripts reorder it.
		const shift = await layoutShiftOf(page, async () => {
			await openConnect(page);
			await expect(page.getByRole('button', { name: 'Connect: Bluetooth LE' })).toBeEnabled();
		});
		// Lighthouse measured 0.26 on this page when the cards moved in view.
		expect(shift).toBeLessThan(0.01);
	});

	test('@phone Bluetooth that looks off keeps Connect enabled, so Chrome can ask', async ({
		page,
		fakeDevices
	}) => {
		await fakeDevices({ bluetooth: { available: false } });
		await openConnect(page);
		const card = page.getByRole('article', { name: 'Bluetooth LE' });
		await expect(card).toContainText('Chrome asks to switch it on');
		await expect(card.getByRole('button', { name: 'Connect: Bluetooth LE' })).toBeEnabled();
	});

	test('@phone an error appears by the button that caused it, with the focus', async ({
		page,
		fakeDevices
	}) => {
		await fakeDevices({ bluetooth: { cancel: true } });
		await openConnect(page);
		await page.getByRole('button', { name: 'Connect: Bluetooth LE' }).click();
		const card = page.getByRole('article', { name: 'Bluetooth LE' });
		const error = card.getByTestId('connect-error');
		await expect(error).toContainText('No Bluetooth device was chosen');
		await expect(error).toBeFocused();
		await expect(error).toBeInViewport();
		// The fuse sentence once, not again in the tips.
		expect((await error.innerText()).match(/blown fuse/g)).toHaveLength(1);
		await expect(page.getByTestId('connect-error')).toHaveCount(1);
	});

	test('@phone a chooser that never answers is cancelled with a plain message', async ({
		page,
		fakeDevices
	}) => {
		await page.clock.install();
		await fakeDevices({ bluetooth: { cancel: 'never' } });
		await openConnect(page);
		await page.getByRole('button', { name: 'Connect: Bluetooth LE' }).click();
		const heading = page.getByRole('heading', { name: /^Connecting/ });
		await expect(heading).toHaveText('Connecting: Bluetooth LE…');
		// The connection code loads on the click: time starts once the chooser is open.
		await expect.poll(() => page.evaluate(() => window.__fakeDevices!.choosers())).toBe(1);
		await page.clock.runFor(60_000);
		await expect(heading).toBeVisible();
		await page.clock.runFor(31_000);
		const error = page.getByRole('article', { name: 'Bluetooth LE' }).getByTestId('connect-error');
		await expect(error).toContainText('FobSync stopped waiting');
		await expect(error).toBeFocused();
	});
});

test.describe('Connect screen on a laptop', () => {
	test.use({ userAgent: LAPTOP_CHROME });

	test('leads with the USB cable before the demo', async ({ page, fakeDevices }) => {
		await fakeDevices();
		await openConnect(page);
		const usb = await page.getByRole('button', { name: 'Connect: USB cable' }).boundingBox();
		const demo = await page.getByRole('button', { name: 'Connect: Demo' }).boundingBox();
		expect(usb!.y).toBeLessThan(demo!.y);
	});

	test('"No port was chosen" names the USB-serial driver per chip and system', async ({
		page,
		fakeDevices
	}) => {
		await fakeDevices({ serial: { cancel: true } });
		await openConnect(page);
		await page.getByRole('button', { name: 'Connect: USB cable' }).click();
		const error = page.getByRole('article', { name: 'USB cable' }).getByTestId('connect-error');
		await expect(error).toContainText('No port was chosen');
		const help = error.getByTestId('usb-driver-help');
		for (const chip of ['CH340', 'CP210x', 'FTDI', 'PL2303', 'Windows', 'macOS', 'Linux']) {
			await expect(help).toContainText(chip);
		}
	});

	test('the progress heading has no brackets inside brackets', async ({ page, fakeDevices }) => {
		await fakeDevices({ serial: { cancel: 'never' } });
		await openConnect(page);
		await page.getByRole('button', { name: 'Connect: Bluetooth (classic)' }).click();
		await expect(page.getByRole('heading', { name: /^Connecting/ })).toHaveText(
			'Connecting: Bluetooth (classic)…'
		);
	});
});
