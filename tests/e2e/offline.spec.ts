import { expect, test } from '@playwright/test';

test('works offline after the first visit: pages reload and the demo still runs', async ({
	page,
	context
}) => {
	await page.addInitScript(() => {
		(window as unknown as { __fobsyncSimulator: unknown }).__fobsyncSimulator = { latency: 'fast' };
	});
	await page.goto('/');
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await context.setOffline(true);
	await page.goto('/connect');
	await expect(page.getByRole('heading', { name: 'Connect your adapter' })).toBeVisible();
	await page.goto('/');
	await page.getByRole('button', { name: 'Try the demo (no hardware)' }).click();
	await expect(page.getByTestId('protocol')).toContainText('ISO 9141-2');
	await context.setOffline(false);
});

test('asks nothing of any other host', async ({ page, baseURL }) => {
	const foreign: string[] = [];
	const origin = new URL(baseURL!).origin;
	page.on('request', (r) => {
		if (new URL(r.url()).origin !== origin) foreign.push(r.url());
	});
	await page.goto('/');
	await page.goto('/connect');
	await page.goto('/vehicle');
	expect(foreign).toEqual([]);
});
