import { expect, test } from './fakes/fixtures';

// The connect page is prerendered in the plain order and leads with the card that fits the
// device once its scripts run. When the first render after hydration already reordered the
// cards, a tap on one card's Connect could run another card's handler ("USB cable" opened the
// Bluetooth chooser). Each button must open its own chooser, right after the page takes over.
const KINDS = [
	{ kind: 'usb', title: 'USB cable' },
	{ kind: 'bt-serial', title: 'Bluetooth (classic)' },
	{ kind: 'ble', title: 'Bluetooth LE' }
] as const;

test('each Connect button opens its own chooser as soon as it is enabled', async ({
	page,
	fakeDevices
}) => {
	await fakeDevices({ serial: { cancel: true }, bluetooth: { cancel: true } });
	// Several fresh loads: the mix-up depended on when hydration finished.
	for (let load = 0; load < 4; load++) {
		await page.goto('/connect');
		const opened: string[] = [];
		for (const { kind, title } of KINDS) {
			await page.getByRole('button', { name: `Connect: ${title}` }).click();
			opened.push(kind);
			await expect
				.poll(() => page.evaluate(() => window.__fakeDevices!.chooserKinds().slice(-1)[0]))
				.toBe(kind);
			// The error sits in the card whose button was tapped.
			await expect(
				page.getByRole('article', { name: title }).getByTestId('connect-error')
			).toBeVisible();
		}
		expect(await page.evaluate(() => window.__fakeDevices!.chooserKinds().slice(-3))).toEqual(
			opened
		);
	}
});
