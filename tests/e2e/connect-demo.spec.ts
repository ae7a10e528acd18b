import { freezeTime } from './clock';
import type { Page } from '@playwright/test';
import { expect, test } from './fakes/fixtures';

/** The connect screen over the fake devices, and its simulated-car picker. */
async function openDemoPicker(page: Page, fakeDevices: () => Promise<void>) {
	await fakeDevices();
	await page.goto('/connect');
	return page.getByLabel('Simulated car');
}

test.describe('Connect screen: demo', () => {
	test('connects the chosen simulated car from the click on Connect to an identified adapter', async ({
		page,
		fakeDevices
	}) => {
		const picker = await openDemoPicker(page, fakeDevices);
		await expect(picker).toHaveValue('mini-r50-2003');
		const demo = page.getByRole('article', { name: 'Demo' });
		await demo.getByRole('button', { name: 'Connect: Demo' }).click();
		const result = page.getByRole('region', { name: 'Adapter connected' });
		await expect(result).toBeVisible();
		await expect(result.getByText('What it is')).toBeVisible();
		await expect(result).toContainText('body module');
		await expect(page.getByRole('banner')).toContainText('Connected');
		// The page title fits what is shown: no "Connect your adapter" over a connected one.
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('The demo adapter');
		await result.getByRole('button', { name: 'Disconnect' }).click();
		await expect(page.getByRole('button', { name: 'Connect: Demo' })).toBeVisible();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Connect your adapter');
		await expect(page.getByTestId('connect-error')).toHaveCount(0);
	});

	test('remembers the chosen car across visits', async ({ page, fakeDevices }) => {
		const picker = await openDemoPicker(page, fakeDevices);
		// evaluateAll does not wait: let the client-rendered list fill first.
		await expect(picker).toHaveValue(/./);
		const values = await picker
			.locator('option')
			.evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
		expect(values.length).toBeGreaterThan(1);
		const other = values.find((v) => v !== 'mini-r50-2003')!;
		await picker.selectOption(other);
		await page.reload();
		await expect(page.getByLabel('Simulated car')).toHaveValue(other);
	});

	test('shows progress with a Cancel button while connecting, and Cancel returns to the choices', async ({
		page,
		fakeDevices
	}) => {
		// Realistic timing: the adapter reset alone takes about a second. The page's clock (which
		// the simulated adapter runs on) stands still from the click, so a loaded machine cannot
		// let the connection finish before Cancel is pressed.
		await fakeDevices({ simulator: { latency: 'realistic' } });
		await page.clock.install();
		await page.goto('/connect');
		const connect = page.getByRole('button', { name: 'Connect: Demo' });
		await expect(connect).toBeEnabled();
		await freezeTime(page);
		await connect.click();
		const progress = page.getByRole('region', { name: 'Connecting: Demo…' });
		await expect(progress).toBeVisible();
		await expect(progress.getByRole('log', { name: 'Connection steps' })).toContainText(
			'Plugging into the simulated car…'
		);
		await progress.getByRole('button', { name: 'Cancel' }).click();
		await expect(page.getByRole('button', { name: 'Connect: Demo' })).toBeVisible();
		await expect(page.getByTestId('connect-error')).toHaveCount(0);
	});
});

test.describe('Demo cars an owner understands', () => {
	/** Words that read like test fixtures, not like a car. */
	const BANNED = [
		/\bSUV\b/,
		/minimal/i,
		/two computers/i,
		/starting case/i,
		/made-up/i,
		/fixture|scenario/i,
		/^(ignition off|low battery|immobiliser code)\b/i
	];
	const MAKES = /\b(MINI|Ford|Vauxhall|Chevrolet|Jaguar)\b/;

	test('every demo car names a year and a make, or says plainly what car it is', async ({
		page,
		fakeDevices
	}) => {
		const picker = await openDemoPicker(page, fakeDevices);
		const labels = (await picker.locator('option').allInnerTexts()).map((l) => l.trim());
		expect(labels.length).toBeGreaterThan(5);
		// Each car once: two entries with the same name in the list cannot be told apart.
		expect(new Set(labels).size).toBe(labels.length);
		for (const [index, label] of labels.entries()) {
			await picker.selectOption({ index });
			const shown = `${label} ${await page.locator('#demo-scenario-description').innerText()}`;
			for (const word of BANNED) expect(shown, label).not.toMatch(word);
			const yearAndMake = /\b(19|20)\d\d\b/.test(label) && MAKES.test(label);
			const plainCar = /^(A |\d{4} )car\b/.test(label);
			expect(yearAndMake || plainCar, label).toBe(true);
		}
	});
});
