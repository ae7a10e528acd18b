/**
 * One Markdown sheet per procedure, generated from the catalogue so it cannot
 * drift from the data: what the owner will see (cars, mark, plan, every step
 * with its time windows, warnings, tips, shop paths) and the sources each
 * sentence rests on. `npm run procedure-sheets` writes them to docs/procedures/;
 * sheet.test.ts fails when a committed sheet differs from what the data writes.
 */
import type {
	Applicability,
	Confidence,
	Procedure,
	ProcedureVariant,
	ShopPath,
	SourceId,
	SourcedText,
	Step,
	TimeWindow,
	TroubleshootTip,
	TroubleshootWhen
} from '../types';
import type { Catalogue } from '../catalogue';
import { CONFIDENCE_WORDS } from '../confidence';
import { keyCountOptions, planSession } from '../planner';
import { shopPathsAfter, tipsFor } from '../troubleshooting';

/** Where the sheets live, from the repository root. */
export const SHEETS_DIR = 'docs/procedures';
export const SHEETS_INDEX = 'README.md';

const GENERATED =
	'Generated from the resync catalogue (`src/lib/resync/procedures/`) by `npm run procedure-sheets`; do not edit by hand.';

const PROGRAMS: Readonly<Record<Procedure['programs'], string>> = {
	'remote-resync': 'resynchronises a remote the car already knows',
	'remote-learn': 'teaches the car a set of remotes',
	'immobiliser-key': 'teaches the car a key that starts the engine',
	'proximity-key': 'teaches the car a push-button (keyless) fob'
};

const WHEN: Readonly<Record<TroubleshootWhen, string>> = {
	'before-start': 'Before starting',
	'key-failed': 'When a key did not take',
	'all-failed': 'When no key worked'
};

const SHOPS: Readonly<Record<ShopPath['shops'][number], string>> = {
	dealer: 'dealer',
	'auto-locksmith': 'auto locksmith',
	'independent-specialist': 'independent specialist'
};

/** The file name of a procedure's sheet. */
export const sheetFile = (p: Procedure): string => `${p.id}.md`;

/** Every source id a procedure (and its variants, models, steps, windows, texts) cites, in first-cited order. */
export function citedSources(p: Procedure): SourceId[] {
	const ids: SourceId[] = [];
	const add = (list: readonly SourceId[] | undefined) => {
		for (const id of list ?? []) if (!ids.includes(id)) ids.push(id);
	};
	const texts = (list: readonly SourcedText[] | undefined) => list?.forEach((t) => add(t.sources));
	const definition = (d: Procedure | ProcedureVariant) => {
		add(d.sources);
		texts(d.prerequisites);
		texts(d.warnings);
		texts([d.keySession?.maxKeys, d.keySession?.leftOut, d.keySession?.sameOrder].filter(isText));
		for (const s of [...d.setup, ...d.perKey, ...d.finish]) {
			add(s.sources);
			for (const w of s.opens ?? []) add(w.sources);
			if (s.kind === 'check' && s.lowVoltage) add(s.lowVoltage.sources);
		}
	};
	definition(p);
	for (const m of p.applies.models ?? []) add(m.sources);
	texts(p.applies.exclusions);
	for (const v of p.variants ?? []) definition(v);
	return ids;
}

const isText = (t: SourcedText | undefined): t is SourcedText => t !== undefined;

/** Turns source ids into the sheet's numbered references: "[1], [3]". */
type Refs = (ids: readonly SourceId[]) => string;

function refsFor(order: readonly SourceId[]): Refs {
	return (ids) =>
		ids
			.map((id) => {
				const n = order.indexOf(id);
				return n === -1 ? `[${id}]` : `[${n + 1}](#source-${n + 1})`;
			})
			.join(', ');
}

/** "(S: [1], [2])" after a sourced sentence. */
const marked = (mark: Confidence, ids: readonly SourceId[], refs: Refs) =>
	`(${mark}${ids.length ? `: ${refs(ids)}` : ''})`;

const sourced = (t: SourcedText, refs: Refs) =>
	`${t.text} ${marked(t.confidence, t.sources, refs)}`;

