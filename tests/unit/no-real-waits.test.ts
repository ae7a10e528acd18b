import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every unit test file under `dir`. */
function testFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory()
			? testFiles(join(dir, e.name))
			: e.name.endsWith('.test.ts')
				? [join(dir, e.name)]
				: []
	);
}

/** A promise that waits real milliseconds: `new Promise((r) => setTimeout(r, 20))`. */
const REAL_WAIT = /new Promise\(\s*\(?\s*\w+\s*\)?\s*=>\s*setTimeout\(\s*\w+\s*,\s*[1-9]/;

describe('time in unit tests', () => {
	it('is fake: no test waits real milliseconds (fake timers or an injected clock instead)', () => {
		const offenders = testFiles('src').filter((f) => REAL_WAIT.test(readFileSync(f, 'utf8')));
		expect(offenders).toEqual([]);
	});
});
