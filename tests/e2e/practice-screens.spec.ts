import { freezeTime } from './clock';
import { expect, test } from './fakes/fixtures';

/**
 * Screenshots of a practice run at desktop and phone size for the closing note
 * (SHOTS=before|after); skipped otherwise.
 */
const shots = process.env.SHOTS;
const sizes = [
	{ name: 'desktop', width: 1280, height: 800 },
	{ name: 'phone', width: 412, height: 915 }
];

for (const size of sizes) {
	test(`practice run screenshots at ${size.name} size @phone`, async ({ page, fakeDevices }) => {
		test.skip(!shots, 'SHOTS not set');
		await page.setViewportSize({ width: size.width, height: size.height });
		await page.clock.install();
		await fakeDevices();
		await page.goto('/guide/practice');
		await page
			.getByLabel('Car to practise on')
			.selectOption({ label: '2005 MINI Cooper S (R53), 3-button keys' });
		await page.getByRole('button', { name: 'Start practising' }).click();
		await expect(page.getByRole('region', { name: 'Practice car', exact: true })).toBeVisible();
		await page.screenshot({ path: `/work/notes/screens/${shots}-${size.name}-practice-page.png` });
		if (shots === 'before') {
			// In-app navigation keeps the practice car (a page load would drop it).
			await page.evaluate(() => {
				const a = document.createElement('a');
				a.href = '/guide/plan?p=mini-r5x-3-button';
				a.textContent = 'plan';
				document.body.append(a);
				a.click();
			});
			await page.getByRole('button', { name: 'Start the guide' }).click();
		} else {
			await page.getByRole('button', { name: 'Start the guide on this car' }).click();
			await freezeTime(page);
		}
		const go = page.getByRole('button', { name: 'Go', exact: true });
		const on = page.getByRole('button', { name: /^(Done|Carry on without a reading)$/ });
		while (!(await go.isVisible())) {
			await expect(go.or(on)).toBeVisible();
			if (await on.isVisible()) await on.click();
		}
		await go.click();
		await expect(page.getByRole('timer')).toBeVisible();
		if (shots === 'before') await freezeTime(page);
		await page.screenshot({ path: `/work/notes/screens/${shots}-${size.name}-timed-step.png` });
		await page.screenshot({
			path: `/work/notes/screens/${shots}-${size.name}-timed-step-full.png`,
			fullPage: true
		});
	});
}
