import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COVERAGE_END, COVERAGE_START, coverageMarkdown, withCoverage } from './coverage';
import { MAKE_MODULES } from './makes';

describe('coverage table', () => {
	it('is in the README exactly as the data would write it (run npm run coverage-table)', () => {
		const readme = readFileSync(new URL('../../../../README.md', import.meta.url), 'utf8');
		expect(readme).toContain(COVERAGE_START);
		expect(withCoverage(readme, coverageMarkdown(MAKE_MODULES))).toBe(readme);
	});

	it('lists every procedure with its reference and mark, and every shop path', () => {
		const md = coverageMarkdown(MAKE_MODULES);
		const procedures = MAKE_MODULES.flatMap((m) => m.procedures);
		for (const p of procedures) expect(md).toContain(`| ${p.ref} | ${p.title}`);
		for (const s of MAKE_MODULES.flatMap((m) => m.shopPaths)) expect(md).toContain(s.title);
		expect(md).toMatch(/\| Ford, Lincoln \| P01 \| .* \| remote programming \| M \|/);
	});

	it('replaces only the section between the markers', () => {
		const readme = `# T\n\nbefore\n${COVERAGE_START}\nold\n${COVERAGE_END}\nafter\n`;
		const out = withCoverage(readme, 'new');
		expect(out).toBe(`# T\n\nbefore\n${COVERAGE_START}\nnew\n${COVERAGE_END}\nafter\n`);
		expect(withCoverage('# T\n', 'x')).toContain(`${COVERAGE_START}\nx\n${COVERAGE_END}`);
	});
});
