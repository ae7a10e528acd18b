import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { appStateModules, inAppState } from './scripts/app-state-group';

// Read when the build first asks (dev and Vitest load this file too, and never need it).
let appState: ReadonlySet<string> | null = null;

export default defineConfig({
	plugins: [sveltekit()],
	build: {
		// The small state modules every page's layout needs go into one chunk (with what they
		// import: the Svelte runtime), instead of a dozen files of a few hundred bytes each:
		// about 1.5 KB less after gzip on every first page (issue 9's 45 KB budget). The list
		// comes from the layout's imports (scripts/app-state-group.ts).
		rolldownOptions: {
			output: {
				codeSplitting: {
					groups: [
						{
							name: 'app-state',
							test: (id: string) => inAppState((appState ??= appStateModules()), id)
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
