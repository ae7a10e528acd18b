/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// Offline use: the app is often opened in a garage or car park with no signal,
// so every page, script and asset is cached on first visit. Nothing is fetched
// from any other origin (privacy), so only same-origin GETs are handled.
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `fobsync-${version}`;
// The prerendered page shells must be cached too, or an offline reload fails (an offline reload fails without them).
// The VIN model files (static/vin-models/, one per maker code) are fetched one at a time when a
// VIN is decoded, and cached then; precaching all 111 would fetch what no owner needs.
const ASSETS = [...build, ...files.filter((f) => !f.startsWith('/vin-models/')), ...prerendered];

sw.addEventListener('install', (event) => {
	event.waitUntil(
		caches.open(CACHE).then((cache) => cache.addAll(ASSETS))
		// No skipWaiting here: an update waits until the page asks (the owner chose
		// "Reload to update"), so a running adapter session or guide is never cut off
		// and the old version's lazily loaded files stay in its cache until then.
	);
});

sw.addEventListener('message', (event) => {
	if ((event.data as { type?: string } | null)?.type === 'skip-waiting') void sw.skipWaiting();
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
			.then(() => sw.clients.claim())
	);
});

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	const url = new URL(request.url);
	if (request.method !== 'GET' || url.origin !== sw.location.origin) return;
	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			// Built assets never change under the same version: cache first.
			if (ASSETS.includes(url.pathname)) {
				const hit = await cache.match(url.pathname);
				if (hit) return hit;
			}
			try {
				const response = await fetch(request);
				if (response.ok) void cache.put(request, response.clone());
				return response;
			} catch (error) {
				const fallback =
					(await cache.match(request)) ??
					(await cache.match(url.pathname)) ??
					(await cache.match('/'));
				if (fallback) return fallback;
				throw error;
			}
		})()
	);
});
