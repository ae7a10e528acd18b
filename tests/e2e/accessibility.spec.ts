import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fakes/fixtures';

/** WCAG 2.1 A and AA rules checked by axe-core on each page in its main states. */
async function violations(page: import('@playwright/test').Page) {
	const result = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
		.analyze();
	return result.violations.map(
		(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
}

test('home, connect and vehicle pages have no WCAG A/AA violations', async ({
	page,
	fakeDevices
}) => {
	await fakeDevices();
	await page.goto('/');
	expect(await violations(page)).toEqual([]);
	await page.goto('/connect');
	await expect(page.getByLabel('Simulated car')).toHaveValue(/./);
	expect(await violations(page)).toEqual([]);
	await page.getByLabel('Simulated car').selectOption('immobiliser-code');
	await page.getByRole('button', { name: 'Connect: Demo' }).click();
	await page.getByRole('link', { name: 'Read my car' }).click();
	await expect(page.getByTestId('protocol')).toBeVisible();
	expect(await violations(page)).toEqual([]);
});
