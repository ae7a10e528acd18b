// npm run bench (second half): what each page costs a phone on its first visit.
//
// Per page of the static build, served as a static host serves it (below):
//   - the JavaScript and CSS the page loads, raw and after gzip (level 9, what
//     a static host with precompression serves), against the 45 KB budget of
//     the first page;
//   - Lighthouse 12 (mobile emulation, simulated throttling) category scores,
//     largest contentful paint and total blocking time, against the aim of 100
//     everywhere and LCP ≤ 1.2 s; where a category misses 100, the audits that
//     cost it.
// Pages: every prerendered HTML file of the build, an unknown address (the 404
// page), and the vehicle page in the states a returning owner sees (the last
// report kept on the device; the "car did not answer" screen).
//
// Figures, not pass/fail. Lighthouse runs through `npx --yes lighthouse@12.8.2`
// instead of a devDependency: it is large (≈ 300 packages), CI never runs the
// bench, and 12.x is the last line that runs on Node 20 (13 needs Node 22).
// The machine is shared, so each page gets several Lighthouse runs and the
// median one (by performance score, then LCP) is printed.
//
// Every run writes its figures to reports/bench-pages.json and prints them
// next to a baseline's: scripts/bench/pages-baseline.json (HTTP/2) or
// pages-baseline-http1.json, the figures before the performance work of
// issue 9, or `--baseline=FILE` (copy the JSON aside before a change).
//
// The pages are served over HTTP/2 (TLS with a throwaway certificate), as
// static hosts serve them; `--http1` serves HTTP/1.1 instead (like
// `vite preview`), where each parallel request costs Lighthouse's simulated
// phone a connection of its own.
//
//   tsx scripts/bench-pages.ts [--no-build] [--no-lighthouse] [--runs=N] [--http1]
//                              [--only=/path,/other] [--baseline=FILE]
import { spawn, spawnSync } from 'node:child_process';
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import {
	createServer as createHttpServer,
	type IncomingMessage,
	type ServerResponse
} from 'node:http';
import { createSecureServer, type Http2ServerRequest, type Http2ServerResponse } from 'node:http2';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { extname, join, relative, resolve as resolvePath } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// The bench's certificate is its own, made for this run only.
const FLAGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--ignore-certificate-errors'
];
const BUDGET_KB = 45;
const OUT = 'reports/bench-pages.json';
/** An unknown address: the host answers with 404.html (weighed there; audited at /404.html). */
const NOT_FOUND = '/no-such-page';
/**
 * The guide's inner pages as an owner opens them (a reload, an address kept), with a procedure or
 * shop page chosen: they load the guide and its catalogue, unlike the same pages with nothing
 * chosen, which htmlPages() measures.
 */
const CHOSEN = ['/guide/plan?p=mini-r5x-3-button', '/guide/shop?id=mini-cas-keys'];

const flags = new Set(process.argv.slice(2).filter((a) => !a.includes('=')));
const options = new Map(
	process.argv
		.slice(2)
		.filter((a) => a.includes('='))
		// Split at the first "=" only: a page address may hold one (--only=/guide/plan?p=…).
		.map((a) => {
			const at = a.indexOf('=');
			return [a.slice(0, at).replace(/^--/, ''), a.slice(at + 1)] as [string, string];
		})
);
const RUNS = Math.max(1, Number(options.get('runs') ?? 3));
const ONLY = options.get('only')?.split(',') ?? null;
const lighthouseWanted = !flags.has('--no-lighthouse');

/** A free TCP port on 127.0.0.1. */
function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
		});
	});
}

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.txt': 'text/plain; charset=utf-8'
};

/**
 * A throwaway self-signed certificate for 127.0.0.1 (openssl, in Debian's
 * base), so the pages are served over HTTP/2 as every static host serves
 * them today; null without openssl (then HTTP/1.1).
 */
