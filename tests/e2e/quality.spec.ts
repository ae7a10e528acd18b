import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fakes/fixtures';
import { layoutShiftOf } from './layout-shifts';

/** Connects the demo with `scenario` and opens the vehicle page (the car is read there). */
async function readDemo(page: Page, scenario: string) {
	await page.goto('/connect');
	await page.getByLabel('Simulated car').selectOption(scenario);
	await page.getByRole('button', { name: 'Connect: Demo' }).click();
	await page.getByRole('link', { name: 'Read my car' }).click();
	await expect(page).toHaveURL(/\/vehicle$/);
}

/** Pages a PDF of the print layout holds (Chromium writes one /Type /Page object per page). */
function pageCount(pdf: Buffer): number {
	return pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
}

test.describe('Vehicle page as an owner meets it', () => {
	test('ignition off: one clear screen with what to do and Read again, never "no codes" @phone', async ({
		page,
		fakeDevices
	}) => {
		await fakeDevices();
		await readDemo(page, 'ignition-off');
		const silent = page.getByTestId('car-silent');
		await expect(silent.getByRole('heading', { name: 'Your car did not answer' })).toBeFocused();
		await expect(silent).toContainText('position 2');
		// No empty report cards and no claim about codes when nothing answered.
		await expect(page.getByTestId('no-dtcs')).toHaveCount(0);
		await expect(page.getByRole('region', { name: 'Warning lamp and trouble codes' })).toHaveCount(
			0
		);
		await expect(page.getByText(/no trouble codes/i)).toHaveCount(0);
		await expectNoAxeViolations(page, 'ignition-off screen');

		// Read again asks the car again (still silent here: the demo car's key stays off).
		await silent.getByRole('button', { name: 'Read again' }).click();
		await expect(page.getByRole('heading', { name: 'Your car did not answer' })).toBeFocused();
		await expect(page.getByRole('button', { name: 'Read again' })).toBeEnabled();
	});

	test('a stored immobiliser code: true marks, kept after a reload, one printed page for a shop @phone', async ({
		page,
		fakeDevices
	}) => {
		await fakeDevices();
		await readDemo(page, 'immobiliser-code');
		const key = page.getByRole('region', { name: 'Key and immobiliser' });
		const immo = key.getByRole('listitem').filter({ hasText: 'Immobiliser trouble codes' });
		await expect(immo).toContainText('Needs attention');
		await expect(immo).not.toContainText('OK');
		// A pending code is listed as pending, never as stored.
		await expect(immo).toContainText('Stored (confirmed by the engine computer): P0513.');
		await expect(immo).toContainText('Pending (seen once, not yet confirmed): U0167.');
		await expect(immo).not.toContainText(/Stored[^.]*U0167/);
		// "Not checked" and "not readable" are not faults.
		await expect(key.getByRole('listitem').filter({ hasText: 'Chip in the key' })).toContainText(
			'Not checked'
		);
		await expect(
			key.getByRole('listitem').filter({ hasText: 'Body and immobiliser modules' })
		).toContainText('Not readable here');
		const dtcs = page.getByRole('region', { name: 'Warning lamp and trouble codes' });
		await expect(dtcs.getByRole('listitem').filter({ hasText: 'P0513' })).toContainText(
			'Immobiliser'
		);
		await expect(page.getByTestId('vehicle-name')).toHaveText('2018 Chevrolet');
		// Which OBD rules the engine computer follows is a detail, not a note at the top.
		await expect(page.getByRole('list', { name: 'Notes' })).toHaveCount(0);
		await expect(page.getByTestId('obd-standard')).toBeHidden();
		await expect(page.getByTestId('obd-standard')).toHaveText('OBD-II as defined by CARB');
		await expectNoAxeViolations(page, 'report with an immobiliser code');

		// Coming back to the page does not read the car again.
		const readAt = await page.getByTestId('read-at').textContent();
		await page.getByRole('link', { name: 'Home' }).click();
		await expect(page.getByRole('link', { name: 'Read my car' })).toBeVisible();
		await page.getByRole('link', { name: 'Vehicle' }).click();
		await expect(page.getByRole('heading', { name: 'Reading your car…' })).toHaveCount(0);
		await expect(page.getByTestId('read-at')).toHaveText(readAt!);

		// A reload keeps the report, with its date and a one-click reconnect.
		await page.reload();
		const kept = page.getByTestId('kept-report');
		await expect(kept).toContainText('Your last report, read');
		await expect(page.getByTestId('vin')).toHaveText('1G1ZD5STXJF123456');
		await expectNoAxeViolations(page, 'report kept after a reload');

		// The printed page: car, VIN and codes on it, one page on A4 and on Letter, nothing cut.
		await page.emulateMedia({ media: 'print' });
		const sheet = page.getByTestId('shop-report');
		await expect(sheet).toBeVisible();
		await expect(sheet).toContainText('2018 Chevrolet');
		await expect(sheet).toContainText('1G1ZD5STXJF123456');
		await expect(sheet).toContainText('P0513');
		const needs = sheet.getByRole('listitem').filter({ hasText: 'Diagnose the immobiliser' });
		await expect(needs).toContainText('Stored (confirmed by the engine computer): P0513.');
		await expect(needs).toContainText('Pending (seen once, not yet confirmed): U0167.');
		await expect(sheet).not.toContainText(/U0167[^.]*stored/);
		await expect(sheet.getByRole('listitem').filter({ hasText: 'U0167' }).first()).toContainText(
			'(pending, not yet confirmed)'
		);
		await expect(sheet).toContainText('The resync guide was not used');
		await expect(sheet).toContainText('What the shop needs to do');
		// The adapter once, and only the sources this car's facts rest on.
		await expect(sheet).toContainText('Genuine ELM327 v1.4b;');
		await expect(sheet).not.toContainText('(ELM327 v1.4b)');
		await expect(sheet).not.toContainText('BMW');
		await expect(page.getByRole('heading', { name: 'Your car' })).toBeHidden();
		const overflow = await sheet.evaluate(
			(el) =>
				[el, ...el.querySelectorAll('*')].filter((e) => e.scrollWidth > e.clientWidth + 1).length
		);
		expect(overflow).toBe(0);
		for (const format of ['A4', 'Letter']) {
			expect(pageCount(await page.pdf({ format })), format).toBe(1);
		}
		await page.emulateMedia({ media: 'screen' });

		// One click reconnects (the demo car last used) and reads the car again.
		await kept.getByRole('button', { name: 'Reconnect and read again' }).click();
		await expect(page.getByTestId('kept-report')).toHaveCount(0);
		await expect(page.getByRole('button', { name: 'Read again' })).toBeEnabled();
	});

	test('a kept report does not jump when its verdict arrives after a reload @phone', async ({
		page,
		fakeDevices
	}) => {
		await fakeDevices();
		await readDemo(page, 'immobiliser-code');
		await expect(page.getByTestId('verdict')).toBeVisible();
		// Every layout shift the reload causes on a phone's slower processor, so the verdict's
		// code arrives frames after the report it sits above.
		const shift = await layoutShiftOf(page, async () => {
			await page.reload();
			await expect(page.getByTestId('vin')).toHaveText('1G1ZD5STXJF123456');
			await expect(page.getByTestId('verdict')).toBeVisible();
		});
		// The room kept for the verdict is one typical card, so a different card moves the report
		// a little at most.
		expect(shift).toBeLessThan(0.1);
	});

	test('a mistyped US-market VIN is warned, the right one decodes once @phone', async ({
		page,
		fakeDevices
	}) => {
		await fakeDevices();
		await readDemo(page, 'mini-r50-2003');
		const vin = page.getByLabel(/Type the VIN/);
		// A US MINI (position 7 = 3) with one character misread: its check digit does not add up.
		await vin.fill('WMWRC33403TJ12345');
		await page.getByRole('button', { name: 'Use this VIN' }).click();
		await expect(page.getByRole('alert').filter({ hasText: 'does not add up' })).toContainText(
			'US market'
		);
		await vin.fill('WMWRC33423TJ12345');
		await page.getByRole('button', { name: 'Use this VIN' }).click();
		await expect(page.getByTestId('vehicle-name')).toHaveText('2003 MINI Cooper');
		await expect(page.getByText('Model code R50', { exact: true })).toBeVisible();
		// The name is as sure as several VIN tables; the market rests on one, and says so.
		const card = page.getByRole('region', { name: 'Vehicle' });
		await expect(card.getByText(/^How sure:/)).toContainText('Several sources agree');
		const market = card.locator('dt', { hasText: 'Market' }).locator('+ dd');
		await expect(market).toContainText('USA');
		await expect(market).toContainText('Only one source');
		await expect(card.locator('dt', { hasText: 'Fuel' }).locator('+ dd')).toContainText(
			'Only one source'
		);
	});

	test('saved report files: a good one opens again, a bad one gets a clear error', async ({
		page,
		fakeDevices
	}) => {
		await fakeDevices();
		await readDemo(page, 'mini-r56-2008');
		await expect(page.getByTestId('vin')).toBeVisible();
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Save this report' }).click();
		const saved = await readFile((await (await download).path())!, 'utf8');
		const transcript = page.waitForEvent('download');
		await page.getByText('For experts').click();
		await page.getByRole('button', { name: 'Save the adapter transcript (text)' }).click();
		const text = await readFile((await (await transcript).path())!, 'utf8');
		expect(text).toMatch(/^> 0902/m);

		// A new visit with nothing kept on the device.
		await page.evaluate(() => localStorage.clear());
		await page.goto('/');
		await page.goto('/vehicle');
		const input = page.getByLabel('Open a saved report');
		const hostile = JSON.parse(saved);
		hostile.report.vin = '<img src=x onerror=alert(1)>';
		await input.setInputFiles({
			name: 'bad.json',
			mimeType: 'application/json',
			buffer: Buffer.from(JSON.stringify(hostile))
		});
		await expect(page.getByRole('alert')).toHaveText(
			'This file was changed after it was saved, so FobSync cannot trust it.'
		);
		await expect(page.locator('img[src=x]')).toHaveCount(0);
		await expectNoAxeViolations(page, 'vehicle page with a file error');
		await input.setInputFiles({
			name: 'report.json',
			mimeType: 'application/json',
			buffer: Buffer.from(saved)
		});
		await expect(page.getByTestId('kept-report')).toContainText('A saved report, read');
		await expect(page.getByTestId('vin')).toHaveText(JSON.parse(saved).report.vin);
	});
});

