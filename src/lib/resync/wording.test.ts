import { describe, expect, it } from 'vitest';
import type { Procedure, ProcedureVariant, SourcedText, Step } from './types';
import { CATALOGUE } from './test/full-catalogue';
import { keyCountOptions, planSession } from './planner';
import { weakerModelNote } from './model-words';
import { yearNote } from './finder';

/**
 * Every owner-facing text of the catalogue, rendered as the screens render
 * it, held to plain-language rules: no template grammar slips, numbers that
 * agree, no warning said twice within a procedure, no internal phrases.
 */

interface Text {
	readonly where: string;
	readonly text: string;
}

function stepTexts(where: string, s: Step): Text[] {
	const out: Text[] = [];
	const add = (k: string, t: string | undefined) =>
		t && out.push({ where: `${where} ${k}`, text: t });
	add('title', s.title);
	add('detail', s.detail);
	add('say', s.say);
	add('carConfirms', s.carConfirms);
	add('doneLabel', s.doneLabel);
	for (const w of s.opens ?? []) {
		add(`window ${w.id} from`, w.from);
		add(`window ${w.id} missed`, w.missed);
	}
	if (s.kind === 'question') s.answers.forEach((a, i) => add(`answer ${i + 1}`, a.label));
	if (s.kind === 'repeat') add('unit', s.unit);
	if (s.kind === 'check') add('low voltage', s.lowVoltage?.text);
	return out;
}

function definitionTexts(where: string, d: Procedure | ProcedureVariant): Text[] {
	const facts: [string, SourcedText | undefined][] = [
		...d.warnings.map((w, i) => [`warning ${i + 1}`, w] as [string, SourcedText]),
		...d.prerequisites.map((w, i) => [`prerequisite ${i + 1}`, w] as [string, SourcedText]),
		...Object.entries(d.keySession ?? {}).map(
			([k, t]) => [`keySession.${k}`, t] as [string, SourcedText | undefined]
		)
	];
	const out: Text[] = [
		{ where: `${where} title`, text: d.title },
		{ where: `${where} summary`, text: d.summary },
		...(d.confidenceNote ? [{ where: `${where} confidenceNote`, text: d.confidenceNote }] : []),
		...('differs' in d ? [{ where: `${where} differs`, text: d.differs }] : []),
		...facts.flatMap(([k, t]) => (t ? [{ where: `${where} ${k}`, text: t.text }] : [])),
		...[...d.setup, ...d.perKey, ...d.finish].flatMap((s) => stepTexts(`${where} step ${s.id}`, s))
	];
	// The plan sentences, for every key count the owner can choose.
	for (const n of keyCountOptions(d as Procedure)) {
		for (const c of planSession(d as Procedure, n).checklist)
			out.push({ where: `${where} plan(${n}) ${c.id}`, text: c.text });
	}
	return out;
}

function catalogueTexts(): Text[] {
	const out: Text[] = [];
	for (const p of CATALOGUE.procedures) {
		out.push(...definitionTexts(`procedure ${p.id}`, p));
		for (const v of p.variants ?? []) out.push(...definitionTexts(`variant ${v.id}`, v));
		p.applies.exclusions.forEach((e, i) =>
			out.push({ where: `procedure ${p.id} exclusion ${i + 1}`, text: e.text })
		);
		for (const m of p.applies.models ?? []) {
			if (m.confidence)
				out.push({ where: `${p.id} model ${m.name}`, text: weakerModelNote(p.confidence, m.name) });
			if (m.from !== undefined || m.to !== undefined)
				out.push({ where: `${p.id} model ${m.name} years`, text: yearNote(m) });
		}
	}
	for (const s of CATALOGUE.shopPaths) {
		const w = `shop path ${s.id}`;
		out.push({ where: `${w} title`, text: s.title }, { where: `${w} why`, text: s.why.text });
		out.push({ where: `${w} askFor`, text: s.askFor });
		s.bring.forEach((b, i) => out.push({ where: `${w} bring ${i + 1}`, text: b }));
		s.involves.forEach((t, i) => out.push({ where: `${w} involves ${i + 1}`, text: t.text }));
	}
	for (const t of CATALOGUE.tips) out.push({ where: `tip ${t.id}`, text: `${t.title}. ${t.text}` });
	for (const q of CATALOGUE.questions) {
		out.push({ where: `question ${q.id}`, text: `${q.prompt} ${q.help ?? ''}` });
		for (const o of q.options) out.push({ where: `question ${q.id} option`, text: o.label });
	}
	for (const m of CATALOGUE.modules)
		for (const f of m.newKeyChip ?? []) out.push({ where: `chip ${f.makes[0]}`, text: f.text });
	return out;
}

