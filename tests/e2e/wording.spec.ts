import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fakes/fixtures';

/** Connects the demo with `scenario` and opens the vehicle page (the car is read there). */
async function readDemo(page: Page, scenario: string) {
	await page.goto('/connect');
	await page.getByLabel('Simulated car').selectOption(scenario);
	await page.getByRole('button', { name: 'Connect: Demo' }).click();
	await page.getByRole('link', { name: 'Read my car' }).click();
	await expect(page).toHaveURL(/\/vehicle$/);
}

test.describe('Owner wording on the vehicle page', () => {
	test('a silent car: the tips are about the car, since the adapter answered @phone', async ({
		page,
		fakeDevices
	}) => {
		await fakeDevices();
		await readDemo(page, 'ignition-off');
		const silent = page.getByTestId('car-silent');
		await expect(silent).toContainText('The adapter works');
		await silent.getByText('Still no answer with the ignition on?').click();
		const tips = silent.getByTestId('silent-tips');
		await expect(tips).toContainText('position 2');
		await expect(tips).toContainText('The adapter answered, so it has power');
		// A dark adapter cannot be the case on this screen.
		await expect(tips).not.toContainText(/light stays dark|blown fuse/);
		await expectNoAxeViolations(page, 'ignition-off tips');
	});

	test('the check-engine lamp reads "on" as on the printed report', async ({
		page,
		fakeDevices
	}) => {
		await fakeDevices();
		await readDemo(page, 'immobiliser-code');
		await expect(page.getByTestId('mil')).toHaveText('on');
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByTestId('shop-report')).toContainText('Check-engine lamp: on.');
	});

	test('a changed report file: one plain sentence, the failing field behind Details', async ({
		page,
		fakeDevices
	}) => {
		await fakeDevices();
		await readDemo(page, 'mini-r56-2008');
		await expect(page.getByTestId('vin')).not.toBeEmpty();
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Save this report' }).click();
		const saved = JSON.parse(await readFile((await (await download).path())!, 'utf8'));
		saved.report.raw[0].lines = 'not a list';

		await page.evaluate(() => localStorage.clear());
		await page.goto('/');
		await page.goto('/vehicle');
		await page.getByLabel('Open a saved report').setInputFiles({
			name: 'changed.json',
			mimeType: 'application/json',
			buffer: Buffer.from(JSON.stringify(saved))
		});
		await expect(page.getByRole('alert')).toHaveText(
			'This file was changed after it was saved, so FobSync cannot trust it.'
		);
		const detail = page.getByTestId('open-report-detail');
		await expect(detail).toBeHidden();
		await page.getByText('Details', { exact: true }).click();
		await expect(detail).toContainText('raw[0].lines is not a list');
		await expectNoAxeViolations(page, 'report file error with details');
	});
});