function years(r: { from?: number; to?: number } | undefined): string {
	if (!r || (r.from === undefined && r.to === undefined)) return 'all years';
	if (r.from === r.to) return `${r.from}`;
	if (r.from === undefined) return `up to ${r.to}`;
	if (r.to === undefined) return `from ${r.from}`;
	return `${r.from}–${r.to}`;
}

/** An answer condition in the questions' own words: "How many buttons …? 3 buttons". */
function answersOf(answers: Readonly<Record<string, readonly string[]>>, c: Catalogue): string[] {
	return Object.entries(answers).map(([qid, opts]) => {
		const q = c.question(qid);
		const words = opts.map((o) => q?.options.find((x) => x.id === o)?.label ?? o);
		return `${q?.prompt ?? qid} ${words.join(' or ')}`;
	});
}

function carsSection(a: Applicability, c: Catalogue, refs: Refs): string[] {
	const out = ['## Cars', '', `- Makes: ${a.makes.join(', ') || 'every make'}`];
	const models = a.models ?? [];
	// Without a range of its own, the years are the models' (or every year when no model is named).
	if (a.years || models.length === 0) out.push(`- Years: ${years(a.years)}`);
	if (models.length === 0) out.push('- Models: every model of these makes');
	else {
		out.push('- Models:');
		for (const m of models) {
			const extra = [
				m.make ? m.make : null,
				m.chassis?.length ? `chassis ${m.chassis.join(', ')}` : null,
				m.otherModels ? 'stands for every model not named here; never offered in the list' : null,
				...answersOf(m.answers ?? {}, c).map((s) => `only when: ${s}`),
				...answersOf(m.identifiedBy ?? {}, c).map((s) => `told apart by: ${s}`)
			].filter(Boolean);
			// An entry without its own mark may still cite where its years come from.
			const mark = m.confidence
				? ` — mark ${marked(m.confidence, m.sources ?? [], refs)}`
				: m.sources?.length
					? ` — years from ${refs(m.sources)}`
					: '';
			out.push(`  - ${m.name}, ${years(m)}${extra.length ? ` (${extra.join('; ')})` : ''}${mark}`);
		}
	}
	const answers = answersOf(a.answers ?? {}, c);
	if (answers.length) {
		out.push('- Needs these answers:');
		for (const s of answers) out.push(`  - ${s}`);
	}
	if (a.exclusions.length) {
		out.push('- Not for:');
		for (const e of a.exclusions) out.push(`  - ${sourced(e, refs)}`);
	}
	return out;
}

function markSection(p: Procedure, refs: Refs): string[] {
	const weaker = (p.applies.models ?? []).filter((m) => m.confidence);
	return [
		'## Mark',
		'',
		`**${p.confidence}** — ${CONFIDENCE_WORDS[p.confidence]}. It rests on ${refs(p.sources)}.`,
		...(p.confidenceNote ? ['', p.confidenceNote] : []),
		...(weaker.length
			? [
					'',
					`On ${weaker.map((m) => m.name).join(', ')} the guide claims only the weaker mark given there (the weaker of the two counts).`
				]
			: [])
	];
}

function planSection(p: Procedure | ProcedureVariant, refs: Refs): string[] {
	const plan = planSession(p as Procedure, Math.min(2, p.maxKeys ?? 2));
	const out = ['## Before starting', ''];
	out.push(
		plan.maxKeysFact
			? `- Keys: ${sourced(plan.maxKeysFact, refs)}`
			: `- Keys: the sources give no maximum; the guide offers 1 to ${keyCountOptions(p as Procedure).length} keys and says so.`
	);
	if (p.workingKeysNeeded > 0)
		out.push(`- Keys that already start the car, needed before beginning: ${p.workingKeysNeeded}`);
	if (plan.sameOrder) out.push(`- Same order every time: ${sourced(plan.sameOrder, refs)}`);
	if (plan.leftOut) out.push(`- A key left out: ${sourced(plan.leftOut, refs)}`);
	const n = plan.keys.length;
	out.push('', `Checklist (shown for ${n === 1 ? 'one key' : `${n} keys`}):`, '');
	for (const item of plan.checklist)
		out.push(`- ${item.fact && item.id !== 'keys-at-hand' ? sourced(item.fact, refs) : item.text}`);
	if (plan.warnings.length) {
		out.push('', '### Warnings', '');
		for (const w of plan.warnings) out.push(`- ${sourced(w, refs)}`);
	}
	return out;
}

