import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// A static app: there is no server of ours (ARCHITECTURE.md). Every page is prerendered;
		// routes/404 becomes build/404.html, the page static hosts answer unknown addresses with.
		adapter: adapter({ strict: true }),
		// The pages' own CSS (a few KB) goes inside the HTML: the first paint waits for no request.
		inlineStyleThreshold: 8192,
		csp: {
			// Privacy: the page may talk to its own origin only.
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
