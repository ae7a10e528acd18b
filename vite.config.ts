import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	build: {
		// The small state modules every page's layout needs go into one chunk (with what they
		// import: the Svelte runtime), instead of a dozen files of a few hundred bytes each:
		// about 1.5 KB less after gzip on every first page (issue 9's 45 KB budget).
		rolldownOptions: {
			output: {
				codeSplitting: {
					groups: [
						{
							name: 'app-state',
							test: /src\/lib\/(state\/(wizard-host\.svelte|rehearsal\.svelte|device-storage|connection-kind|last-connection|kept-report|session\.svelte|scan\.svelte)|transport\/adapter-error|components\/(format-date|hydration\.svelte|connect\/last-scenario))\.ts$/
						}
					]
				}
			}
		}
	},
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node',
		testTimeout: 20_000
	}
});
