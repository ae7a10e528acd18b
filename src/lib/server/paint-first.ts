// Paint first, then fetch the code: a prerendered page's HTML is whole and readable before any
// script runs (ARCHITECTURE.md, "Loading and first paint"), yet SvelteKit asks for every module
// in <head> (modulepreload) and starts them from its inline script at once. On a phone those
// downloads and their evaluation compete with the first paint, and Lighthouse's simulation counts
// every script fetched before the largest paint as one the paint waited for.
//
// This rewrites a prerendered page (build time only, from hooks.server.ts) so that the inline
// start-up script waits until the browser reports the page's text painted, then preloads the same
// modules in parallel (the same list, moved from <head> into the script: no waterfall) and starts
// the app.
// Pages SvelteKit renders in the browser only (no SSR: `kit.start(app, element)` without hydration
// data) are left alone: their first paint needs the script.
//
// The inline script's CSP hash changes with it, so the page's own CSP <meta> is updated to the new
// hash. Anything unexpected in SvelteKit's output throws, so the build fails instead of shipping a
// page whose start-up script the CSP would block.
import { createHash } from 'node:crypto';

const START_SCRIPT = /<script>([^<]*?kit\.start\(app, element, \{[^<]*?)<\/script>/;
const PRELOAD = /[ \t]*<link href="([^"]+)" rel="modulepreload">\n?/g;

/**
 * SvelteKit's start-up statement: `Promise.all([import(start), import(app)]).then(… kit.start(…))`,
 * up to the script's next block (the service worker's, always last) or its closing brace. Cut by
 * position, not by pattern: the hydration data inside it may hold any character.
 */
function startCall(body: string): string {
	const at = body.indexOf('Promise.all([');
	// A raw line break marks code: the serialised data inside the call escapes its line breaks.
	const next = body.lastIndexOf("\n\t\t\t\t\tif ('serviceWorker' in navigator)");
	const call = body.slice(at, next > at ? next : body.lastIndexOf('}')).trimEnd();
	if (at < 0 || !call.includes('kit.start(app, element,') || !call.endsWith('});'))
		throw new Error('paint-first: SvelteKit start-up call not found in the inline script');
	return call;
}

function cspHash(script: string): string {
	return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}

/** The page with its start-up deferred past the first paint; a page without hydration as is. */
export function paintFirst(html: string): string {
	const body = START_SCRIPT.exec(html)?.[1];
	if (body === undefined) {
		// SvelteKit escapes "<" in the data it writes into the script, so a hydrating page matches.
		if (html.includes('kit.start(app, element, {'))
			throw new Error('paint-first: the start-up script could not be read');
		return html; // a browser-rendered shell (or no script at all)
	}
	const call = startCall(body);
	const oldHash = cspHash(body);
	if (!html.includes(oldHash))
		throw new Error('paint-first: the start-up script hash is not in the page CSP');

	const preloads = [...html.matchAll(PRELOAD)].map((m) => m[1] ?? '');
	// Once, when the browser reports the first paint of the page's text as shown (paint timing's
	// first-contentful-paint: reported after the frame reached the screen, where an animation
	// frame comes before it; a first paint of the background alone can come earlier). Where paint
	// timing is missing, after the next frame. A hidden tab paints nothing until shown: it starts
	// at once, or when it is hidden. A safety net of 3 s covers a paint that is never reported.
	const deferred = `let started = false;
					const go = () => {
						if (started) return;
						started = true;
						for (const href of ${JSON.stringify(preloads)}) {
							const link = document.createElement('link');
							link.rel = 'modulepreload';
							link.href = href;
							document.head.append(link);
						}
						${call}
					};
					if (document.visibilityState === 'hidden') go();
					else {
						addEventListener('visibilitychange', go, { once: true });
						if (globalThis.PerformanceObserver?.supportedEntryTypes?.includes('paint')) {
							new PerformanceObserver((list, observer) => {
								if (!list.getEntriesByName('first-contentful-paint').length) return;
								observer.disconnect();
								setTimeout(go, 0);
							}).observe({ type: 'paint', buffered: true });
						} else requestAnimationFrame(() => setTimeout(go, 0));
						setTimeout(go, 3000);
					}`;
	const newBody = body.replace(call, () => deferred);
	return html
		.replace(PRELOAD, '')
		.replace(body, () => newBody)
		.replace(oldHash, () => cspHash(newBody));
}