test.describe('Every page, light and dark', () => {
	test('home, connect, empty vehicle page and 404 have no WCAG A/AA violations @phone', async ({
		page,
		fakeDevices
	}) => {
		await fakeDevices();
		await page.goto('/');
		await expectNoAxeViolations(page, 'home');
		await page.goto('/connect');
		await expect(page.getByLabel('Simulated car')).toHaveValue(/./);
		await page.getByText('Which adapter do I have?').click();
		await expectNoAxeViolations(page, 'connect');
		await page.goto('/vehicle');
		await expect(page.getByText('Nothing has been read yet')).toBeVisible();
		await expectNoAxeViolations(page, 'vehicle, nothing read');
		await page.goto('/no-such-page');
		await expect(page.getByRole('heading', { name: 'This page does not exist' })).toBeVisible();
		await expectNoAxeViolations(page, '404');
	});

	test('dark mode: no violations, and a disabled button looks disabled @phone', async ({
		page,
		fakeDevices
	}) => {
		await fakeDevices({ bluetooth: false });
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.goto('/');
		await expectNoAxeViolations(page, 'home, dark');
		await page.goto('/connect');
		const ble = page.getByRole('button', { name: 'Connect: Bluetooth LE' });
		await expect(ble).toBeDisabled();
		const colours = await page.evaluate(() => {
			const style = (name: string) =>
				getComputedStyle(document.querySelector(`button[aria-label="Connect: ${name}"]`)!)
					.backgroundColor;
			return { disabled: style('Bluetooth LE'), enabled: style('Demo') };
		});
		expect(colours.disabled).not.toBe(colours.enabled);
		expect(colours.disabled).toBe('rgb(33, 38, 45)');
		await expectNoAxeViolations(page, 'connect, dark');
		await page.getByLabel('Simulated car').selectOption('immobiliser-code');
		await page.getByRole('button', { name: 'Connect: Demo' }).click();
		await page.getByRole('link', { name: 'Read my car' }).click();
		await expect(page.getByTestId('vin')).toBeVisible();
		await expectNoAxeViolations(page, 'vehicle report, dark');
	});
});
