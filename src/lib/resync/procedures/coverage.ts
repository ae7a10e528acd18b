/**
 * The README's coverage table, generated from the whole catalogue so that it
 * cannot drift from the data: which makes have a guided procedure (with its
 * research reference and confidence mark), what stays a shop job, and which
 * makes of the WMI table nobody has researched.
 */
import type { Applicability, Confidence, Procedure, Programs, ShopPath } from '../types';
import { compareConfidence } from '../confidence';
import type { Catalogue } from '../catalogue';
import { sameMake, wmiMakes } from '../makes';

export const COVERAGE_START = '<!-- coverage:start -->';
export const COVERAGE_END = '<!-- coverage:end -->';

const PROGRAMS: Readonly<Record<Programs, string>> = {
	'remote-resync': 'remote resync',
	'remote-learn': 'remote programming',
	'immobiliser-key': 'immobiliser key',
	'proximity-key': 'push-button fob'
};

const MARKS = ['M', 'C', 'S', 'U'] as const;

const cell = (s: string) => s.replace(/\|/g, '\\|');

function yearsOf(r: { from?: number; to?: number }): string {
	if (r.from === undefined && r.to === undefined) return '';
	if (r.from === r.to) return ` ${r.from}`;
	return ` ${r.from ?? ''}–${r.to ?? ''}`;
}

/** Models and years, each entry weaker than its procedure followed by its own mark: "TT (S)". */
function carsOf(a: Applicability): string {
	const models = (a.models ?? []).map(
		(m) => `${m.name}${yearsOf(m)}${m.confidence ? ` (${m.confidence})` : ''}`
	);
	if (models.length > 0) return models.join(', ');
	return a.years ? `all models${yearsOf(a.years)}` : 'all models';
}

/**
 * The mark column: the procedure's mark (it governs the steps), and the marks
 * of model entries weaker than it, which is what the guide claims on those cars.
 */
function markOf(mark: Confidence, a: Applicability): string {
	const models = a.models ?? [];
	const own = [...new Set(models.flatMap((m) => (m.confidence ? [m.confidence] : [])))].sort(
		compareConfidence
	);
	if (own.length === 0) return mark;
	const every = models.every((m) => m.confidence !== undefined);
	return `${mark} (${every ? 'every model' : 'some models'} ${own.join(', ')})`;
}

/** The owner's answers a row needs, in the questions' own short words. */
function conditionOf(a: Applicability, c: Catalogue): string {
	return Object.entries(a.answers ?? {})
		.map(([qid, opts]) => {
			const q = c.question(qid);
			const words = opts.map((o) => {
				const opt = q?.options.find((x) => x.id === o);
				return opt?.short ?? opt?.label ?? o;
			});
			return words.join(' or ');
		})
		.join('; ');
}

function procedureRow(p: Procedure, c: Catalogue): string {
	const variants = p.variants?.length
		? ` (+${p.variants.length} alternative${p.variants.length > 1 ? 's' : ''})`
		: '';
	const when = conditionOf(p.applies, c);
	return `| ${cell(p.applies.makes.join(', '))} | ${p.ref} | ${cell(p.title)}${variants} | ${cell(carsOf(p.applies))} | ${cell(when || '–')} | ${PROGRAMS[p.programs]} | ${markOf(p.confidence, p.applies)} |`;
}

function shopRow(s: ShopPath, c: Catalogue): string {
	const cars = s.applies.models?.length ? carsOf(s.applies) : '';
	const when = s.fallback
		? 'any car nothing above covers'
		: s.onlyAfterFailure
			? 'after a home procedure did not work'
			: [cars, conditionOf(s.applies, c)].filter(Boolean).join('; ') || 'any car of these makes';
	const makes = s.fallback ? 'every make' : s.applies.makes.join(', ');
	return `| ${cell(makes)} | ${cell(s.title)} | ${cell(when)} | ${markOf(s.confidence, s.applies)} |`;
}

/** Makes of the WMI table that no procedure or make shop path names: they end on the fallback. */
export function unresearchedMakes(c: Catalogue): string[] {
	const named = [
		...c.procedures.flatMap((p) => p.applies.makes),
		...c.shopPaths.filter((s) => !s.fallback && !s.onlyAfterFailure).flatMap((s) => s.applies.makes)
	];
	return wmiMakes().filter((m) => !named.some((n) => sameMake(n, m)));
}

/** The markdown between the README markers (without the markers). */
export function coverageMarkdown(c: Catalogue): string {
	const procedures = c.procedures;
	const count = (k: string) => procedures.filter((p) => p.confidence === k).length;
	const alternatives = procedures.reduce((n, p) => n + (p.variants?.length ?? 0), 0);
	const makes = new Set(procedures.flatMap((p) => p.applies.makes));
	return [
		'<!-- prettier-ignore-start -->',
		'',
		'Generated from the resync catalogue (`src/lib/resync/procedures/`) by `npm run coverage-table`; do not edit by hand.',
		"Marks: M manufacturer text, C several community sources agree, S single source, U sources disagree. A model followed by a mark rests on weaker sources than its procedure's steps: the guide claims only that mark on those cars.",
		'What each procedure rests on: [docs/procedures.md](docs/procedures.md) and [docs/resync.md](docs/resync.md).',
		'',
		`**${procedures.length} guided procedures** for ${makes.size} makes (${MARKS.map((k) => `${k} ${count(k)}`).join(', ')}), ${alternatives} alternatives, ${c.shopPaths.length} shop paths.`,
		'',
		'| Makes | Ref | Procedure | Models and years | When | Programs | Mark |',
		'| --- | --- | --- | --- | --- | --- | --- |',
		...procedures.map((p) => procedureRow(p, c)),
		'',
		'What stays a shop job:',
		'',
		'| Makes | Shop path | When | Mark |',
		'| --- | --- | --- | --- |',
		...c.shopPaths.map((s) => shopRow(s, c)),
		'',
		`Makes of the VIN table nobody has researched yet (they end on the general shop path): ${unresearchedMakes(c).join(', ')}.`,
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