function windowLine(w: TimeWindow, refs: Refs): string {
	const limit =
		w.maxSeconds === null
			? 'no figure in the source, so no countdown'
			: `at most ${w.maxSeconds} s${w.minSeconds !== undefined ? `, at least ${w.minSeconds} s` : ''}`;
	const starts = w.startsOn === 'enter' ? 'when this step appears' : 'when this step is done';
	return `opens the time window \`${w.id}\` ${marked(w.confidence, w.sources, refs)}: ${limit}; the screen counts it from: "${w.from}"; the count starts ${starts}. If missed, the screen says "${w.missed}" and the sequence starts again at \`${w.restartAt}\`.`;
}

const FOR_KEYS: Readonly<Record<NonNullable<Step['forKeys']>, string | null>> = {
	all: null,
	first: 'first key only',
	'after-first': 'every key but the first',
	'after-first-try': 'before each further key, and before a key is tried again'
};

function outcomeOf(
	o: Extract<Step, { kind: 'question' }>['answers'][number]['outcome'],
	c: Catalogue
): string {
	switch (o.to) {
		case 'next':
			return 'carry on';
		case 'step':
			return `go to \`${o.step}\``;
		case 'key-confirmed':
			return 'this key works';
		case 'key-failed':
			return 'this key did not take (retry, another reading, skip, help or stop)';
		case 'restart':
			return 'start the sequence again';
		case 'finish':
			return 'end the session';
		case 'shop':
			return `the session ends on the shop path "${c.shopPath(o.shopPath)?.title ?? o.shopPath}"`;
	}
}

function holdWords(h: NonNullable<Step['holdSeconds']>): string {
	if (h.min !== undefined && h.max !== undefined) return `${h.min} to ${h.max} s`;
	return h.min !== undefined ? `at least ${h.min} s` : `up to ${h.max} s`;
}

function stepLines(s: Step, n: number, mark: Confidence, c: Catalogue, refs: Refs): string[] {
	const out = [`${n}. **${s.title}** \`${s.id}\``];
	const add = (line: string) => out.push(`   - ${line}`);
	if (s.detail) add(s.detail);
	const who = s.forKeys ? FOR_KEYS[s.forKeys] : null;
	if (who) add(`Runs for: ${who}`);
	if (s.kind === 'check') {
		// The run screen words the reading and the hand confirmation; the sheet says only what is checked.
		const what =
			s.check === 'battery'
				? 'the battery'
				: `that the ignition is ${s.check === 'ignition-on' ? 'on' : 'off'}`;
		add(
			`A live check of ${what} through the adapter; without a reading the owner confirms by hand.`
		);
		if (s.lowVoltage) add(`When the battery is low: ${sourced(s.lowVoltage, refs)}`);
	}
	if (s.kind === 'repeat')
		add(
			`${s.times === 'key-number' ? "As many times as the key's number" : `${s.times} times`} (one ${s.unit} each)`
		);
	if (s.kind === 'wait') add(`The guide waits ${s.seconds} s and moves on by itself.`);
	if (s.holdSeconds) add(`Hold: ${holdWords(s.holdSeconds)} (the screen counts up; never a miss)`);
	if (s.carConfirms) add(`What the car does: ${s.carConfirms}`);
	if (s.observe) add(`The adapter can confirm it: the ignition turns ${s.observe.expect}.`);
	if (s.kind === 'question')
		for (const a of s.answers) add(`Answer "${a.label}": ${outcomeOf(a.outcome, c)}`);
	if (s.doneLabel) add(`The button says "${s.doneLabel}".`);
	if (s.say && s.say !== s.title) add(`Spoken: "${s.say}"`);
	for (const w of s.opens ?? []) add(`It ${windowLine(w, refs)}`);
	if (s.within?.length) add(`Must be done within: ${s.within.map((w) => `\`${w}\``).join(', ')}`);
	if (s.closes?.length) add(`Stops the count of: ${s.closes.map((w) => `\`${w}\``).join(', ')}`);
	if (s.confidence && s.confidence !== mark) add(`Mark of this step: ${s.confidence}`);
	if (s.sources?.length) add(`Sources: ${refs(s.sources)}`);
	return out;
}

function stepsSection(d: Procedure | ProcedureVariant, c: Catalogue, refs: Refs): string[] {
	const out = ['## Steps'];
	let n = 0;
	const phases: [string, readonly Step[]][] = [
		['Once, before the first key', d.setup],
		['For each key', d.perKey],
		['To finish', d.finish]
	];
	for (const [title, steps] of phases) {
		if (steps.length === 0) continue;
		out.push('', `### ${title}`, '');
		for (const s of steps) out.push(...stepLines(s, ++n, d.confidence, c, refs));
	}
	return out;
}