const RULES: readonly (readonly [string, RegExp])[] = [
	// Template grammar: an article in front of a name that brings its own ("the Another Volkswagen").
	['article before a name that has one', /\b(?:the|a|an) (?:Another|Every|Any|An?|The)\b/],
	['doubled article', /\b(?:the|a|an) (?:the|a|an)\b/i],
	['doubled word', /\b(\w{3,}) \1\b/i],
	// Number agreement.
	['"all" with one or two', /\b[Aa]ll (?:1|2|one|two) /],
	[
		'plural after 1',
		/(?<![\d.,–-])\b1 (?:keys|remotes|seconds|minutes|turns|presses|times|fobs)\b/
	],
	[
		'singular after a plural number',
		/(?<![\d.,–-])\b(?:[02-9]|\d{2,}) (?:key|remote|second|minute|turn|press|fob)\b(?![-\w])/
	],
	// Internal phrases: how we worked, not what the owner needs.
	[
		'internal phrase',
		/\b(?:copy we read|sources we read|we could not|could not find again|the app (?:does not|only) guides?|this app does not|model not confirmed|research notes|FobSync’s research)\b/i
	],
	['research reference', /\bP\d{2}\b/]
];

describe('owner-facing wording over the whole catalogue', () => {
	const all = catalogueTexts();

	it('renders a few thousand texts (the test reads the real data)', () => {
		expect(all.length).toBeGreaterThan(1000);
	});

	for (const [name, re] of RULES) {
		it(`no ${name}`, () => {
			const bad = all.filter((t) => re.test(t.text)).map((t) => `${t.where}: ${t.text}`);
			expect(bad).toEqual([]);
		});
	}

	it('no warning or prerequisite said twice within a procedure or variant', () => {
		const bad: string[] = [];
		for (const p of CATALOGUE.procedures) {
			for (const d of [p, ...(p.variants ?? [])]) {
				const seen = new Set<string>();
				for (const t of [...d.warnings, ...d.prerequisites]) {
					const key = t.text.trim().toLowerCase();
					if (seen.has(key)) bad.push(`${d.id}: ${t.text}`);
					seen.add(key);
				}
			}
		}
		expect(bad).toEqual([]);
	});

	it('a countdown started by a tap never says it counts from the car’s answer', () => {
		// The tap comes before the owner says whether the car answered: the caption names the tap.
		const bad: string[] = [];
		for (const p of CATALOGUE.procedures)
			for (const d of [p, ...(p.variants ?? [])])
				for (const s of [...d.setup, ...d.perKey, ...d.finish])
					for (const w of s.opens ?? [])
						if (w.startsOn === 'done' && /\bcar (?:confirmed|answered|responded)\b/i.test(w.from))
							bad.push(`${d.id} ${s.id} ${w.id}: ${w.from}`);
		expect(bad).toEqual([]);
	});

	it('a shop path never sends an owner without an adapter to the vehicle page’s report alone', () => {
		// That report needs an adapter reading; the guide’s report (/guide/report) needs none.
		const bad = CATALOGUE.shopPaths.flatMap((s) =>
			s.bring
				.filter((b) => /vehicle page/i.test(b) && !/\bguide\b/i.test(b))
				.map((b) => `${s.id}: ${b}`)
		);
		expect(bad).toEqual([]);
	});

	it('catches the slips it is for', () => {
		const hit = (s: string) => RULES.some(([, re]) => re.test(s));
		expect(hit('that they apply to the Another Volkswagen')).toBe(true);
		expect(hit('All 2 keys are with you')).toBe(true);
		expect(hit('Try 1 keys')).toBe(true);
		expect(hit('missing from the copy we read')).toBe(true);
		expect(hit('so the app does not guide it')).toBe(true);
		expect(hit('Both keys are with you, within 10 seconds, a 2-button key')).toBe(false);
	});
});
