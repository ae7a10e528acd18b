import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/import-graph';

/**
 * One definition of time (issue 16): the `Clock` type and the real clock live
 * in simulator/clock.ts, the lowest layer that needs them, and every layer
 * above imports them from there instead of keeping a copy.
 */

const HOME = 'src/lib/simulator/clock.ts';

/** Every source file under src/ (tests and test helpers left out). */
function sources(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const path = join(dir, e.name);
		if (e.isDirectory()) return e.name === 'test' ? [] : sources(path);
		return /\.(ts|svelte)$/.test(e.name) && !e.name.endsWith('.test.ts') ? [path] : [];
	});
}

/** A clock type of its own, or a real clock object built on Date.now(). */
const CLOCK_COPY = /export\s+(interface|type)\s+\w*Clock\b|now:\s*\(\)\s*=>\s*Date\.now\(\)/;

describe('time in the app', () => {
	it('has one Clock type and one real clock, in simulator/clock.ts', () => {
		const files = sources(join(ROOT, 'src')).map((f) => relative(ROOT, f));
		const copies = files.filter(
			(f) => f !== HOME && CLOCK_COPY.test(readFileSync(join(ROOT, f), 'utf8'))
		);
		expect(copies).toEqual([]);
		// The pattern finds both halves where they belong.
		const home = readFileSync(join(ROOT, HOME), 'utf8');
		expect(home.match(new RegExp(CLOCK_COPY, 'g'))).toHaveLength(2);
	});
});
