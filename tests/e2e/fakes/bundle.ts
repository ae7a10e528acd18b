import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';

let bundle: Promise<string> | null = null;

/**
 * Builds fake-devices.ts (with the simulator it imports) into one IIFE script
 * for `page.addInitScript({ path })`, once per Playwright worker. A fresh
 * temp directory per worker keeps parallel workers from racing on one file.
 */
export function fakeDevicesBundle(): Promise<string> {
	bundle ??= (async () => {
		const root = resolve(import.meta.dirname, '../../..');
		const outDir = mkdtempSync(join(tmpdir(), 'fobsync-fakes-'));
		await build({
			configFile: false,
			root,
			logLevel: 'warn',
			resolve: { alias: { $lib: resolve(root, 'src/lib') } },
			build: {
				outDir,
				emptyOutDir: true,
				write: true,
				minify: false,
				sourcemap: 'inline',
				target: 'es2022',
				lib: {
					entry: resolve(import.meta.dirname, 'fake-devices.ts'),
					formats: ['iife'],
					name: 'FobsyncFakeDevices',
					fileName: () => 'fake-devices.js'
				}
			}
		});
		return join(outDir, 'fake-devices.js');
	})();
	return bundle;
}
