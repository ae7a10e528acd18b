import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fakes/fixtures';

/** Connects the demo car and opens the console from the header link. */
async function openConsole(page: import('@playwright/test').Page) {
	await page.goto('/connect');
	await page.getByLabel('Simulated car').selectOption('immobiliser-code');
	await page.getByRole('button', { name: 'Connect: Demo' }).click();
	await expect(page.getByRole('region', { name: 'Adapter connected' })).toBeVisible();
	await page.getByRole('link', { name: 'Expert console' }).click();
	await expect(page.getByRole('heading', { name: 'Expert console' })).toBeVisible();
	await expect(page.getByLabel('Command')).toBeEnabled();
}

async function send(page: import('@playwright/test').Page, command: string) {
	await page.getByLabel('Command').fill(command);
	await page.getByRole('button', { name: 'Send' }).click();
}

test.describe('Expert console', () => {
	test('sends a raw command, refuses a write in plain words, asks before clearing codes @phone', async ({
		page,
		fakeDevices
	}) => {
		await fakeDevices();
		await openConsole(page);
		const entries = page.getByTestId('console-entry');

		await send(page, 'ATRV');
		await expect(entries.last()).toContainText(/\d+\.\dV/);

		await send(page, '2E F1 90 31 32');
		await expect(entries.last()).toContainText('Not sent');
		await expect(entries.last()).toContainText('it writes data into a control unit of your car');

		await send(page, 'AT MA');
		await expect(entries.last()).toContainText('every message on the car\u2019s network');

		// Clearing codes: the question says what it erases; "No" sends nothing.
		await send(page, '04');
		const ask = page.getByRole('alertdialog', { name: 'Clear the trouble codes?' });
		await expect(ask).toContainText('erases the stored and pending trouble codes');
		await expect(page.getByLabel('Command')).toBeDisabled();
		await ask.getByRole('button', { name: 'No, do not send it' }).click();
		await expect(ask).toBeHidden();
		await expect(entries.last()).toContainText('Not sent');

		await send(page, '0 4');
		await page.getByRole('button', { name: 'Yes, send it' }).click();
		await expect(entries.last()).toContainText('Reply');

		// Arrow up brings the last command back.
		await page.getByLabel('Command').press('ArrowUp');
		await expect(page.getByLabel('Command')).toHaveValue('0 4');
	});

	test('holds the adapter while open: the vehicle scan waits until the console is left', async ({
		page,
		fakeDevices
	}) => {
		await fakeDevices();
		await openConsole(page);
		await send(page, 'ATI');
		await expect(page.getByTestId('console-entry').last()).toContainText('ELM327');
		// Leaving gives the adapter back; the vehicle page can read the car.
		await page.getByRole('link', { name: 'Vehicle', exact: true }).click();
		await page
			.getByRole('button', { name: /Read (again|my car)/ })
			.first()
			.click();
		await expect(page.getByTestId('protocol')).toContainText('ISO 15765-4');
	});

	test('has no WCAG A/AA violations, with a reply and the live transcript open', async ({
		page,
		fakeDevices
	}) => {
		await fakeDevices();
		await openConsole(page);
		await send(page, '0100');
		await expect(page.getByTestId('console-entry').last()).toContainText('Reply');
		await page.getByText(/Live transcript/).click();
		const result = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
			.analyze();
		expect(result.violations.map((v) => v.id)).toEqual([]);
	});
});
