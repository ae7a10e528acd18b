// npm run bench (second half): what each page costs a phone on its first visit.
//
// Per page of the static build, served by `vite preview`:
//   - the JavaScript and CSS the page loads, raw and after gzip (level 9, what
//     a static host with precompression serves), against the 45 KB budget of
//     the first page;
//   - Lighthouse 12 (mobile emulation, simulated throttling) category scores
//     and largest contentful paint, against the aim of 100 everywhere and
//     LCP ≤ 1.2 s.
//
// Figures, not pass/fail. Lighthouse runs through `npx --yes lighthouse@12.8.2`
// instead of a devDependency: it is large (≈ 300 packages), CI never runs the
// bench, and 12.x is the last line that runs on Node 20 (13 needs Node 22).
//
//   tsx scripts/bench-pages.ts [--no-build] [--no-lighthouse]
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext } from '@playwright/test';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'];
const BUDGET_KB = 45;
const args = new Set(process.argv.slice(2));

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

async function startPreview(port: number): Promise<ChildProcess> {
	const child = spawn(
		'npx',
		['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
		{ stdio: 'ignore' }
	);
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return child;
		} catch {
			// not up yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	child.kill();
	throw new Error('vite preview did not start');
}

/** The pages of the static build: every prerendered HTML file but the 404 fallback. */
function pages(): string[] {
	return readdirSync('build')
		.filter((f) => f.endsWith('.html') && f !== '404.html')
		.map((f) => (f === 'index.html' ? '/' : `/${f.replace(/\.html$/, '')}`))
		.sort();
}

interface Weight {
	files: number;
	rawKb: number;
	gzipKb: number;
}

/** JS and CSS a first visit to `path` loads (no service worker, empty cache). */
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
	let raw = 0;
	let gzip = 0;
	for (const body of bodies.values()) {
		const b = await body;
		raw += b.length;
		gzip += gzipSync(b, { level: 9 }).length;
	}
	await page.close();
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
}

function lighthouse(
	url: string,
	extra: string[] = [],
	chromeFlags: string[] = []
): LighthouseFigures | string {
	const run = spawnSync(
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
		{ encoding: 'utf8', env: { ...process.env, CHROME_PATH: CHROMIUM }, maxBuffer: 64 << 20 }
	);
	if (run.status !== 0) return `lighthouse failed: ${run.stderr.split('\n').slice(-3).join(' ')}`;
	const lhr = JSON.parse(run.stdout) as {
		categories: Record<string, { score: number | null }>;
		audits: Record<string, { numericValue?: number }>;
	};
	const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
	return {
		performance: score('performance'),
		accessibility: score('accessibility'),
		'best-practices': score('best-practices'),
		seo: score('seo'),
		lcpMs: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? NaN),
		fcpMs: Math.round(lhr.audits['first-contentful-paint']?.numericValue ?? NaN),
		tbtMs: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? NaN),
		cls: Number((lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3))
	};
}

/**
 * The vehicle page as a returning owner sees it: the last report kept on the
 * device. A browser profile reads the demo car once (Playwright); Lighthouse
 * then opens that profile without resetting storage. The service worker and
 * its cache are removed first, so the figures are the network's, not the cache's.
 */
async function vehicleWithReport(origin: string): Promise<LighthouseFigures | string> {
	const dir = `/tmp/fobsync-bench-${process.pid}`;
	try {
		const context = await chromium.launchPersistentContext(dir, {
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
			await page.getByLabel('Simulated car').selectOption('immobiliser-code');
			await page.getByRole('button', { name: 'Connect: Demo' }).click();
			await page.getByRole('link', { name: 'Read my car' }).click();
			await page.getByTestId('vin').waitFor({ timeout: 20_000 });
			await page.evaluate(async () => {
				for (const r of await navigator.serviceWorker.getRegistrations()) await r.unregister();
				for (const k of await caches.keys()) await caches.delete(k);
			});
		} finally {
			await context.close();
		}
		// Chrome takes the last --user-data-dir it is given: this profile, not Lighthouse's temporary one.
		return lighthouse(`${origin}/vehicle`, ['--disable-storage-reset'], [`--user-data-dir=${dir}`]);
	} catch (error) {
		return `could not prepare a saved report: ${(error as Error).message.split('\n')[0]}`;
	} finally {
		spawnSync('rm', ['-rf', dir]);
	}
}

if (!args.has('--no-build')) {
	const build = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'ignore' });
	if (build.status !== 0) throw new Error('npm run build failed');
}
const port = await freePort();
const origin = `http://127.0.0.1:${port}`;
const preview = await startPreview(port);
let browser: Browser | null = null;
try {
	browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
	const rows: Record<string, string | number>[] = [];
	for (const path of pages()) {
		const context = await browser.newContext({ serviceWorkers: 'block' });
		const w = await weigh(context, origin, path);
		await context.close();
		const row: Record<string, string | number> = {
			page: path,
			files: w.files,
			'raw KB': Number(w.rawKb.toFixed(1)),
			'gzip KB': Number(w.gzipKb.toFixed(1)),
			budget: path === '/' ? (w.gzipKb <= BUDGET_KB ? `≤ ${BUDGET_KB}` : `> ${BUDGET_KB}`) : ''
		};
		if (!args.has('--no-lighthouse')) {
			console.error(`lighthouse ${path}`);
			const lh = lighthouse(origin + path);
			Object.assign(row, typeof lh === 'string' ? { lighthouse: lh } : lh);
		}
		rows.push(row);
	}
	if (!args.has('--no-lighthouse')) {
		console.error('lighthouse /vehicle with a saved report');
		const lh = await vehicleWithReport(origin);
		rows.push({
			page: '/vehicle (saved report)',
			...(typeof lh === 'string' ? { lighthouse: lh } : lh)
		});
	}
	console.log(
		`\nPages: JS+CSS of a first visit (gzip -9), Lighthouse ${args.has('--no-lighthouse') ? 'skipped' : '12.8.2 mobile'}; aim: first page ≤ ${BUDGET_KB} KB, 100 everywhere, LCP ≤ 1200 ms`
	);
	console.table(rows);
} finally {
	await browser?.close();
	preview.kill();
}
