import { expect, test } from '@playwright/test';

/**
 * A US-market VIN names its model (NHTSA vPIC, static/vin-models/): a 2005
 * Ford Focus sedan's VIN answers "Which model is it?" with Focus, says where
 * that came from, and the owner can change it. The maker's file comes from
 * the app's own origin, and only once a VIN of that maker is typed.
 */
test('a typed 2005 Ford Focus VIN gets its model pre-chosen from NHTSA vPIC, and it can be changed @phone', async ({
	page
}) => {
	const modelFiles: string[] = [];
	const elsewhere: string[] = [];
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.pathname.startsWith('/vin-models/')) modelFiles.push(url.pathname);
		if (!['127.0.0.1', 'localhost'].includes(url.hostname) && url.protocol !== 'data:')
			elsewhere.push(url.href);
	});
	await page.goto('/guide');
	await expect(page.getByRole('button', { name: 'Find my procedure' }).first()).toBeEnabled();
	expect(modelFiles).toEqual([]); // not part of the guide's first load

	// AutoZone's Focus VIN guide: 1FA Ford USA car, P34 Focus four-door sedan, 5 = 2005.
	await page.getByLabel('VIN', { exact: true }).fill('1FAFP34N65W214191');
	await page.getByRole('button', { name: 'Find my procedure' }).first().click();
	await expect(page.getByTestId('guide-car')).toHaveText('2005 Ford');

	const answered = page.locator('.answered li', { hasText: 'Which model is it?' });
	await expect(answered.getByRole('strong')).toHaveText('Focus');
	// Said once, on the answered row.
	await expect(answered).toContainText('from your VIN');
	await expect(page.getByText(/Your VIN says: Focus/)).toHaveCount(0);
	expect(modelFiles).toEqual(['/vin-models/1FA.json']);
	expect(elsewhere).toEqual([]);

	// Still the owner's call: "Change" brings the question back, naming what the VIN said.
	await page.getByRole('button', { name: 'Change the answer to: Which model is it?' }).click();
	const question = page.getByRole('group', { name: 'Which model is it?' });
	await expect(question).toBeVisible();
	await expect(question.getByText('Your VIN says: Focus. Pick it below.')).toBeVisible();
	await expect(page.locator('.answered li', { hasText: 'Which model is it?' })).toHaveCount(0);
});

test('a 2004 New Beetle VIN: the model no procedure names is said plainly, and "not listed" reads as such @phone', async ({
	page
}) => {
	await page.goto('/guide');
	await expect(page.getByRole('button', { name: 'Find my procedure' }).first()).toBeEnabled();
	// 3VW Volkswagen of Mexico, 2004 (4), check digit 0: NHTSA's records name it a Beetle.
	await page.getByLabel('VIN', { exact: true }).fill('3VWFE21C04M000001');
	await page.getByRole('button', { name: 'Find my procedure' }).first().click();
	const question = page.getByRole('group', { name: 'Which model is it?' });
	await expect(question.getByText(/^Your VIN says: Beetle, which none/)).toBeVisible();
	await question.getByRole('radio', { name: 'My model is not listed' }).check();
	await page.getByRole('button', { name: 'Continue' }).click();
	const answered = page.locator('.answered li', { hasText: 'Which model is it?' });
	await expect(answered.getByRole('strong')).toHaveText('My model is not listed');
});
