import type { Confidence, Procedure, ProcedureVariant } from './types';
import type { Catalogue } from './catalogue';
import { compareConfidence, markFromReadingList, markFromSources } from './confidence';
import type { Report } from './catalogue-rules';

/**
 * Marks are computed, not trusted: every typed mark is compared with the mark
 * its cited sources can carry (confidence.ts) and reported where it is
 * stronger. A sentence, window, step or model entry rests on every source it
 * cites; a procedure or shop path lists its reading, so the best-supported
 * document sets its ceiling.
 */

function kindsOf(c: Catalogue, ids: readonly string[]) {
	return ids.flatMap((id) => c.source(id)?.kind ?? []);
}

function tooStrong(
	report: Report,
	where: string,
	typed: Confidence,
	ceiling: Confidence,
	ids: readonly string[]
) {
	if (compareConfidence(typed, ceiling) < 0)
		report(
			'mark.too-strong',
			where,
			`is marked ${typed} but its sources (${ids.join(', ')}) carry at most ${ceiling}`
		);
}

/** A sentence, step, window or model entry: its mark rests on every source it cites. */
type Cited = { readonly confidence?: Confidence; readonly sources?: readonly string[] };

function claim(c: Catalogue, report: Report, where: string, t: Cited) {
	if (t.confidence && t.sources?.length)
		tooStrong(report, where, t.confidence, markFromSources(kindsOf(c, t.sources)), t.sources);
}

function definition(c: Catalogue, report: Report, name: string, def: Procedure | ProcedureVariant) {
	tooStrong(
		report,
		name,
		def.confidence,
		markFromReadingList(kindsOf(c, def.sources)),
		def.sources
	);
	def.warnings.forEach((t, i) => claim(c, report, `${name}, warning ${i + 1}`, t));
	def.prerequisites.forEach((t, i) => claim(c, report, `${name}, prerequisite ${i + 1}`, t));
	for (const [k, t] of Object.entries(def.keySession ?? {}))
		if (t) claim(c, report, `${name}, keySession.${k}`, t);
	for (const s of [...def.setup, ...def.perKey, ...def.finish]) {
		const at = `${name}, step "${s.id}"`;
		claim(c, report, at, s);
		if (s.kind === 'check' && s.lowVoltage) claim(c, report, `${at}, low voltage`, s.lowVoltage);
		for (const w of s.opens ?? []) claim(c, report, `${at}, window "${w.id}"`, w);
	}
}

/** Every typed mark stronger than its sources allow, one line each. */
export function checkMarks(c: Catalogue, report: Report): void {
	for (const p of c.procedures) {
		const name = `procedure "${p.id}"`;
		definition(c, report, name, p);
		for (const v of p.variants ?? []) definition(c, report, `variant "${v.id}"`, v);
		p.applies.exclusions.forEach((t, i) => claim(c, report, `${name}, exclusion ${i + 1}`, t));
		for (const m of p.applies.models ?? []) claim(c, report, `${name}, model "${m.name}"`, m);
	}
	for (const s of c.shopPaths) {
		const where = `shop path "${s.id}"`;
		tooStrong(report, where, s.confidence, markFromReadingList(kindsOf(c, s.sources)), s.sources);
		claim(c, report, `${where}, why`, s.why);
		s.involves.forEach((t, i) => claim(c, report, `${where}, involves ${i + 1}`, t));
		s.applies.exclusions.forEach((t, i) => claim(c, report, `${where}, exclusion ${i + 1}`, t));
	}
	for (const t of c.tips) claim(c, report, `tip "${t.id}"`, t);
	for (const m of c.modules)
		for (const f of m.newKeyChip ?? [])
			claim(c, report, `new-key chip fact for ${f.makes.join(', ')}`, f);
}
