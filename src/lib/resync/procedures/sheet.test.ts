import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../catalogue';
import { CATALOGUE } from '../test/full-catalogue';
import type { Procedure } from '../types';
import { GENERIC_MODULE } from './generic';
import {
	allSheets,
	citedSources,
	procedureSheet,
	SHEETS_DIR,
	SHEETS_INDEX,
	sheetsIndex
} from './sheet';

const dir = new URL(`../../../../${SHEETS_DIR}/`, import.meta.url);
const committed = () =>
	readdirSync(dir)
		.filter((n) => n.endsWith('.md'))
		.sort();

describe('procedure sheets', () => {
	it('are committed exactly as the data writes them (run npm run procedure-sheets)', () => {
		for (const [name, text] of allSheets(CATALOGUE)) {
			const file = readFileSync(new URL(name, dir), 'utf8');
			expect(file === text, `${SHEETS_DIR}/${name} differs: run npm run procedure-sheets`).toBe(
				true
			);
		}
	});

	it('has one sheet per procedure and no sheet without a procedure (run npm run procedure-sheets)', () => {
		const expected = [...allSheets(CATALOGUE).keys()].sort();
		const orphans = committed().filter((n) => !expected.includes(n));
		const missing = expected.filter((n) => !committed().includes(n));
		expect(orphans, 'sheets without a procedure: run npm run procedure-sheets').toEqual([]);
		expect(missing, 'procedures without a sheet: run npm run procedure-sheets').toEqual([]);
		expect(expected).toHaveLength(CATALOGUE.procedures.length + 1);
	});

	it('shows a procedure’s title, mark, every step and window figure, and every source it cites', () => {
		const p = CATALOGUE.procedure('mini-r5x-3-button')!.procedure;
		const md = procedureSheet(p, CATALOGUE);
		expect(md.startsWith(`# ${p.title}\n`)).toBe(true);
		expect(md).toContain(`**${p.confidence}**`);
		for (const s of [...p.setup, ...p.perKey, ...p.finish]) {
			expect(md).toContain(`**${s.title}** \`${s.id}\``);
			for (const w of s.opens ?? []) {
				expect(md).toContain(`time window \`${w.id}\``);
				if (w.maxSeconds !== null) expect(md).toContain(`at most ${w.maxSeconds} s`);
			}
		}
		for (const id of citedSources(p)) expect(md).toContain(CATALOGUE.source(id)!.title);
		for (const v of p.variants ?? []) expect(md).toContain(`## Another reading: ${v.title}`);
		// The shop path offered after a failure, and the tips of this procedure.
		for (const id of p.ifItFails ?? []) expect(md).toContain(CATALOGUE.shopPath(id)!.title);
		expect(md).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
	});

	it('says where a window has no figure, and words answers as the questions do', () => {
		const two = CATALOGUE.procedure('mini-r5x-2-button-quick')!.procedure;
		expect(procedureSheet(two, CATALOGUE)).toContain('no figure in the source, so no countdown');
		const p3 = CATALOGUE.procedure('mini-r5x-3-button')!.procedure;
		const q = CATALOGUE.question(Object.keys(p3.applies.answers ?? {})[0]!)!;
		expect(procedureSheet(p3, CATALOGUE)).toContain(q.prompt);
	});

	it('changes when the data changes: a new step or a weaker mark shows in the sheet', () => {
		const p = CATALOGUE.procedures[0]!;
		const changed: Procedure = {
			...p,
			confidence: 'U',
			finish: [...p.finish, { id: 'extra', kind: 'instruction', title: 'A step added later' }]
		};
		const md = procedureSheet(changed, CATALOGUE);
		expect(md).not.toBe(procedureSheet(p, CATALOGUE));
		expect(md).toContain('**A step added later** `extra`');
		expect(md).toContain('**U** — sources disagree or are unclear');
	});

	it('indexes every procedure and every shop path', () => {
		const md = sheetsIndex(CATALOGUE);
		for (const p of CATALOGUE.procedures) expect(md).toContain(`](${p.id}.md)`);
		for (const s of CATALOGUE.shopPaths) expect(md).toContain(`### ${s.title}`);
		// With only the general shop path there is no procedure sheet, only the index.
		expect([...allSheets(buildCatalogue([GENERIC_MODULE])).keys()]).toEqual([SHEETS_INDEX]);
	});
});

describe('docs/adding-a-make.md', () => {
	const doc = readFileSync(new URL('../../../../docs/adding-a-make.md', import.meta.url), 'utf8');

	it('names only builders common.ts exports, and ids and sheets that exist', async () => {
		const common: Record<string, unknown> = await import('./common');
		const bullet = doc.slice(doc.indexOf('- **`common.ts`**'), doc.indexOf('- **Questions**'));
		const named = [
			...bullet.matchAll(/`([A-Za-z_]+)`/g),
			...doc.matchAll(/`([A-Za-z]+)\(\)`/g)
		].map((m) => m[1]!);
		expect(named).toEqual(expect.arrayContaining(['everyRemote', 'untimed', 'getReady']));
		for (const name of named) expect(common, name).toHaveProperty(name);
		for (const m of doc.matchAll(/\(procedures\/([\w-]+)\.md\)/g))
			expect(CATALOGUE.procedure(m[1]!), m[1]).not.toBeNull();
		for (const m of doc.matchAll(/`(fiat-[a-z-]+)`/g))
			expect(CATALOGUE.procedure(m[1]!) ?? CATALOGUE.shopPath(m[1]!), m[1]).not.toBeNull();
	});
});
