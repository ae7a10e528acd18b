import { bytesToHex } from '../../src/lib/codec/hex';
import { expect, test } from './fakes/fixtures';

/**
 * Markup that would run a script if it were ever rendered as HTML. An ELM327
 * answer ends at its '>' prompt, so adapter text reaches the screen cut there;
 * whole tags arrive through decoded bytes (ECU names, VINs) and in the raw
 * transcript, which shows the prompt too.
 */
const HOSTILE = '<img src=x onerror="window.__pwned=1"';

/** A headers-on 11-bit CAN answer from 7E8 carrying `data`, cut into ISO 15765-2 frames. */
function canFrames(data: number[]): string {
	const frames = [`7E8 ${bytesToHex([0x10, data.length, ...data.slice(0, 6)])}`];
	for (let i = 6, seq = 1; i < data.length; i += 7, seq++) {
		const chunk = data.slice(i, i + 7);
		while (chunk.length < 7) chunk.push(0);
		frames.push(`7E8 ${bytesToHex([0x20 | (seq & 0x0f), ...chunk])}`);
	}
	return frames.join('\r');
}
const ascii = (s: string, length = s.length) => {
	const out = Array.from(s, (c) => c.charCodeAt(0));
	while (out.length < length) out.push(0);
	return out;
};

test('adapter and user text is shown as text, never as HTML, and no script runs', async ({
	page,
	fakeDevices
}) => {
	await fakeDevices({
		serial: {
			ports: [
				{
					kind: 'usb',
					scenario: 'mini-r56-2008',
					variant: 'elm327-v1.4b',
					replies: {
						// The adapter's description, shown with the reasons it was judged genuine.
						'AT@1': HOSTILE,
						// A VIN made of markup, and an ECU name with markup in it (mode 09).
						'0902': canFrames([0x49, 0x02, 0x01, ...ascii('<i>VIN</i>1234567')]),
						'090A': canFrames([0x49, 0x0a, 0x01, ...ascii('ECM\0-<b>Engine</b>', 20)]),
						// A reply to a command typed in the expert console.
						'22F190': `7E8 <img src=x onerror="window.__pwned=2"`
					}
				}
			]
		}
	});
	const dialogs: string[] = [];
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
	await page.goto('/connect');
	await page.getByRole('button', { name: 'Connect: USB cable' }).click();
	const result = page.getByRole('region', { name: 'Adapter connected' });
	await expect(result).toContainText(HOSTILE);

	await result.getByRole('link', { name: 'Read my car' }).click();
	const units = page.getByRole('region', { name: 'Computers that answered' });
	await expect(units).toContainText('<b>Engine</b>');

	// What the user types is text too.
	const vin = page.getByLabel(/Type the VIN/);
	await vin.fill(HOSTILE);
	await page.getByRole('button', { name: 'Use this VIN' }).click();
	await expect(page.getByRole('alert').first()).toBeVisible();

	await page.getByRole('link', { name: 'Expert console' }).click();
	await page.getByLabel('Command').fill('22 F1 90');
	await page.getByRole('button', { name: 'Send' }).click();
	await expect(page.getByTestId('console-entry').last()).toContainText(
		'7E8 <img src=x onerror="window.__pwned=2"'
	);
	// The live transcript shows the raw bytes, prompt included: a whole tag, as text.
	await page.getByText(/Live transcript/).click();
	await expect(page.locator('.transcript')).toContainText(
		/<img src=x onerror="window.__pwned=2".*>/
	);

	// Not one element was made from that text, and nothing ran.
	await expect(page.locator('img[src="x"]')).toHaveCount(0);
	await expect(page.locator('main b, main i, main script, main img')).toHaveCount(0);
	expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
	expect(dialogs).toEqual([]);
});

test('the Content Security Policy allows this origin only, and no inline or eval scripts', async ({
	page
}) => {
	await page.goto('/');
	const csp = await page
		.locator('meta[http-equiv="content-security-policy"]')
		.getAttribute('content');
	expect(csp).toBeTruthy();
	const directives = Object.fromEntries(
		csp!.split(';').map((d) => {
			const [name, ...values] = d.trim().split(/\s+/);
			return [name, values];
		})
	);
	expect(directives['default-src']).toEqual(["'self'"]);
	expect(directives['connect-src']).toEqual(["'self'"]);
	expect(directives['object-src']).toEqual(["'none'"]);
	// Scripts: this origin, plus hashes SvelteKit computes for its own start-up script.
	expect(directives['script-src']![0]).toBe("'self'");
	for (const source of directives['script-src']!.slice(1)) expect(source).toMatch(/^'sha256-/);
	expect(csp).not.toMatch(/unsafe-eval/);
	expect(directives['script-src']!.join(' ')).not.toMatch(/unsafe-inline/);
});
