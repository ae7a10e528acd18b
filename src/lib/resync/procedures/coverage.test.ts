import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../catalogue';
import { CATALOGUE } from '../test/full-catalogue';
import { GENERIC_MODULE } from './generic';
import { testProcedure } from '../test/procedure';
import type { Procedure } from '../types';
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

	// The README check above pins today's rows byte for byte; these check the writer's rules
	// on made-up data, so they fail when a rule breaks, not when a row's data changes.
	const made = (models: Procedure['applies']['models'], confidence: Procedure['confidence']) =>
		buildCatalogue([
			{
				sources: GENERIC_MODULE.sources,
				procedures: [
					testProcedure({
						ref: 'T01',
						title: 'Program a | made-up remote',
						confidence,
						applies: { makes: ['Test', 'Other'], models, exclusions: [] },
						perKey: []
					})
				],
				shopPaths: []
			},
			GENERIC_MODULE
		]);

	it('writes one row per procedure and shop path, with its counts', () => {
		const c = made([{ name: 'Alpha', from: 2001, to: 2004 }], 'M');
		const md = coverageMarkdown(c);
		expect(md).toContain(
			'| Test, Other | T01 | Program a \\| made-up remote | Alpha 2001–2004 | – | remote programming | M |'
		);
		expect(md).toMatch(/\| every make \| .* \| any car nothing above covers \| C \|/);
		expect(md).toContain('**1 guided procedures**');
		for (const s of CATALOGUE.shopPaths) expect(coverageMarkdown(CATALOGUE)).toContain(s.title);
	});

	it('shows the weaker mark of model entries: "some models" or "every model"', () => {
		const some = made(
			[{ name: 'Alpha', confidence: 'U' }, { name: 'Beta', confidence: 'S' }, { name: 'Gamma' }],
			'M'
		);
		expect(coverageMarkdown(some)).toContain('| Alpha (U), Beta (S), Gamma | ');
		expect(coverageMarkdown(some)).toMatch(/\| M \(some models S, U\) \|/);
		const every = made([{ name: 'Alpha', confidence: 'S' }], 'C');
		expect(coverageMarkdown(every)).toMatch(/\| C \(every model S\) \|/);
		expect(coverageMarkdown(made(undefined, 'M'))).toContain('| all models | – |');
	});

	it('names the makes nobody researched, from the WMI table', () => {
		expect(unresearchedMakes(CATALOGUE)).toEqual(expect.arrayContaining(['Lotus', 'SsangYong']));
		expect(unresearchedMakes(CATALOGUE)).not.toContain('Ford');
		// With only the general shop path, every make is unresearched.
		expect(unresearchedMakes(buildCatalogue([GENERIC_MODULE]))).toContain('Ford');
		expect(coverageMarkdown(CATALOGUE)).toMatch(/nobody has researched yet .*Lotus/);
	});

	it('replaces only the section between the markers', () => {
		const readme = `# T\n\nbefore\n${COVERAGE_START}\nold\n${COVERAGE_END}\nafter\n`;
		const out = withCoverage(readme, 'new');
		expect(out).toBe(`# T\n\nbefore\n${COVERAGE_START}\nnew\n${COVERAGE_END}\nafter\n`);
		expect(withCoverage('# T\n', 'x')).toContain(`${COVERAGE_START}\nx\n${COVERAGE_END}`);
	});
});
