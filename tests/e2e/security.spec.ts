import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
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

/** A path and markup, as an edited or forged saved report might carry them. */
const PATHLIKE = (what: string) => `../<b>${what}</b>`;

async function saved(page: Page, button: string): Promise<{ name: string; text: string }> {
	const download: Promise<Download> = page.waitForEvent('download');
	await page.getByRole('button', { name: button }).click();
	const file = await download;
	return { name: file.suggestedFilename(), text: await readFile((await file.path())!, 'utf8') };
}

test('a saved report with a path and markup in its fields opens as text and saves under a safe name', async ({
	page,
	fakeDevices
}) => {
	await fakeDevices();
	await page.goto('/connect');
	await page.getByLabel('Simulated car').selectOption('immobiliser-code');
	await page.getByRole('button', { name: 'Connect: Demo' }).click();
	await page.getByRole('link', { name: 'Read my car' }).click();
	await expect(page.getByTestId('vin')).toBeVisible();
	const original = JSON.parse((await saved(page, 'Save this report')).text);

	// The file as someone might edit it: every field the page and the print show.
	const forged = structuredClone(original);
	const r = forged.report;
	r.vin = PATHLIKE('x'); // 11 characters: within the 17 a VIN field may hold
	r.vehicle.model = PATHLIKE('model');
	r.adapter.identity = PATHLIKE('adapter');
	r.adapter.description = PATHLIKE('description');
	r.protocol.name = PATHLIKE('protocol');
	r.ecus[0].name = PATHLIKE('ecu');
	r.dtcs[0].description = PATHLIKE('code');
	r.notes.push(PATHLIKE('note'));
	r.keyStatus[0].detail = PATHLIKE('key');
	r.raw[0].lines = [PATHLIKE('reply')];
	const dialogs: string[] = [];
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
	await page.evaluate(() => localStorage.clear());
	await page.goto('/');
	await page.goto('/vehicle');
	await page.getByLabel('Open a saved report').setInputFiles({
		name: '../<b>report</b>.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(forged))
	});
	await expect(page.getByTestId('kept-report')).toContainText('A saved report, read');

	// Shown as the text it is, on the screen and on the printed page.
	await expect(page.getByTestId('vin')).toHaveText(PATHLIKE('x'));
	await expect(page.getByTestId('vehicle-name')).toContainText(PATHLIKE('model'));
	await expect(page.getByRole('region', { name: 'Computers that answered' })).toContainText(
		PATHLIKE('ecu')
	);
	await expect(page.getByRole('list', { name: 'Notes' })).toContainText(PATHLIKE('note'));
	await expect(page.getByRole('region', { name: 'Adapter' })).toContainText(PATHLIKE('adapter'));
	await page.getByText(/The adapter’s raw replies/).click();
	await expect(page.getByText(PATHLIKE('reply'))).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	const sheet = page.getByTestId('shop-report');
	for (const what of ['x', 'model', 'protocol', 'code']) {
		await expect(sheet).toContainText(PATHLIKE(what));
	}
	await page.emulateMedia({ media: 'screen' });
	await expect(page.locator('b')).toHaveCount(0);
	expect(dialogs).toEqual([]);

	// Saved again: the names are letters, digits and hyphens; the data is kept as it was.
	const report = await saved(page, 'Save this report');
	const date = String(original.report.startedAt).slice(0, 10);
	expect(report.name).toBe(`fobsync-report-b-x-b-${date}.json`);
	expect(JSON.parse(report.text).report.vin).toBe(PATHLIKE('x'));
	await page.getByText('For experts').click();
	const transcript = await saved(page, 'Save the adapter transcript (text)');
	expect(transcript.name).toBe(`fobsync-transcript-b-x-b-${date}.txt`);
	expect(transcript.text).toContain(`< ${PATHLIKE('reply')}`);
	for (const name of [report.name, transcript.name])
		expect(name).toMatch(/^[A-Za-z0-9-]+\.(json|txt)$/);
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
