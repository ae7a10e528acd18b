import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { libGraph, ROOT } from '../../scripts/import-graph';

/**
 * The state layer holds what the screens show and when to ask the car; how to
 * ask is the scan layer's (ARCHITECTURE.md). So state/ loads scan's code only
 * through its public surfaces, `scan/index.ts` and the light `scan/short-looks.ts`
 * the guide uses (types may come from anywhere),
 * and writes no adapter or OBD command of its own. The expert console is the
 * one sender: it sends what the owner types, and names no command itself.
 */

const STATE = 'src/lib/state/';
const PUBLIC = ['src/lib/scan/index.ts', 'src/lib/scan/short-looks.ts'];

describe('the state layer sends no protocol', () => {
	test('it loads scan/ code only through scan/index.ts or scan/short-looks.ts', () => {
		const deep: string[] = [];
		for (const [file, edges] of libGraph()) {
			if (!file.startsWith(STATE)) continue;
			for (const e of edges) {
				if (e.typeOnly || !e.to.startsWith('src/lib/scan/')) continue;
				if (!PUBLIC.includes(e.to)) deep.push(`${file} → ${e.to}`);
			}
		}
		expect(deep).toEqual([]);
	});

	test('no command is spelled in it (an AT command or an OBD request as a string of its own)', () => {
		const command = /['"`](AT\s?[A-Z@]{1,4}|0[1-9A-F]\s?[0-9A-F]{2})['"`]/;
		const dir = join(ROOT, STATE);
		const found = readdirSync(dir, { recursive: true, encoding: 'utf8' })
			.filter((f) => /\.ts$/.test(f) && !/\.test\.ts$/.test(f) && !f.startsWith('test/'))
			.flatMap((f) =>
				readFileSync(join(dir, f), 'utf8')
					.split('\n')
					.filter((line) => command.test(line))
					.map((line) => `${f}: ${line.trim()}`)
			);
		expect(found).toEqual([]);
		// The pattern finds what it is for.
		expect(command.test(`send('ATRV')`) && command.test(`'0100'`)).toBe(true);
	});
});
