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
		// The steps are Ford's own (M); most models rest on one owner guide, the 2007 Focus on disputed ones.
		expect(md).toMatch(
			/\| Ford, Lincoln \| P01 \| .* \| remote programming \| M \(some models S, U\) \|/
		);
		expect(md).toMatch(/F-150 2004–2014 \(S\), .*F-350 Super Duty 2005, /);
		expect(md).toMatch(/\| MINI \| P32 \|/);
		expect(md).toContain(`**${CATALOGUE.procedures.length} guided procedures**`);
	});

	it('shows the weaker mark of every model entry that carries one, and "every model" when all do', () => {
		const md = coverageMarkdown(CATALOGUE);
		for (const p of CATALOGUE.procedures)
			for (const m of p.applies.models ?? [])
				if (m.confidence) expect(md, `${p.id}/${m.name}`).toContain(`${m.name}`);
		expect(md).toMatch(/TT \(S\), Another Volkswagen or Audi with a radio remote \(S\) \|/);
		expect(md).toMatch(/\| P38 \| .*Zafira A 1999–2005 \(S\) \| .* \| C \(every model S\) \|/);
		expect(md).toMatch(/\| P01 \| Program Mazda B-Series remotes .* \| M \|/);
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
