import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { paintFirst } from './paint-first';

// The shape SvelteKit 2 writes for a prerendered page (render.js: modulepreload links in <head>,
// the CSP <meta> with the inline script's hash, the start-up script at the end of the body).
function scriptOf(call: string, serviceWorker = true): string {
	const sw = serviceWorker
		? `\n\n\t\t\t\t\tif ('serviceWorker' in navigator) {\n\t\t\t\t\t\taddEventListener('load', function () {\n\t\t\t\t\t\t\tnavigator.serviceWorker.register('./service-worker.js');\n\t\t\t\t\t\t});\n\t\t\t\t\t}`
		: '';
	return `\n\t\t\t\t{\n\t\t\t\t\t__sveltekit_x = { base: '' };\n\n\t\t\t\t\tconst element = document.currentScript.parentElement;\n\n\t\t\t\t\t${call}${sw}\n\t\t\t\t}\n\t\t\t`;
}

const hash = (script: string) =>
	`'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;

const HYDRATE = `Promise.all([
						import("./_app/immutable/entry/start.A.js"),
						import("./_app/immutable/entry/app.B.js")
					]).then(([kit, app]) => {
						kit.start(app, element, {
							node_ids: [0, 2],
							data: [null,{type:"data",data:{note:"}); if ('serviceWorker' in navigator) });"}}],
							form: null,
							error: null
						});
					});`;

const SHELL = `Promise.all([
						import("./_app/immutable/entry/start.A.js"),
						import("./_app/immutable/entry/app.B.js")
					]).then(([kit, app]) => {
						kit.start(app, element);
					});`;

function page(script: string): string {
	return `<!doctype html>
<html lang="en">
	<head>
		<link href="./_app/immutable/entry/start.A.js" rel="modulepreload">
		<link href="./_app/immutable/chunks/C.js" rel="modulepreload">
		<link href="./_app/immutable/entry/app.B.js" rel="modulepreload">
		<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' ${hash(script)}; style-src 'self' 'unsafe-inline'">
	</head>
	<body>
		<div style="display: contents"><h1>Your key remote stopped working?</h1>
			<script>${script}</script>
		</div>
	</body>
