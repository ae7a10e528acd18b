import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCatalogue, CATALOGUE } from '../catalogue';
import { GENERIC_MODULE } from './generic';
import {
	COVERAGE_END,
	COVERAGE_START,
	coverageMarkdown,
	unresearchedMakes,
	withCoverage
} from './coverage';

describe('coverage table', () => {
	it('is in the README exactly as the data would write it (run npm run coverage-table)', () => {
		const readme = readFileSync(new URL('../../../../README.md', import.meta.url), 'utf8');
		expect(readme).toContain(COVERAGE_START);
		expect(withCoverage(readme, coverageMarkdown(CATALOGUE))).toBe(readme);
	});

	it('lists every procedure of the catalogue with its reference and mark, and every shop path', () => {
		const md = coverageMarkdown(CATALOGUE);
		for (const p of CATALOGUE.procedures) expect(md).toContain(`| ${p.ref} | ${p.title}`);
		for (const s of CATALOGUE.shopPaths) expect(md).toContain(s.title);
		expect(md).toMatch(/\| Ford, Lincoln \| P01 \| .* \| remote programming \| M \|/);
		expect(md).toMatch(/\| MINI \| P32 \|/);
		expect(md).toContain(`**${CATALOGUE.procedures.length} guided procedures**`);
	});

	it('words the answers a row needs as the questions do, and the after-failure and general paths', () => {
		const md = coverageMarkdown(CATALOGUE);
		expect(md).toMatch(/\| Volkswagen, Audi \| P31 \| .* \| turn key; .*a key the car knew \|/);
		expect(md).toMatch(/\| Ford, Lincoln, Mercury \| .* \| after a home procedure did not work \|/);
		expect(md).toMatch(/\| every make \| .* \| any car nothing above covers \| C \|/);
		expect(md).not.toMatch(/push-button-start =/);
	});

	it('names the makes nobody researched, from the WMI table', () => {
		expect(unresearchedMakes(CATALOGUE)).toEqual(expect.arrayContaining(['Porsche', 'Suzuki']));
		expect(unresearchedMakes(CATALOGUE)).not.toContain('Ford');
		// With only the general shop path, every make is unresearched.
		expect(unresearchedMakes(buildCatalogue([GENERIC_MODULE]))).toContain('Ford');
		expect(coverageMarkdown(CATALOGUE)).toMatch(/nobody has researched yet .*Porsche/);
	});

	it('replaces only the section between the markers', () => {
		const readme = `# T\n\nbefore\n${COVERAGE_START}\nold\n${COVERAGE_END}\nafter\n`;
		const out = withCoverage(readme, 'new');
		expect(out).toBe(`# T\n\nbefore\n${COVERAGE_START}\nnew\n${COVERAGE_END}\nafter\n`);
		expect(withCoverage('# T\n', 'x')).toContain(`${COVERAGE_START}\nx\n${COVERAGE_END}`);
	});
});
