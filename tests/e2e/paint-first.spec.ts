import { expect, test } from './fakes/fixtures';

// A prerendered page is readable before any script runs; its scripts are asked for only once the
// browser reports that first paint shown (src/lib/server/paint-first.ts), and then the page still
// takes over: its script-only controls become enabled.
const PAGES = [
	{ path: '/', control: { role: 'button', name: 'Try the demo (no hardware)' } },
	{ path: '/connect', control: { role: 'button', name: 'Connect: USB cable' } },
	{ path: '/guide', control: { role: 'button', name: 'Find my procedure' } }
] as const;

for (const { path, control } of PAGES) {
	test(`${path}: no script is fetched before the first paint, and the page takes over @phone`, async ({
		page
	}) => {
		await page.goto(path);
		await expect(page.getByRole(control.role, { name: control.name }).first()).toBeEnabled();
		const { paint, scripts } = await page.evaluate(() => ({
			paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
			scripts: performance
				.getEntriesByType('resource')
				.filter((entry) => new URL(entry.name).pathname.endsWith('.js'))
				.filter((entry) => !entry.name.endsWith('/service-worker.js'))
				.map((entry) => entry.startTime)
		}));
		expect(paint).toBeGreaterThan(0);
		expect(scripts.length).toBeGreaterThan(5);
		expect(Math.min(...scripts)).toBeGreaterThanOrEqual(paint);
	});
}
