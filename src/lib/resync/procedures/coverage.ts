/**
 * The README's coverage table, generated from the make modules so that it
 * cannot drift from the data: which makes have a guided procedure (with its
 * research reference and confidence mark) and what stays a shop job.
 */
import type { Applicability, CatalogueModule, Procedure, Programs, ShopPath } from '../types';

export const COVERAGE_START = '<!-- coverage:start -->';
export const COVERAGE_END = '<!-- coverage:end -->';

const PROGRAMS: Readonly<Record<Programs, string>> = {
	'remote-resync': 'remote resync',
	'remote-learn': 'remote programming',
	'immobiliser-key': 'immobiliser key',
	'proximity-key': 'push-button fob'
};

const cell = (s: string) => s.replace(/\|/g, '\\|');

function carsOf(a: Applicability): string {
	const models = (a.models ?? []).map((m) =>
		m.from === undefined
			? m.name
			: m.from === m.to
				? `${m.name} ${m.from}`
				: `${m.name} ${m.from}–${m.to}`
	);
	const years = a.years ? `${a.years.from ?? ''}–${a.years.to ?? ''}` : '';
	return models.length > 0 ? models.join(', ') : years ? `all models ${years}` : 'all models';
}

function conditionOf(a: Applicability): string {
	const parts: string[] = [];
	for (const [q, opts] of Object.entries(a.answers ?? {})) parts.push(`${q} = ${opts.join('/')}`);
	return parts.join('; ');
}

function procedureRow(p: Procedure): string {
	const variants = p.variants?.length
		? ` (+${p.variants.length} alternative${p.variants.length > 1 ? 's' : ''})`
		: '';
	return `| ${cell(p.applies.makes.join(', '))} | ${p.ref} | ${cell(p.title)}${variants} | ${cell(carsOf(p.applies))} | ${PROGRAMS[p.programs]} | ${p.confidence} |`;
}

function shopRow(s: ShopPath): string {
	const when = conditionOf(s.applies);
	return `| ${cell(s.applies.makes.join(', '))} | ${cell(s.title)} | ${cell(when || 'any car not covered above')} | ${s.confidence} |`;
}

/** The markdown between the README markers (without the markers). */
export function coverageMarkdown(modules: readonly CatalogueModule[]): string {
	const procedures = modules.flatMap((m) => m.procedures);
	const shops = modules.flatMap((m) => m.shopPaths);
	const marks = ['M', 'C', 'S', 'U'].map(
		(k) => `${k} ${procedures.filter((p) => p.confidence === k).length}`
	);
	return [
		'<!-- prettier-ignore-start -->',
		'',
		'Generated from `src/lib/resync/procedures/` by `npm run coverage-table`; do not edit by hand.',
		'Marks: M manufacturer text, C several community sources agree, S single source, U sources disagree.',
		'The MINI/BMW data (reference P32) lives in the resync core and is not listed here.',
		'',
		`**${procedures.length} guided procedures** (${marks.join(', ')}), ${procedures.reduce((n, p) => n + (p.variants?.length ?? 0), 0)} alternatives, ${shops.length} shop paths.`,
		'',
		'| Makes | Ref | Procedure | Models and years | Programs | Mark |',
		'| --- | --- | --- | --- | --- | --- |',
		...procedures.map(procedureRow),
		'',
		'What stays a shop job:',
		'',
		'| Makes | Shop path | When | Mark |',
		'| --- | --- | --- | --- |',
		...shops.map(shopRow),
		'',
		'<!-- prettier-ignore-end -->'
	].join('\n');
}

/** README text with the section between the markers replaced (markers appended when missing). */
export function withCoverage(readme: string, markdown: string): string {
	const start = readme.indexOf(COVERAGE_START);
	const end = readme.indexOf(COVERAGE_END);
	const block = `${COVERAGE_START}\n${markdown}\n${COVERAGE_END}`;
	if (start === -1 || end === -1 || end < start)
		return `${readme.trimEnd()}\n\n## Coverage: makes and procedures\n\n${block}\n`;
	return readme.slice(0, start) + block + readme.slice(end + COVERAGE_END.length);
}
