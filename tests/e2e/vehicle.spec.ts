import { readFile } from 'node:fs/promises';
import { expect, test } from './fakes/fixtures';
import { pickTwoButtonR50 } from './guide-pick';

/** Connects the demo with `scenario` from the connect screen and opens the vehicle page. */
async function scanDemo(page: import('@playwright/test').Page, scenario: string) {
	await page.goto('/connect');
	await page.getByLabel('Simulated car').selectOption(scenario);
	await page.getByRole('button', { name: 'Connect: Demo' }).click();
	await page.getByRole('link', { name: 'Read my car' }).click();
	await expect(page).toHaveURL(/\/vehicle$/);
	await expect(
		page.getByRole('heading', { name: /^(Vehicle|Your car did not answer)$/ })
	).toBeVisible();
}

test.describe('Vehicle page over the demo', () => {
	test('home page demo button reads the 2003 MINI: no VIN over OBD, typed VIN decodes to R50', async ({
		page,
		fakeDevices
	}) => {
		await fakeDevices();
		await page.goto('/');
		await page.getByRole('button', { name: 'Try the demo (no hardware)' }).click();
		// The same next screen as the connect page's demo: the adapter, then "Read my car".
		await page.getByRole('link', { name: 'Read my car' }).click();
		await expect(page).toHaveURL(/\/vehicle$/);
		await expect(page.getByTestId('protocol')).toContainText('ISO 9141-2');
		await expect(page.getByText('does not report its VIN')).toBeVisible();
		await expect(page.getByTestId('battery-volts')).toContainText('V');

		// What the adapter cannot reach is said plainly.
		const key = page.getByRole('region', { name: 'Key and immobiliser' });
		await expect(key).toContainText(/Not readable here/);

		// A wrong VIN gets a clear reason; a right one identifies the car.
		const vin = page.getByLabel(/Type the VIN/);
		await vin.fill('WMWRC33O83TE12345');
		await page.getByRole('button', { name: 'Use this VIN' }).click();
		await expect(page.getByRole('alert').filter({ hasText: /O/ })).toBeVisible();
		await vin.fill('WMWRC33483TE12345');
		await page.getByRole('button', { name: 'Use this VIN' }).click();
		await expect(page.getByTestId('vin')).toHaveText('WMWRC33483TE12345');
		await expect(page.getByTestId('vehicle-name')).toHaveText('2003 MINI Cooper');
		await expect(page.getByText('Model code R50', { exact: true })).toBeVisible();
		await expect(key).toContainText(/BC1|body/i);
	});

	test('the 2008 MINI R56 on CAN: VIN, control unit names and calibration, raw replies on demand', async ({
		page,
		fakeDevices
	}) => {
		await fakeDevices();
		await scanDemo(page, 'mini-r56-2008');
		await expect(page.getByTestId('protocol')).toContainText('ISO 15765-4');
		await expect(page.getByTestId('vin')).toHaveText(/^WMW[A-Z0-9]{14}$/);
		const ecus = page.getByRole('region', { name: 'Computers that answered' });
		await ecus.getByText('Details for a mechanic').click();
		await expect(ecus).toContainText('7E8');
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Save this report' }).click();
		const file = await download;
		expect(file.suggestedFilename()).toMatch(
			/^fobsync-report-WMW[A-Z0-9]{14}-\d{4}-\d\d-\d\d\.json$/
		);
		const saved = JSON.parse(await readFile((await file.path())!, 'utf8'));
		expect(saved.format).toBe('fobsync-report');
		expect(saved.guide).toBeNull();
		expect(saved.report.vin).toMatch(/^WMW/);
		expect(saved.report.raw.length).toBe(saved.report.commandCount);
		await page.getByText(/raw replies/).click();
		await expect(page.getByRole('cell', { name: '0902', exact: true })).toBeVisible();
	});

	test('weak battery advice, and a rescan keeps the page usable', async ({ page, fakeDevices }) => {
		await fakeDevices();
		await scanDemo(page, 'weak-battery');
		await expect(page.getByTestId('battery-volts')).toContainText('11.');
		await page.getByRole('button', { name: 'Read again' }).click();
		await expect(page.getByTestId('battery-volts')).toContainText('11.');
		await expect(page.getByRole('button', { name: 'Read again' })).toBeEnabled();
	});

	test('shows progress while a slow K-line car is read @phone', async ({ page, fakeDevices }) => {
		await fakeDevices({ simulator: { latency: 'realistic' } });
		await page.goto('/connect');
		await page.getByRole('button', { name: 'Connect: Demo' }).click();
		await page.getByRole('link', { name: 'Read my car' }).click({ timeout: 15_000 });
		await expect(page.getByRole('heading', { name: 'Reading your car…' })).toBeVisible();
		await expect(
			page.getByRole('status').filter({ hasText: /protocol|battery|Waking/i })
		).toBeVisible();
		// The report replaces the progress card once the scan ends.
		await expect(page.getByTestId('protocol')).toContainText('ISO 9141-2', { timeout: 25_000 });
		await expect(page.getByRole('heading', { name: 'Reading your car…' })).toHaveCount(0);
	});
});

test.describe('Adapter busy: a way through on the vehicle page', () => {
	/**
	 * The 2003 MINI read, then its 2-button quick resync started with the demo adapter
	 * connected: its steps watch the ignition, so the guide looks through the adapter.
	 */
	async function startGuideSession(page: import('@playwright/test').Page) {
		await scanDemo(page, 'mini-r50-2003');
		await page.getByRole('button', { name: 'Find your car’s procedure' }).click();
		await pickTwoButtonR50(page);
		await page.getByRole('link', { name: 'Plan the session' }).first().click();
		await page.getByLabel('How many keys will you do?').selectOption('1');
		await page.getByRole('button', { name: 'Start the guide' }).click();
		await expect(page).toHaveURL(/\/guide\/run$/);
	}

	/** Back on the vehicle page, asks to read the car until the guide's look at the ignition holds it. */
	async function meetBusyAdapter(page: import('@playwright/test').Page) {
		await page.getByRole('link', { name: 'Vehicle', exact: true }).click();
		const busy = page.getByTestId('adapter-busy');
		await expect(async () => {
			await page
				.getByRole('button', { name: /Read (again|my car)/ })
				.first()
				.click();
			await expect(busy).toBeVisible({ timeout: 2_000 });
		}).toPass();
		return busy;
	}

	test('names the guide, continues its session, or stops it (kept) and reads the car', async ({
		page,
		fakeDevices
	}) => {
		await fakeDevices();
		await startGuideSession(page);
		// The home page offers the session too.
		await page.getByRole('link', { name: 'Home', exact: true }).click();
		await expect(page.getByTestId('continue-session')).toContainText('Continue your session');

		let busy = await meetBusyAdapter(page);
		await expect(busy).toContainText('the resync guide is using it');
		await expect(busy).toBeFocused();
		await busy.getByRole('link', { name: 'Continue the session' }).click();
		await expect(page).toHaveURL(/\/guide\/run$/);

		busy = await meetBusyAdapter(page);
		await busy.getByRole('button', { name: 'Stop it and read the car' }).click();
		await expect(busy).toBeHidden();
		await expect(page.getByTestId('protocol')).toContainText('ISO 9141-2');
		// Stopped, not forgotten: the printed report keeps what the session did.
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByTestId('shop-report')).toContainText(/stopped/i);
		await page.emulateMedia({ media: 'screen' });
		await page.getByRole('link', { name: 'Home', exact: true }).click();
		await expect(page.getByTestId('continue-session')).toHaveCount(0);
	});
});
