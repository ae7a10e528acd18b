import { expectNoAxeViolations } from './axe';
import { expect, test } from './fakes/fixtures';

/**
 * axe (WCAG 2.1 A/AA) on the passing states the page-by-page checks do not
 * reach: connecting, connected, a connection error, a car being read and a
 * VIN warning. A passing state is held by a simulated adapter that takes a
 * minute for one step (axe needs the page's timers, so the clock keeps running).
 */
const SLOW = {
	atMs: 0,
	canMs: 0,
	kLineMs: 0,
	j1850Ms: 0,
	kLineInitMs: 0,
	searchStepMs: 0,
	resetMs: 0,
	perByteMs: 0
};

test.describe('Passing states have no WCAG A/AA violations', () => {
	test('connecting @phone', async ({ page, fakeDevices }) => {
		// The adapter's reset takes a minute: the connection stays under way.
		await fakeDevices({ simulator: { latency: { ...SLOW, resetMs: 60_000 } } });
		await page.goto('/connect');
		await page.getByRole('button', { name: 'Connect: Demo' }).click();
		await expect(page.getByRole('region', { name: /Connecting: Demo/ })).toBeVisible();
		await expectNoAxeViolations(page, 'connecting');
	});

	test('connected, then a connection error @phone', async ({ page, fakeDevices }) => {
		await fakeDevices({ serial: { ports: [{ kind: 'usb', busy: true }] } });
		await page.goto('/connect');
		await page.getByRole('button', { name: 'Connect: Demo' }).click();
		await expect(page.getByRole('region', { name: 'Adapter connected' })).toBeVisible();
		await expectNoAxeViolations(page, 'adapter connected');
		await page.getByRole('button', { name: 'Disconnect' }).click();
		await page.getByRole('button', { name: 'Connect: USB cable' }).click();
		await expect(page.getByTestId('connect-error')).toContainText('Could not connect.');
		await expectNoAxeViolations(page, 'connection error');
	});

	test('a car being read @phone', async ({ page, fakeDevices }) => {
		// Waking a K-line car takes a minute: the reading stays under way.
		await fakeDevices({ simulator: { latency: { ...SLOW, kLineInitMs: 60_000 } } });
		await page.goto('/connect');
		await page.getByLabel('Simulated car').selectOption('mini-r50-2003');
		await page.getByRole('button', { name: 'Connect: Demo' }).click();
		await page.getByRole('link', { name: 'Read my car' }).click();
		await expect(page.getByRole('heading', { name: 'Reading your car…' })).toBeVisible();
		await expectNoAxeViolations(page, 'reading the car');
	});

	test('a VIN warning @phone', async ({ page, fakeDevices }) => {
		await fakeDevices();
		await page.goto('/connect');
		await page.getByLabel('Simulated car').selectOption('mini-r50-2003');
		await page.getByRole('button', { name: 'Connect: Demo' }).click();
		await page.getByRole('link', { name: 'Read my car' }).click();
		const vin = page.getByLabel(/Type the VIN/);
		// A US MINI with one character misread: its check digit does not add up.
		await vin.fill('WMWRC33403TJ12345');
		await page.getByRole('button', { name: 'Use this VIN' }).click();
		await expect(page.getByRole('alert').filter({ hasText: 'does not add up' })).toBeVisible();
		await expectNoAxeViolations(page, 'VIN warning');
	});
});
