// Dev-time check (not run in CI): does each page's first render in the browser match its
// prerendered HTML? Run the dev server, then this:
//
//   npx vite dev --port 5173 &   npx tsx scripts/hydration-audit.ts [http://127.0.0.1:5173] [--only=/,/guide]
//
// Every page is opened at desktop and phone size, with and without fake serial/Bluetooth
// devices, in the states a returning owner has: nothing kept, a guide session under way, a
// kept report, site data blocked. Printed per page and state:
//   - the browser console's warnings and errors (Svelte's hydration_mismatch is dev-only);
//   - what hydration itself changed in the prerendered page ("repairs"): Svelte repairs a
//     differing text or {#if} branch without a word, and a block rendered with other data
//     can end up with another block's handlers. A repair is a first render that differs.
import { chromium, devices, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { fakeDevicesBundle } from '../tests/e2e/fakes/bundle';

const args = process.argv.slice(2);
const BASE = args.find((a) => !a.startsWith('--')) ?? 'http://127.0.0.1:5173';
const only = args
	.find((a) => a.startsWith('--only='))
	?.slice('--only='.length)
	.split(',');
const ALL_PAGES = [
	'/',
	'/connect',
	'/vehicle',
	'/guide',
	'/guide/plan',
	'/guide/run',
	'/guide/shop',
	'/guide/practice',
	'/guide/practice?car=ford-f150-2005',
	'/guide/report',
	'/console',
	'/404'
];
const PAGES = only ? ALL_PAGES.filter((p) => only.includes(p)) : ALL_PAGES;
const VIEWPORTS = {
	desktop: { viewport: { width: 1280, height: 800 } },
	phone: { ...devices['Pixel 7'], viewport: { width: 412, height: 915 } }
};
type Kept = Record<string, string>;

/** Records what hydration changes: from the parsed page to Svelte's event set-up after mount. */
function watchHydration() {
	const w = window as unknown as {
		__hydration: { prerendered: boolean; done: boolean; repairs: string[] };
	};
	w.__hydration = { prerendered: false, done: false, repairs: [] };
	const name = (n: Node): string => {
		if (n.nodeType === Node.TEXT_NODE) return `"${(n.nodeValue ?? '').trim().slice(0, 50)}"`;
		const el = n as Element;
		return `<${el.localName}${el.id ? '#' + el.id : ''}> "${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 50)}"`;
	};
	const visible = (n: Node) =>
		n.nodeType === Node.ELEMENT_NODE ||
		(n.nodeType === Node.TEXT_NODE && (n.nodeValue ?? '').trim() !== '');
	let observer: MutationObserver | null = null;
	document.addEventListener('DOMContentLoaded', () => {
		// A page with ssr = false arrives empty: rendered in the browser, nothing to hydrate.
		w.__hydration.prerendered = !!document.querySelector('main');
		if (!w.__hydration.prerendered) return;
		observer = new MutationObserver(() => undefined);
		observer.observe(document.body, {
			subtree: true,
			childList: true,
			characterData: true,
			characterDataOldValue: true,
			attributes: true,
			attributeOldValue: true
		});
	});
	const add = EventTarget.prototype.addEventListener;
	EventTarget.prototype.addEventListener = function (this: EventTarget, ...args) {
		// Svelte's delegated events are set up right after the component tree is hydrated.
		const listener = args[1] as { name?: string } | null;
		if (observer && !w.__hydration.done && listener?.name === 'handle_event_propagation') {
			w.__hydration.done = true;
			for (const m of observer.takeRecords()) {
				if (m.type === 'characterData')
					w.__hydration.repairs.push(`text "${m.oldValue}" → ${name(m.target)}`);
				else if (m.type === 'attributes') {
					const now = (m.target as Element).getAttribute(m.attributeName!);
					// Set again to the same value, or a link made absolute: nothing a person sees.
					const same =
						now === m.oldValue ||
						(m.attributeName === 'href' &&
							now !== null &&
							m.oldValue !== null &&
							new URL(now, location.href).href === new URL(m.oldValue, location.href).href);
					if (!same)
						w.__hydration.repairs.push(
							`${name(m.target).split('>')[0]}> ${m.attributeName}: "${m.oldValue}" → "${now}"`
						);
				} else {
					for (const n of m.removedNodes)
						if (visible(n)) w.__hydration.repairs.push(`removed ${name(n)}`);
					for (const n of m.addedNodes)
						if (visible(n)) w.__hydration.repairs.push(`added ${name(n)}`);
				}
			}
			observer.disconnect();
		}
		return add.apply(this, args);
	};
}

function blockStorage() {
	for (const name of ['localStorage', 'sessionStorage'])
		Object.defineProperty(window, name, {
			configurable: true,
			get() {
				throw new DOMException('Access is denied for this document.', 'SecurityError');
			}
		});
}

function keep(kept: Kept) {
	// Once per tab: a page's own writes after the first load stay.
	if (sessionStorage.getItem('audit-kept')) return;
	sessionStorage.setItem('audit-kept', '1');
	for (const [k, v] of Object.entries(kept)) localStorage.setItem(k, v);
}

const dump = (page: Page) =>
	page.evaluate(() => Object.fromEntries(Object.entries(localStorage)) as Kept);

/** A demo car read on /vehicle and kept: the returning owner's report. */
async function keptReport(context: BrowserContext): Promise<Kept> {
	const page = await context.newPage();
	await page.goto(`${BASE}/connect`);
	await page.getByLabel('Simulated car').selectOption('mini-r56-2008');
	await page.getByRole('button', { name: 'Connect: Demo' }).click();
	await page.getByRole('link', { name: 'Read my car' }).click({ timeout: 30_000 });
	await page.getByRole('heading', { name: 'Vehicle', exact: true }).waitFor({ timeout: 60_000 });
	await page.waitForFunction(() => localStorage.getItem('fobsync.last-report.v1'));
	return dump(page);
}

/** The demo connected, then a guide session started on the 2003 MINI. */
async function guideUnderWay(context: BrowserContext): Promise<Kept> {
	const page = await context.newPage();
	await page.goto(`${BASE}/connect`);
	await page.getByRole('button', { name: 'Connect: Demo' }).click();
	await page.getByRole('link', { name: 'Read my car' }).waitFor({ timeout: 30_000 });
	// Moving within the app keeps the demo connected.
	await page.getByRole('link', { name: 'Home' }).click();
	await page.getByRole('link', { name: 'Fix my key remote' }).click();
	await page.getByLabel('Make', { exact: true }).selectOption('MINI');
	await page.getByLabel('Model', { exact: true }).selectOption('MINI One / Cooper hatch (R50)');
	await page.getByLabel('Year', { exact: true }).selectOption('2003');
	await page.getByRole('button', { name: 'Find my procedure' }).nth(1).click();
	await page.getByRole('radio', { name: '2 buttons: lock and unlock' }).check();
	await page.getByRole('button', { name: 'Continue' }).click();
	await page.getByRole('radio', { name: 'Yes, it used to lock and unlock this car' }).check();
	await page.getByRole('button', { name: 'Continue' }).click();
	await page.getByRole('link', { name: 'Plan the session' }).first().click();
	await page.getByRole('button', { name: 'Start the guide' }).click();
	await page.waitForURL(/\/guide\/run$/);
	await page.waitForFunction(() => localStorage.getItem('fobsync.guide.v1'));
	return dump(page);
}

/** tsx names functions with a `__name` helper that is not there in the page: give it one. */
const NAMES = { content: 'globalThis.__name = (f) => f;' };

async function audit(
	browser: Browser,
	size: keyof typeof VIEWPORTS,
	fakes: string | null,
	state: string,
	kept: Kept | 'blocked'
) {
	const context = await browser.newContext(VIEWPORTS[size]);
	await context.addInitScript(NAMES);
	if (fakes) {
		await context.addInitScript(() => {
			const w = window as unknown as Record<string, unknown>;
			w.__fakeDevicesConfig = {
				serial: { ports: [{ kind: 'usb', granted: true }] },
				bluetooth: { devices: [{ granted: true }] }
			};
		});
		await context.addInitScript({ path: fakes });
	}
	if (kept === 'blocked') await context.addInitScript(blockStorage);
	else await context.addInitScript(keep, kept);
	await context.addInitScript(watchHydration);
	const page = await context.newPage();
	let said: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'warning' || m.type() === 'error')
			said.push(`${m.type()}: ${m.text().replace(/\s+/g, ' ').slice(0, 200)}`);
	});
	page.on('pageerror', (e) => said.push(`pageerror: ${e.message}`));
	for (const path of PAGES) {
		said = [];
		await page.goto(`${BASE}${path}`);
		await page.waitForLoadState('networkidle');
		const { prerendered, done, repairs } = await page.evaluate(
			() =>
				(
					window as unknown as {
						__hydration: { prerendered: boolean; done: boolean; repairs: string[] };
					}
				).__hydration
		);
		const lines = [...said, ...repairs.map((r) => `repair: ${r}`)];
		if (!done && prerendered) lines.push('(hydration not seen: no Svelte events on this page?)');
		const how = prerendered ? '' : ' (client-rendered)';
		const label = `${size} ${fakes ? 'fakes' : 'no-devices'} ${state} ${path}${how}`;
		console.log(lines.length ? `✗ ${label}\n    ${lines.join('\n    ')}` : `✓ ${label}`);
	}
	await context.close();
}

const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu']
});
try {
	const fakes = await fakeDevicesBundle();
	/** Each state from a fresh tab, driven as an owner would. */
	const drive = async (how: (context: BrowserContext) => Promise<Kept>) => {
		const context = await browser.newContext();
		await context.addInitScript(NAMES);
		try {
			return await how(context);
		} finally {
			await context.close();
		}
	};
	const states: [string, Kept | 'blocked'][] = [
		['nothing-kept', {}],
		['guide-under-way', await drive(guideUnderWay)],
		['kept-report', await drive(keptReport)],
		['storage-blocked', 'blocked']
	];
	for (const size of ['desktop', 'phone'] as const)
		for (const withFakes of [null, fakes])
			for (const [state, kept] of states) await audit(browser, size, withFakes, state, kept);
} finally {
	await browser.close();
}