function tipLine(t: TroubleshootTip, c: Catalogue, refs: Refs): string {
	const only = answersOf(t.ifAnswers ?? {}, c);
	return `- **${t.title}**${only.length ? ` (only when: ${only.join('; ')})` : ''}${t.stopHere ? ' — ends the home attempt' : ''}: ${sourced(t, refs)}`;
}

function tipsSection(p: Procedure, c: Catalogue, refs: Refs): string[] {
	const out = ['## Troubleshooting'];
	for (const when of Object.keys(WHEN) as TroubleshootWhen[]) {
		const tips = tipsFor({ when, procedureId: p.id }, c);
		if (tips.length === 0) continue;
		out.push('', `### ${WHEN[when]}`, '', ...tips.map((t) => tipLine(t, c, refs)));
	}
	return out.length === 1 ? [...out, '', 'No tips in the catalogue for this procedure.'] : out;
}

/** A shop path's text, shared by the sheets and the index. */
export function shopPathLines(s: ShopPath, refs: Refs): string[] {
	return [
		`**${s.title}** — mark ${marked(s.confidence, s.sources, refs)}`,
		'',
		`- Why: ${sourced(s.why, refs)}`,
		`- Who: ${s.shops.map((x) => SHOPS[x]).join(', then ')}`,
		`- Ask for: ${s.askFor}`,
		`- Bring: ${s.bring.join('; ')}`,
		...s.involves.map((t) => `- ${sourced(t, refs)}`)
	];
}

function shopSection(p: Procedure, c: Catalogue, refs: Refs): string[] {
	const out = ['## If it does not work', ''];
	shopPathsAfter(p.id, c).forEach((s, i) => {
		if (i > 0) out.push('');
		out.push(...shopPathLines(s, refs));
	});
	return out;
}

const sameLines = (a: readonly string[], b: readonly string[]) => a.join('\n') === b.join('\n');

function variantsSection(p: Procedure, c: Catalogue, refs: Refs): string[] {
	const out: string[] = [];
	for (const v of p.variants ?? []) {
		out.push(
			'',
			`## Another reading: ${v.title}`,
			'',
			`Offered after the main procedure failed. ${v.differs}${v.keyOrder === 'reverse' ? ' The keys go in reverse order.' : ''}`,
			'',
			`Mark: **${v.confidence}** — ${CONFIDENCE_WORDS[v.confidence]}. It rests on ${refs(v.sources)}.`,
			...(v.confidenceNote ? ['', v.confidenceNote] : []),
			'',
			...(sameLines(planSection(v, refs), planSection(p, refs))
				? ['### Before starting', '', 'As for the main procedure.']
				: planSection(v, refs).map((l) => (l.startsWith('#') ? `#${l}` : l))),
			'',
			...stepsSection(v, c, refs).map((l) => (l.startsWith('#') ? `#${l}` : l))
		);
	}
	return out;
}

