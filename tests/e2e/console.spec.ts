import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fakes/fixtures';

/** Connects the demo car and opens the console from the footer link. */
async function openConsole(page: import('@playwright/test').Page) {
	await page.goto('/connect');
	await page.getByLabel('Simulated car').selectOption('immobiliser-code');
	await page.getByRole('button', { name: 'Connect: Demo' }).click();
	await expect(page.getByRole('region', { name: 'Adapter connected' })).toBeVisible();
	// Not in the main header: an owner's first screens stay free of it.
	await expect(page.getByRole('banner').getByRole('link', { name: /console/i })).toHaveCount(0);
	await page.getByRole('contentinfo').getByRole('link', { name: 'Expert console' }).click();
	await expect(page.getByRole('heading', { name: 'Expert console' })).toBeVisible();
	await expect(page.getByLabel('Command')).toBeEnabled();
}

async function send(page: import('@playwright/test').Page, command: string) {
	await page.getByLabel('Command').fill(command);
	await page.getByRole('button', { name: 'Send' }).click();
}

test.describe('Expert console', () => {
	test('help is answered here, presets read in one tap, replies are decoded beside the raw text @phone', async ({
		page,
		fakeDevices
	}) => {
		await fakeDevices();
		await openConsole(page);
		// The jargon waits behind its own heading.
		const blocked = page.getByText('What is blocked and why');
		await expect(blocked).toBeVisible();
		await expect(page.getByText(/STPX/)).toBeHidden();
		await blocked.click();
		await expect(page.getByText(/STPX/)).toBeVisible();

		const entries = page.getByTestId('console-entry');
		await send(page, 'help');
		await expect(entries.last()).toContainText('Answered by FobSync');
		await expect(entries.last().getByTestId('console-help')).toContainText('03 stored codes');
		await expect(entries.last()).not.toContainText('does not understand');

		const presets = page.getByRole('group', { name: 'Quick reads' });
		await presets.getByRole('button', { name: 'Stored codes' }).click();
		await expect(entries.last()).toContainText('> 03');
		await expect(entries.last().getByTestId('console-decoded')).toContainText('P0513');
		await presets.getByRole('button', { name: 'VIN' }).click();
		await expect(entries.last().getByTestId('console-decoded')).toContainText(
			'VIN: 1G1ZD5STXJF123456'
		);
		await presets.getByRole('button', { name: 'Battery voltage' }).click();
		await expect(entries.last()).toContainText(/\d+\.\dV/);
		await presets.getByRole('button', { name: 'Protocol' }).click();
		await expect(entries.last().getByTestId('console-decoded')).toContainText(
			'Protocol: ISO 15765-4 CAN'
		);
		await send(page, '01 0C');
		await expect(entries.last().getByTestId('console-decoded')).toContainText(
			/Engine speed: \d+ rpm/
		);
	});

	test('is reached from the adapter’s details', async ({ page, fakeDevices }) => {
		await fakeDevices();
		await page.goto('/connect');
		await page.getByRole('button', { name: 'Connect: Demo' }).click();
		const result = page.getByRole('region', { name: 'Adapter connected' });
		await result.getByText('Details', { exact: true }).click();
		await result.getByRole('link', { name: 'expert console' }).click();
		await expect(page.getByRole('heading', { name: 'Expert console' })).toBeVisible();
	});

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

		await send(page, 'STPX h:7E0, d:2E F1 90 31');
		await expect(entries.last()).toContainText('Not sent');
		await expect(entries.last()).toContainText('cannot check that they only read');

		await send(page, 'ATCAF0');
		await expect(entries.last()).toContainText('changes how the adapter packs what you type');

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

	test('after a confirmed clear the printed shop report says codes were cleared, also after a reload', async ({
		page,
		fakeDevices
	}) => {
		await fakeDevices();
		await openConsole(page);
		await send(page, '04');
		await page.getByRole('button', { name: 'Yes, send it' }).click();
		await expect(page.getByTestId('console-entry').last()).toContainText('Reply');

		await page.getByRole('link', { name: 'Vehicle', exact: true }).click();
		await page
			.getByRole('button', { name: /Read (again|my car)/ })
			.first()
			.click();
		await expect(page.getByTestId('protocol')).toContainText('ISO 15765-4');
		await page.emulateMedia({ media: 'print' });
		const sheet = page.getByTestId('shop-report');
		const note = sheet.getByTestId('codes-cleared');
		await expect(note).toContainText("Trouble codes were cleared from FobSync's expert console at");
		await expect(note).toContainText('after the owner confirmed it');
		await expect(note).toContainText('the codes below were read after that');
		await expect(sheet).not.toContainText('Nothing in the car was changed');

		// The device's copy keeps the clear with the report.
		await page.emulateMedia({ media: 'screen' });
		await page.reload();
		await expect(page.getByTestId('kept-report')).toBeVisible();
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByTestId('codes-cleared')).toContainText('Trouble codes were cleared');
	});

	test('a report with no clear says nothing was changed', async ({ page, fakeDevices }) => {
		await fakeDevices();
		await openConsole(page);
		await send(page, '04');
		await page.getByRole('button', { name: 'No, do not send it' }).click();
		await page.getByRole('link', { name: 'Vehicle', exact: true }).click();
		await page
			.getByRole('button', { name: /Read (again|my car)/ })
			.first()
			.click();
		await expect(page.getByTestId('protocol')).toContainText('ISO 15765-4');
		await page.emulateMedia({ media: 'print' });
		const sheet = page.getByTestId('shop-report');
		await expect(sheet).toContainText(
			'changes nothing unless the owner clears trouble codes in its expert console and confirms. Nothing in the car was changed.'
		);
		await expect(sheet.getByTestId('codes-cleared')).toHaveCount(0);
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