function selfSignedCertificate(): { key: Buffer; cert: Buffer } | null {
	const dir = mkdtempSync(join(tmpdir(), 'fobsync-bench-tls-'));
	try {
		const made = spawnSync(
			'openssl',
			[
				'req',
				'-x509',
				'-newkey',
				'rsa:2048',
				'-nodes',
				'-days',
				'1',
				'-subj',
				'/CN=127.0.0.1',
				'-keyout',
				join(dir, 'key.pem'),
				'-out',
				join(dir, 'cert.pem')
			],
			{ stdio: 'ignore' }
		);
		if (made.status !== 0) return null;
		return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
	} catch {
		return null;
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/**
 * Serves build/ as a static host does: HTTP/2 over TLS, `/x` → `x.html`, gzip
 * for text, immutable caching for hashed files, and 404.html with status 404
 * for any other address. This is what ships (vite preview speaks HTTP/1.1 and
 * renders unknown addresses itself). Lighthouse refuses to audit a 404
 * response at all, so the 404 page is audited at /404.html.
 */
async function serveBuild(port: number): Promise<{ origin: string; close: () => void }> {
	const zipped = new Map<string, Buffer>();
	const handler = (
		req: IncomingMessage | Http2ServerRequest,
		res: ServerResponse | Http2ServerResponse
	) => {
		const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		const candidates = pathname.endsWith('/')
			? [`${pathname}index.html`]
			: [pathname, `${pathname}.html`, `${pathname}/index.html`];
		let file = candidates
			.map((c) => join('build', c))
			.find((f) => statSync(f, { throwIfNoEntry: false })?.isFile());
		let status = 200;
		if (!file || !resolvePath(file).startsWith(resolvePath('build'))) {
			file = join('build', '404.html');
			status = 404;
		}
		const type = TYPES[extname(file)] ?? 'application/octet-stream';
		const headers: Record<string, string> = {
			'content-type': type,
			'cache-control': file.includes('/_app/immutable/')
				? 'public, max-age=31536000, immutable'
				: 'no-cache'
		};
		let body: Buffer = readFileSync(file);
		if (
			/text|javascript|json|svg/.test(type) &&
			/\bgzip\b/.test(String(req.headers['accept-encoding']))
		) {
			let z = zipped.get(file);
			if (!z) zipped.set(file, (z = gzipSync(body, { level: 9 })));
			body = z;
			headers['content-encoding'] = 'gzip';
			headers.vary = 'accept-encoding';
		}
		res.writeHead(status, headers);
		if (req.method === 'HEAD') res.end();
		else res.end(body);
	};
	const tls = flags.has('--http1') ? null : selfSignedCertificate();
	const server = tls
		? createSecureServer({ ...tls, allowHTTP1: true }, handler)
		: createHttpServer(handler);
	const sessions = new Set<{ destroy(): void }>();
	server.on('session', (s: { destroy(): void }) => sessions.add(s));
	server.on('connection', (s: { destroy(): void }) => sessions.add(s));
	await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
	return {
		origin: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
		close: () => {
			server.close();
			for (const s of sessions) s.destroy();
		}
	};
}

/** Every prerendered HTML file of the build, as a path (the 404 fallback is measured at an unknown address). */
function htmlPages(dir = 'build'): string[] {
	const found: string[] = [];
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const file = join(dir, entry.name);
		if (entry.isDirectory()) {
			if (entry.name !== '_app') found.push(...htmlPages(file));
		} else if (entry.name.endsWith('.html') && file !== join('build', '404.html')) {
			const path =
				'/' +
				relative('build', file)
					.replace(/(^|\/)index\.html$/, '')
					.replace(/\.html$/, '');
			found.push(path === '/' ? '/' : path.replace(/\/$/, ''));
		}
	}
	return found.sort();
}

interface Weight {
	files: number;
	rawKb: number;
	gzipKb: number;
}

/** JS and CSS a first visit to `path` loads, files and inline styles (no service worker, empty cache). */
async function weigh(context: BrowserContext, origin: string, path: string): Promise<Weight> {
	const page = await context.newPage();
	const bodies = new Map<string, Promise<Buffer>>();
	page.on('response', (response) => {
		const type = response.request().resourceType();
		const url = response.url();
		if (!url.startsWith(origin)) return;
		if (type === 'script' || type === 'stylesheet' || /\.(m?js|css)$/.test(new URL(url).pathname)) {
			if (!bodies.has(url)) bodies.set(url, response.body());
		}
	});
	await page.goto(origin + path, { waitUntil: 'networkidle' });
	// CSS inside the HTML (kit.inlineStyleThreshold) counts as CSS too.
	const inline = await page.evaluate(() =>
		[...document.querySelectorAll('style')].map((s) => s.textContent ?? '')
	);
	for (const [i, css] of inline.entries()) {
		bodies.set(`inline style ${i}`, Promise.resolve(Buffer.from(css)));
	}
	let raw = 0;
	let gzip = 0;
	for (const body of bodies.values()) {
		const b = await body;
		raw += b.length;
		gzip += gzipSync(b, { level: 9 }).length;
	}
	await page.close();
	// The first page's margin is a few hundred bytes at most: say it to the byte.
	if (path === '/')
		console.log(`First page: ${gzip} bytes gzip of the ${BUDGET_KB * 1024} allowed.`);
	return { files: bodies.size, rawKb: raw / 1024, gzipKb: gzip / 1024 };
}

interface LighthouseFigures {
	performance: number;
	accessibility: number;
	'best-practices': number;
	seo: number;
	lcpMs: number;
	fcpMs: number;
	tbtMs: number;
	cls: number;
	/** Lighthouse's CPU benchmark of the run: lower means a busier machine (TBT grows with it). */
	cpu: number;
	/** Audits that cost a category points (category: audit ids). */
	misses: string;
}

interface Lhr {
	categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
	audits: Record<string, { numericValue?: number; score: number | null }>;
	environment?: { benchmarkIndex?: number };
}

/** Runs a command to its end without blocking this process (the static server lives here). */
function run(
	command: string,
	args: string[],
	env: NodeJS.ProcessEnv
): Promise<{ status: number | null; stdout: string; stderr: string }> {
	return new Promise((resolve) => {
		const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
		const out: Buffer[] = [];
		const err: Buffer[] = [];
		child.stdout.on('data', (b: Buffer) => out.push(b));
		child.stderr.on('data', (b: Buffer) => err.push(b));
		child.on('close', (status) =>
			resolve({
				status,
				stdout: Buffer.concat(out).toString('utf8'),
				stderr: Buffer.concat(err).toString('utf8')
			})
		);
	});
}

async function lighthouseOnce(
	url: string,
	extra: string[],
	chromeFlags: string[]
): Promise<LighthouseFigures | string> {
	const result = await run(
		'npx',
		[
			'--yes',
			'lighthouse@12.8.2',
			url,
			'--output=json',
			'--output-path=stdout',
			'--quiet',
			`--chrome-flags=--headless=new ${[...FLAGS, ...chromeFlags].join(' ')}`,
			...extra
		],
		{ ...process.env, CHROME_PATH: CHROMIUM }
	);
	if (result.status !== 0)
		return `lighthouse failed: ${result.stderr.split('\n').slice(-3).join(' ')}`;
	const lhr = JSON.parse(result.stdout) as Lhr;
	// BENCH_LHR_DIR=dir keeps each run's whole Lighthouse report, to see what a figure is made of.
	const keep = process.env.BENCH_LHR_DIR;
	if (keep) {
		mkdirSync(keep, { recursive: true });
		writeFileSync(
			join(keep, `${url.replace(/[^a-z0-9]+/gi, '_')}-${Date.now()}.json`),
			result.stdout
		);
	}
	const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
	const misses: string[] = [];
	for (const [category, { auditRefs }] of Object.entries(lhr.categories)) {
		if (category === 'performance') continue; // its metrics are printed as figures
		const lost = auditRefs
			.filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
			.map((ref) => ref.id);
		if (lost.length) misses.push(`${category}: ${lost.join(' ')}`);
	}
	const numeric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
	return {
		performance: score('performance'),
		accessibility: score('accessibility'),
		'best-practices': score('best-practices'),
		seo: score('seo'),
		lcpMs: Math.round(numeric('largest-contentful-paint')),
		fcpMs: Math.round(numeric('first-contentful-paint')),
		tbtMs: Math.round(numeric('total-blocking-time')),
		cls: Number(numeric('cumulative-layout-shift').toFixed(3)),
		cpu: Math.round(lhr.environment?.benchmarkIndex ?? NaN),
		misses: misses.join('; ')
	};
}

/** `RUNS` Lighthouse runs of one page; the median run by performance score, then LCP. */
async function lighthouse(
	url: string,
	prepare: () => Promise<{
		extra: string[];
		chromeFlags: string[];
		done?: () => void;
	}> = async () => ({
		extra: [],
		chromeFlags: []
	})
): Promise<LighthouseFigures | string> {
	const runs: LighthouseFigures[] = [];
	let failure = '';
	for (let i = 0; i < RUNS; i++) {
		const { extra, chromeFlags, done } = await prepare();
		try {
			const result = await lighthouseOnce(url, extra, chromeFlags);
			if (typeof result === 'string') failure = result;
			else runs.push(result);
		} finally {
			done?.();
		}
	}
	if (!runs.length) return failure;
	runs.sort((a, b) => a.performance - b.performance || b.lcpMs - a.lcpMs);
	return runs[Math.floor((runs.length - 1) / 2)];
}

/**
 * A browser profile in which the demo car `scenarioId` was read once
 * (Playwright), so the vehicle page opens on the report kept on the device.
 * The service worker, its cache and the HTTP cache are emptied, so the
 * figures are the network's, not the cache's. Lighthouse then opens that profile without
 * resetting storage; Chrome takes the last --user-data-dir it is given.
 */
async function profileWithReport(
	origin: string,
	scenarioId: string,
	ready: (page: Page) => Promise<void>
): Promise<{ extra: string[]; chromeFlags: string[]; done: () => void }> {
	const dir = `/tmp/fobsync-bench-${process.pid}-${scenarioId}`;
	rmSync(dir, { recursive: true, force: true });
	const context = await chromium.launchPersistentContext(dir, {
		ignoreHTTPSErrors: true,
		executablePath: CHROMIUM,
		args: FLAGS
	});
	try {
		const page = await context.newPage();
		await page.addInitScript(() => {
			(window as unknown as { __fobsyncSimulator: unknown }).__fobsyncSimulator = {
				latency: 'fast'
			};
		});
		await page.goto(`${origin}/connect`);
		await page.getByLabel('Simulated car').selectOption(scenarioId);
		await page.getByRole('button', { name: 'Connect: Demo' }).click();
		await page.getByRole('link', { name: 'Read my car' }).click();
		await ready(page);
		await page.evaluate(async () => {
			for (const r of await navigator.serviceWorker.getRegistrations()) await r.unregister();
			for (const k of await caches.keys()) await caches.delete(k);
		});
		// And the HTTP cache: only the device's storage (the report) is kept.
		const cdp = await context.newCDPSession(page);
		await cdp.send('Network.clearBrowserCache');
	} finally {
		await context.close();
	}
	return {
		extra: ['--disable-storage-reset'],
		chromeFlags: [`--user-data-dir=${dir}`],
		done: () => rmSync(dir, { recursive: true, force: true })
	};
}

type Row = Record<string, string | number>;

interface Stateful {
	page: string;
	path: string;
	scenarioId: string;
	ready: (page: Page) => Promise<void>;
}

const STATEFUL: Stateful[] = [
	{
		page: '/vehicle (saved report)',
		path: '/vehicle',
		scenarioId: 'immobiliser-code',
		ready: (page) => page.getByTestId('vin').waitFor({ timeout: 20_000 })
	},
	{
		page: '/vehicle (car did not answer)',
		path: '/vehicle',
		scenarioId: 'ignition-off',
		ready: (page) => page.getByTestId('car-silent').waitFor({ timeout: 20_000 })
	}
];

/** Before → after, for the figures a reader compares. */
function compare(before: Row[], after: Row[]): Row[] {
	const keys = [
		'gzip KB',
		'performance',
		'accessibility',
		'best-practices',
		'seo',
		'lcpMs',
		'tbtMs'
	];
	return after.map((row) => {
		const old = before.find((b) => b.page === row.page);
		const out: Row = { page: row.page };
		for (const key of keys) {
			if (row[key] === undefined && old?.[key] === undefined) continue;
			out[key] = `${old?.[key] ?? '–'} → ${row[key] ?? '–'}`;
		}
		return out;
	});
}

if (!flags.has('--no-build')) {
	const build = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'ignore' });
	if (build.status !== 0) throw new Error('npm run build failed');
}
const port = await freePort();
const server = await serveBuild(port);
const { origin } = server;
let browser: Browser | null = null;
try {
	browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
	const rows: Row[] = [];
	const wanted = (page: string) =>
		!ONLY || ONLY.some((o) => page === o || page.startsWith(`${o} (`));
	const paths = [...htmlPages(), ...CHOSEN, NOT_FOUND].filter((p) =>
		wanted(p === NOT_FOUND ? '/404' : p)
	);
	for (const path of paths) {
		const name = path === NOT_FOUND ? `/404 (${NOT_FOUND})` : path;
		const context = await browser.newContext({ serviceWorkers: 'block', ignoreHTTPSErrors: true });
		const w = await weigh(context, origin, path);
		await context.close();
		const row: Row = {
			page: name,
			files: w.files,
			'raw KB': Number(w.rawKb.toFixed(1)),
			'gzip KB': Number(w.gzipKb.toFixed(1)),
			budget: path === '/' ? (w.gzipKb <= BUDGET_KB ? `≤ ${BUDGET_KB}` : `> ${BUDGET_KB}`) : ''
		};
		if (lighthouseWanted) {
			console.error(`lighthouse ${name} (${RUNS} run${RUNS > 1 ? 's' : ''})`);
			const lh = await lighthouse(origin + (path === NOT_FOUND ? '/404.html' : path));
			Object.assign(row, typeof lh === 'string' ? { lighthouse: lh } : lh);
		}
		rows.push(row);
	}
	if (lighthouseWanted) {
		for (const state of STATEFUL.filter((s) => wanted(s.page))) {
			console.error(`lighthouse ${state.page} (${RUNS} run${RUNS > 1 ? 's' : ''})`);
			let lh: LighthouseFigures | string;
			try {
				lh = await lighthouse(origin + state.path, () =>
					profileWithReport(origin, state.scenarioId, state.ready)
				);
			} catch (error) {
				lh = `could not prepare the page: ${(error as Error).message.split('\n')[0]}`;
			}
			rows.push({ page: state.page, ...(typeof lh === 'string' ? { lighthouse: lh } : lh) });
		}
	}
	console.log(
		`\nPages (${origin.startsWith('https') ? 'HTTP/2' : 'HTTP/1.1'}): JS+CSS of a first visit (gzip -9), Lighthouse ${lighthouseWanted ? `12.8.2 mobile, median of ${RUNS}` : 'skipped'}; aim: first page ≤ ${BUDGET_KB} KB, 100 everywhere, LCP ≤ 1200 ms`
	);
	console.table(
		rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => k !== 'misses')))
	);
	const missed = rows.filter((r) => r.misses);
	if (missed.length) {
		console.log('\nAudits that cost points (accessibility, best practices, SEO):');
		for (const r of missed) console.log(`  ${r.page}: ${r.misses}`);
	}
	mkdirSync('reports', { recursive: true });
	writeFileSync(OUT, JSON.stringify(rows, null, '\t') + '\n');
	console.log(`\nFigures written to ${OUT}.`);
	const baseline =
		options.get('baseline') ??
		`scripts/bench/pages-baseline${origin.startsWith('https') ? '' : '-http1'}.json`;
	if (existsSync(baseline)) {
		console.log(`\nBefore (${baseline}) → now:`);
		console.table(compare(JSON.parse(readFileSync(baseline, 'utf8')) as Row[], rows));
	}
} finally {
	await browser?.close();
	server.close();
}