</html>`;
}

function inlineScript(html: string): string {
	const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1];
	if (script === undefined) throw new Error('no inline script');
	return script;
}

/** Runs the rewritten script against a stand-in browser and records what it does, in order. */
function runScript(
	script: string,
	{
		visibility = 'visible',
		paintTiming = true
	}: { visibility?: string; paintTiming?: boolean } = {}
) {
	const log: string[] = [];
	const frames: Array<() => void> = [];
	const timers: Array<{ run: () => void; ms: number }> = [];
	const listeners = new Map<string, () => void>();
	/** Reports a paint entry by name ('first-paint', 'first-contentful-paint') to the observer. */
	const paintReports: Array<(name: string) => void> = [];
	const fakeDocument = {
		visibilityState: visibility,
		currentScript: { parentElement: 'the body' },
		createElement: () => ({ rel: '', href: '' }),
		head: { append: (link: { rel: string; href: string }) => log.push(`${link.rel} ${link.href}`) }
	};
	class FakePerformanceObserver {
		static supportedEntryTypes = paintTiming ? ['paint', 'navigation'] : ['navigation'];
		constructor(
			private readonly callback: (
				list: { getEntriesByName(name: string): unknown[] },
				observer: unknown
			) => void
		) {}
		observe(options: { type: string; buffered: boolean }) {
			log.push(`observe ${options.type}${options.buffered ? ' (buffered)' : ''}`);
			paintReports.push((name) =>
				this.callback(
					{ getEntriesByName: (wanted: string) => (wanted === name ? [{ name }] : []) },
					this
				)
			);
		}
		disconnect() {
			log.push('disconnect');
		}
	}
	const kit = { start: (_app: unknown, el: unknown) => log.push(`start in ${String(el)}`) };
	const load = (url: string) => {
		log.push(`import ${url}`);
		return Promise.resolve(url.includes('start') ? kit : {});
	};
	const run = new Function(
		'document',
		'globalThis',
		'PerformanceObserver',
		'requestAnimationFrame',
		'setTimeout',
		'addEventListener',
		'navigator',
		'__import',
		script.replaceAll('import(', '__import(')
	);
	run(
		fakeDocument,
		{ PerformanceObserver: FakePerformanceObserver },
		FakePerformanceObserver,
		(f: () => void) => frames.push(f),
		(f: () => void, ms: number) => timers.push({ run: f, ms }),
		(type: string, f: () => void) => listeners.set(type, f),
		{},
		load
	);
	return { log, frames, timers, listeners, paintReports };
}

const settle = async () => {
	for (let i = 0; i < 3; i++) await Promise.resolve();
};

const STARTED = [
	'modulepreload ./_app/immutable/entry/start.A.js',
	'modulepreload ./_app/immutable/chunks/C.js',
	'modulepreload ./_app/immutable/entry/app.B.js',
	'import ./_app/immutable/entry/start.A.js',
	'import ./_app/immutable/entry/app.B.js',
	'start in the body'
];

describe('paintFirst', () => {
	const before = page(scriptOf(HYDRATE));
	const after = paintFirst(before);

	it('takes the module preloads out of <head> and the CSP allows the new script only', () => {
		expect(after).not.toMatch(/<link[^>]+rel="modulepreload">/);
		const script = inlineScript(after);
		expect(after).toContain(hash(script));
		expect(after).not.toContain(hash(scriptOf(HYDRATE)));
		// The hydration data is carried over untouched, even where it looks like code.
		expect(script).toContain(`note:"}); if ('serviceWorker' in navigator) });"`);
		// Nothing else of the page changes.
		const rest = (html: string) =>
			html
				.replace(/<script>[\s\S]*?<\/script>/, '')
				.replace(/'sha256-[^']+'/, '')
				.replace(/\t\t<link[^\n]+modulepreload">\n/g, '');
		expect(rest(after)).toBe(rest(before));
		expect(rest(after)).toContain('<h1>Your key remote stopped working?</h1>');
	});

	it('fetches nothing until the first paint is reported shown, then preloads every module and starts', async () => {
		const { log, frames, timers, paintReports } = runScript(inlineScript(after));
		expect(log).toEqual(['observe paint (buffered)']);
		expect(frames).toHaveLength(0); // an animation frame comes before the paint reaches the screen
		expect(timers.map((t) => t.ms)).toEqual([3000]); // only the safety net
		// A first paint of the background alone is not the page's text: still nothing.
		paintReports[0]!('first-paint');
		expect(log).toEqual(['observe paint (buffered)']);
		paintReports[0]!('first-contentful-paint');
		expect(log).toEqual(['observe paint (buffered)', 'disconnect']);
		timers[1]!.run();
		await settle();
		expect(log.slice(2)).toEqual(STARTED);
	});

	it('without paint timing, starts after the next frame', async () => {
		const { log, frames, timers } = runScript(inlineScript(after), { paintTiming: false });
		expect(log).toEqual([]);
		frames[0]!();
		expect(log).toEqual([]); // the frame is being painted: still nothing
		timers.find((t) => t.ms === 0)!.run();
		await settle();
		expect(log).toEqual(STARTED);
	});

	it('starts once, whichever comes first: the paint, a hide or the safety net', async () => {
		const { log, timers, listeners, paintReports } = runScript(inlineScript(after));
		listeners.get('visibilitychange')!();
		paintReports[0]!('first-contentful-paint');
		for (const timer of [...timers]) timer.run();
		await settle();
		expect(log.filter((l) => l.startsWith('start'))).toHaveLength(1);
		expect(log.filter((l) => l.startsWith('import'))).toHaveLength(2);
	});

	it('starts after 3 s when no paint of its text is ever reported', async () => {
		const { log, timers } = runScript(inlineScript(after));
		timers.find((t) => t.ms === 3000)!.run();
		await settle();
		expect(log.slice(1)).toEqual(STARTED);
	});

	it('a page opened in a hidden tab starts at once (it paints nothing until shown)', async () => {
		const { log, frames, timers } = runScript(inlineScript(after), { visibility: 'hidden' });
		await settle();
		expect(frames).toHaveLength(0);
		expect(timers).toHaveLength(0);
		expect(log).toEqual(STARTED);
	});

	it('works without a service worker block', () => {
		const script = inlineScript(paintFirst(page(scriptOf(HYDRATE, false))));
		expect(script).toContain("if (document.visibilityState === 'hidden') go();");
		expect(() => runScript(script)).not.toThrow();
	});

	it('leaves a browser-rendered shell alone: its first paint needs the script', () => {
		const shell = page(scriptOf(SHELL));
		expect(paintFirst(shell)).toBe(shell);
	});

	it('fails the build when the CSP does not hold the script it rewrites', () => {
		const stale = before.replace(hash(scriptOf(HYDRATE)), "'sha256-stale='");
		expect(() => paintFirst(stale)).toThrow(/hash is not in the page CSP/);
	});

	it('fails the build when a hydrating page has a script it cannot read', () => {
		const unreadable = page(scriptOf(HYDRATE.replace('form: null', 'form: "<b>"')));
		expect(() => paintFirst(unreadable)).toThrow(/could not be read/);
	});

	it('fails the build when SvelteKit words its start-up differently', () => {
		const changed = page(scriptOf(HYDRATE.replace('Promise.all([', 'Promise.allSettled([')));
		expect(() => paintFirst(changed)).toThrow(/start-up call not found/);
	});
});