function sourcesSection(order: readonly SourceId[], c: Catalogue): string[] {
	return [
		'## Sources',
		'',
		...order.map((id, i) => {
			const s = c.source(id);
			if (!s) return `${i + 1}. <a id="source-${i + 1}"></a>\`${id}\` (not in the catalogue)`;
			return `${i + 1}. <a id="source-${i + 1}"></a>${s.title} — ${s.kind}${s.url ? `, <${s.url}>` : ''} \`${id}\``;
		})
	];
}

/** The whole sheet of one procedure, ending with a newline. */
export function procedureSheet(p: Procedure, c: Catalogue): string {
	const order = citedSources(p);
	for (const s of shopPathsAfter(p.id, c))
		for (const id of [...s.sources, ...s.why.sources, ...s.involves.flatMap((t) => t.sources)])
			if (!order.includes(id)) order.push(id);
	for (const t of (Object.keys(WHEN) as TroubleshootWhen[]).flatMap((when) =>
		tipsFor({ when, procedureId: p.id }, c)
	))
		for (const id of t.sources) if (!order.includes(id)) order.push(id);
	const refs = refsFor(order);
	const lines = [
		`# ${p.title}`,
		'',
		'<!-- prettier-ignore-start -->',
		'',
		GENERATED,
		'',
		`${p.summary}`,
		'',
		`Reference ${p.ref} · \`${p.id}\` · ${PROGRAMS[p.programs]} · difficulty: ${p.difficulty}`,
		'',
		...carsSection(p.applies, c, refs),
		'',
		...markSection(p, refs),
		'',
		...planSection(p, refs),
		'',
		...stepsSection(p, c, refs),
		...variantsSection(p, c, refs),
		'',
		...tipsSection(p, c, refs),
		'',
		...shopSection(p, c, refs),
		'',
		...sourcesSection(order, c),
		'',
		'<!-- prettier-ignore-end -->'
	];
	return `${lines.join('\n')}\n`;
}

/** The index of every sheet, and every shop path with its sources. */
export function sheetsIndex(c: Catalogue): string {
	const cell = (s: string) => s.replace(/\|/g, '\\|');
	const order: SourceId[] = [];
	for (const s of c.shopPaths)
		for (const id of [...s.sources, ...s.why.sources, ...s.involves.flatMap((t) => t.sources)])
			if (!order.includes(id)) order.push(id);
	const refs = refsFor(order);
	const lines = [
		'# Procedure sheets',
		'',
		'<!-- prettier-ignore-start -->',
		'',
		GENERATED,
		"One sheet per guided procedure: what the owner sees, step by step, with the mark and sources of each sentence. Marks: M the maker's own documents, C several independent sources agree, S a single source, U sources disagree or are unclear.",
		'',
		'| Makes | Procedure | Mark |',
		'| --- | --- | --- |',
		...c.procedures.map(
			(p) =>
				`| ${cell(p.applies.makes.join(', '))} | [${cell(p.title)}](${sheetFile(p)}) | ${p.confidence} |`
		),
		'',
		'## Shop paths',
		''
	];
	for (const s of c.shopPaths) {
		const when = s.fallback
			? 'Any car nothing else covers.'
			: s.onlyAfterFailure
				? `After a home procedure did not work (${s.applies.makes.join(', ')}).`
				: `For ${s.applies.makes.join(', ')}${s.applies.models?.length ? `: ${s.applies.models.map((m) => `${m.name} ${years(m)}`).join(', ')}` : ''}${answersOf(s.applies.answers ?? {}, c).length ? `, when: ${answersOf(s.applies.answers ?? {}, c).join('; ')}` : ''}.`;
		lines.push(
			`### ${s.title}`,
			'',
			`${when} Mark ${marked(s.confidence, s.sources, refs)}.`,
			'',
			...shopPathLines(s, refs).slice(2),
			''
		);
	}
	lines.push(...sourcesSection(order, c), '', '<!-- prettier-ignore-end -->');
	return `${lines.join('\n')}\n`;
}

/** Every file the sheets directory should hold, by name. */
export function allSheets(c: Catalogue): Map<string, string> {
	const files = new Map<string, string>([[SHEETS_INDEX, sheetsIndex(c)]]);
	for (const p of c.procedures) files.set(sheetFile(p), procedureSheet(p, c));
	return files;
}
