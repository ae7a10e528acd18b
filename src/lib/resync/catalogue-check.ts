import type {
	Applicability,
	Confidence,
	ModelRange,
	Procedure,
	ProcedureVariant,
	ShopPath,
	SourcedText,
	Step,
	TimeWindow
} from './types';
import type { Catalogue } from './catalogue';
import { MODEL_QUESTION_ID, UNSURE } from './match';
import { runsForKey } from './engine-definition';
import { compareConfidence } from './confidence';
import {
	goWording,
	readingCountsAgainst,
	untimedStepWording,
	untimedWording
} from './catalogue-check-windows';
import { checkMarks } from './catalogue-check-marks';
import { checkBring, checkRun, checkWayOut } from './catalogue-check-routes';
import { checkWordsAndDocuments } from './catalogue-check-words';
import { problemLine, type CatalogueProblem, type Report } from './catalogue-rules';

/**
 * The rules catalogue data must keep, checked over every module (so a make
 * file added later is held to the same rules). Every problem names its rule
 * (catalogue-rules.ts lists them with a line each); an empty list means the
 * catalogue is sound. catalogue.test.ts runs it.
 */

const MARKS = ['M', 'C', 'S', 'U'];

function checkSources(
	c: Catalogue,
	where: string,
	ids: readonly string[] | undefined,
	report: Report
) {
	if (!ids || ids.length === 0) return report('source.none', where, 'cites no source');
	for (const id of ids)
		if (!c.source(id)) report('source.unknown', where, `cites unknown source "${id}"`);
}

function checkText(c: Catalogue, where: string, t: SourcedText, report: Report) {
	if (!t.text.trim()) report('text.empty', where, 'has an empty text');
	if (!MARKS.includes(t.confidence)) report('mark.invalid', where, `has no valid confidence mark`);
	checkSources(c, where, t.sources, report);
}

function checkAnswers(
	c: Catalogue,
	where: string,
	req: Readonly<Record<string, readonly string[]>> | undefined,
	report: Report,
	allowUnsure = false
) {
	for (const [q, options] of Object.entries(req ?? {})) {
		const question = c.question(q);
		if (!question) {
			report('answer.unknown-question', where, `needs an answer to unknown question "${q}"`);
			continue;
		}
		for (const o of options) {
			if ((o === UNSURE && !allowUnsure) || !question.options.some((x) => x.id === o)) {
				report(
					'answer.unknown-option',
					where,
					`needs answer "${o}" that question "${q}" does not offer`
				);
			}
		}
	}
}

function checkApplicability(
	c: Catalogue,
	where: string,
	a: Applicability,
	fallback: boolean,
	report: Report,
	mark: Confidence
) {
	if (!fallback && a.makes.length === 0) report('applies.no-make', where, 'applies to no make');
	if (fallback && a.makes.length > 0)
		report('applies.fallback-names-makes', where, 'is the fallback but names makes');
	checkAnswers(c, where, a.answers, report);
	for (const m of a.models ?? []) {
		const at = `${where}, model "${m.name}"`;
		checkAnswers(c, at, m.answers, report);
		checkAnswers(c, at, m.identifiedBy, report);
		if (m.from !== undefined && m.to !== undefined && m.from > m.to)
			report('model.years-backwards', where, `model "${m.name}" has years backwards`);
		checkModelMark(c, at, m, mark, report);
	}
	a.exclusions.forEach((e, i) => checkText(c, `${where}, exclusion ${i + 1}`, e, report));
}

/** A model entry's own mark: sourced, valid, and only ever weaker than its procedure's. */
function checkModelMark(c: Catalogue, at: string, m: ModelRange, mark: Confidence, report: Report) {
	if (m.confidence !== undefined) {
		if (!MARKS.includes(m.confidence)) report('mark.invalid', at, 'has no valid confidence mark');
		else if (compareConfidence(m.confidence, mark) <= 0)
			report(
				'model.mark-not-weaker',
				at,
				`is marked ${m.confidence}, not weaker than its ${mark}: leave the mark out`
			);
		if (!m.sources?.length)
			report('mark.without-source', at, 'carries its own mark without its own source');
	}
	if (m.sources) checkSources(c, at, m.sources, report);
	if (m.otherModels && (m.chassis?.length || m.identifiedBy))
		report(
			'model.other-models-named',
			at,
			'stands for every other model but also names chassis or identifying answers'
		);
}

function checkWindow(
	c: Catalogue,
	where: string,
	w: TimeWindow,
	stepIds: Set<string>,
	report: Report
) {
	if (w.maxSeconds !== null && !(w.maxSeconds > 0))
		report('window.not-positive', where, 'has a non-positive maxSeconds');
	if (w.minSeconds !== undefined && !(w.minSeconds > 0))
		report('window.not-positive', where, 'has a non-positive minSeconds');
	if (w.minSeconds !== undefined && w.maxSeconds !== null && w.minSeconds > w.maxSeconds)
		report('window.min-above-max', where, 'has min above max');
	if (!stepIds.has(w.restartAt))
		report('window.restart-unknown', where, `restarts at unknown step "${w.restartAt}"`);
	if (w.missed.trim().length <= 10 || w.from.trim().length <= 5)
		report('window.no-wording', where, 'lacks its "from" or "missed" wording');
	if (!MARKS.includes(w.confidence)) report('mark.invalid', where, 'has no valid confidence mark');
	checkSources(c, where, w.sources, report);
	const wording = untimedWording(w);
	if (wording) report(wording.rule, where, wording.problem);
}

/** Windows opened by `steps[0..upTo]` ('enter' windows of the step itself count). */
function openedBy(steps: readonly Step[], upTo: number): Set<string> {
	const out = new Set<string>();
	steps.forEach((s, i) => {
		for (const w of s.opens ?? [])
			if (i < upTo || (i === upTo && w.startsOn === 'enter')) out.add(w.id);
	});
	return out;
}

function checkDefinition(
	c: Catalogue,
	name: string,
	def: Procedure | ProcedureVariant,
	report: Report
) {
	const steps = [...def.setup, ...def.perKey, ...def.finish];
	const stepIds = new Set<string>();
	for (const s of steps) {
		if (stepIds.has(s.id)) report('step.duplicate-id', name, `has two steps with id "${s.id}"`);
		stepIds.add(s.id);
	}
	const windows = new Set<string>();
	const windowDefs = new Map(steps.flatMap((s) => (s.opens ?? []).map((w) => [w.id, w] as const)));
	const closed = new Set(steps.flatMap((s) => s.closes ?? []));
	for (const s of steps) {
		const where = `${name}, step "${s.id}"`;
		if (!s.title.trim()) report('step.no-title', where, 'has no title');
		if (s.confidence !== undefined && !s.sources?.length)
			report('mark.without-source', where, 'carries its own mark without its own source');
		if (s.sources) checkSources(c, where, s.sources, report);
		for (const w of s.opens ?? []) {
			if (windows.has(w.id))
				report('window.duplicate', where, `defines window "${w.id}" a second time`);
			windows.add(w.id);
			checkWindow(c, `${where}, window "${w.id}"`, w, stepIds, report);
			const reading = readingCountsAgainst(s, w);
			if (reading) report(reading.rule, `${where}, window "${w.id}"`, reading.problem);
			const go = goWording(s, w);
			if (go) report(go.rule, `${where}, window "${w.id}"`, go.problem);
			if (w.minSeconds !== undefined && !closed.has(w.id))
				report(
					'window.min-never-closed',
					where,
					`window "${w.id}" has a minimum but nothing closes it`
				);
		}
		if (s.kind === 'repeat') {
			if (s.times === 'key-number') {
				if (!def.perKey.includes(s))
					report(
						'step.repeat-key-number-outside-per-key',
						where,
						'repeats by key number outside the per-key steps'
					);
			} else if (!(s.times >= 1)) report('step.repeat-too-few', where, 'repeats fewer than once');
		}
		if (s.forKeys !== undefined && s.forKeys !== 'all' && !def.perKey.includes(s))
			report(
				'step.for-keys-outside-per-key',
				where,
				'names the keys it runs for outside the per-key steps'
			);
		if (s.holdSeconds) checkHold(where, s, report);
		const guards = (s.within ?? []).flatMap((id) => windowDefs.get(id) ?? []);
		const untimedStep = untimedStepWording(s, guards);
		if (untimedStep) report(untimedStep.rule, where, untimedStep.problem);
		if (s.kind === 'wait' && !(s.seconds > 0)) report('step.wait-no-time', where, 'waits no time');
		if (s.kind === 'question') {
			if (s.answers.length === 0) report('step.question-no-answer', where, 'offers no answer');
			for (const a of s.answers) {
				if (a.outcome.to === 'step' && !stepIds.has(a.outcome.step))
					report('step.jump-unknown', where, `jumps to unknown step "${a.outcome.step}"`);
				if (a.outcome.to === 'shop' && !c.shopPath(a.outcome.shopPath))
					report('step.shop-unknown', where, `sends to unknown shop path "${a.outcome.shopPath}"`);
				if (
					(a.outcome.to === 'key-confirmed' || a.outcome.to === 'key-failed') &&
					!def.perKey.includes(s)
				) {
					report(
						'step.key-outcome-outside-per-key',
						where,
						`uses "${a.outcome.to}" outside the per-key steps`
					);
				}
			}
		}
	}
	// `within` must name a window opened earlier in walking order; per-key steps
	// repeat, so any per-key opener counts for them (the previous key opened it).
	const allSetup = openedBy(def.setup, def.setup.length);
	const allKey = openedBy(def.perKey, def.perKey.length);
	const check = (list: readonly Step[], phase: 'setup' | 'key' | 'finish') =>
		list.forEach((s, i) => {
			const before =
				phase === 'setup'
					? openedBy(def.setup, i)
					: phase === 'key'
						? new Set([...allSetup, ...allKey, ...openedBy(def.perKey, i)])
						: new Set([...allSetup, ...allKey, ...openedBy(def.finish, i)]);
			for (const id of s.within ?? []) {
				if (!before.has(id))
					report(
						'step.within-not-opened',
						`${name}, step "${s.id}"`,
						`is within window "${id}" that no earlier step opens`
					);
			}
			for (const id of s.closes ?? []) {
				if (!windows.has(id))
					report('step.closes-unknown', `${name}, step "${s.id}"`, `closes unknown window "${id}"`);
			}
		});
	check(def.setup, 'setup');
	check(def.perKey, 'key');
	check(def.finish, 'finish');
	if (def.perKey.length === 0) report('procedure.no-per-key', name, 'has no per-key steps');
	// The first key and every later one (steps may run for only one of them) each need a confirming question.
	const confirmsAt = (pos: number) =>
		def.perKey.some(
			(s) =>
				runsForKey(s, pos) &&
				s.kind === 'question' &&
				s.answers.some((a) => a.outcome.to === 'key-confirmed')
		);
	if (!confirmsAt(0) || !confirmsAt(1))
		report('procedure.no-confirming-question', name, 'has no per-key question that confirms a key');
	for (const line of unguardedSteps(def)) report('step.unguarded', name, line);
	if (def.maxKeys !== null && !(Number.isInteger(def.maxKeys) && def.maxKeys >= 1))
		report('procedure.max-keys-invalid', name, 'has an invalid maxKeys');
	if (def.maxKeys !== null && !def.keySession?.maxKeys)
		report(
			'procedure.max-keys-unsourced',
			name,
			'gives maxKeys without its source (keySession.maxKeys)'
		);
	const ks = def.keySession ?? {};
	for (const [k, t] of Object.entries(ks))
		if (t) checkText(c, `${name}, keySession.${k}`, t, report);
	def.prerequisites.forEach((t, i) => checkText(c, `${name}, prerequisite ${i + 1}`, t, report));
	def.warnings.forEach((t, i) => checkText(c, `${name}, warning ${i + 1}`, t, report));
	if (!MARKS.includes(def.confidence)) report('mark.invalid', name, 'has no valid confidence mark');
	checkSources(c, name, def.sources, report);
	checkRun(name, def, report);
}

function checkHold(where: string, s: Step, report: Report) {
	const h = s.holdSeconds!;
	if (h.min === undefined && h.max === undefined)
		report('hold.no-figure', where, 'has a hold with no figure');
	if ((h.min !== undefined && !(h.min > 0)) || (h.max !== undefined && !(h.max > 0)))
		report('hold.not-positive', where, 'has a non-positive hold');
	if (h.min !== undefined && h.max !== undefined && h.min > h.max)
		report('hold.min-above-max', where, 'has a hold with min above max');
	if (s.kind === 'question' || s.kind === 'wait' || s.kind === 'check')
		report('hold.wrong-kind', where, `has a hold on a ${s.kind} step`);
}

/**
 * Walks the steps in running order (setup, the first key, a later key, the
 * finish; steps not for a key are passed over, as the engine does) and lists
 * steps guarded only by windows none of which is open when they run: their
 * limit would silently never apply.
 */
function unguardedSteps(def: Procedure | ProcedureVariant): string[] {
	const out: string[] = [];
	const open = new Set<string>();
	const walk = (steps: readonly Step[], pos: number | null) => {
		for (const s of steps) {
			if (pos !== null && !runsForKey(s, pos)) continue;
			for (const w of s.opens ?? []) if (w.startsOn === 'enter') open.add(w.id);
			const within = s.within ?? [];
			const line = `step "${s.id}" is guarded only by windows none of which is open when it runs`;
			if (within.length > 0 && !within.some((id) => open.has(id)) && !out.includes(line))
				out.push(line);
			for (const id of s.closes ?? []) open.delete(id);
			for (const w of s.opens ?? []) if (w.startsOn === 'done') open.add(w.id);
		}
	};
	walk(def.setup, null);
	walk(def.perKey, 0);
	walk(def.perKey, 1);
	walk(def.finish, null);
	return out;
}

function checkShopPath(c: Catalogue, s: ShopPath, report: Report) {
	const where = `shop path "${s.id}"`;
	checkApplicability(c, where, s.applies, s.fallback === true, report, s.confidence);
	checkText(c, `${where}, why`, s.why, report);
	s.involves.forEach((t, i) => checkText(c, `${where}, involves ${i + 1}`, t, report));
	if (s.shops.length === 0) report('shop.no-shop', where, 'names no shop');
	if (s.askFor.trim().length <= 20) report('shop.no-ask-for', where, 'says too little to ask for');
	checkBring(s, report);
	checkSources(c, where, s.sources, report);
}

/** Every problem found in the catalogue, one line each: "[rule-id] where problem." */
export function checkCatalogue(c: Catalogue): string[] {
	return findProblems(c).map(problemLine);
}

/** Every problem found in the catalogue, with its rule id. */
export function findProblems(c: Catalogue): CatalogueProblem[] {
	const problems: CatalogueProblem[] = [];
	const report: Report = (rule, where, problem) => problems.push({ rule, where, problem });
	for (const p of c.procedures) {
		const name = `procedure "${p.id}"`;
		checkApplicability(c, name, p.applies, false, report, p.confidence);
		for (const id of p.ifItFails ?? [])
			if (!c.shopPath(id))
				report(
					'procedure.if-it-fails-unknown',
					name,
					`names unknown shop path "${id}" in ifItFails`
				);
		checkDefinition(c, name, p, report);
		checkWayOut(c, p, report);
		for (const v of p.variants ?? []) {
			const vn = `variant "${v.id}"`;
			if (v.differs.trim().length <= 10)
				report('variant.no-differs', vn, 'does not say in a sentence what differs');
			checkDefinition(c, vn, v, report);
		}
	}
	for (const s of c.shopPaths) {
		checkShopPath(c, s, report);
		if (s.onlyAfterFailure && !c.procedures.some((p) => p.ifItFails?.includes(s.id))) {
			report(
				'shop.only-after-failure-unused',
				`shop path "${s.id}"`,
				'is offered only after a failure, but no procedure names it in ifItFails'
			);
		}
	}
	for (const q of c.questions) {
		if (q.id === MODEL_QUESTION_ID)
			report(
				'question.reserved-id',
				`question "${q.id}"`,
				'uses the id reserved for the model question'
			);
		if (q.options.length < 2)
			report('question.too-few-options', `question "${q.id}"`, 'offers fewer than two options');
		checkSources(c, `question "${q.id}"`, q.sources, report);
	}
	for (const t of c.tips) {
		const where = `tip "${t.id}"`;
		checkText(c, where, t, report);
		for (const id of t.procedures ?? [])
			if (!c.procedure(id))
				report('tip.unknown-procedure', where, `is about unknown procedure "${id}"`);
		checkAnswers(c, where, t.ifAnswers, report, true);
	}
	for (const m of c.modules)
		(m.newKeyChip ?? []).forEach((f) => {
			const where = `new-key chip fact for ${f.makes.join(', ')}`;
			checkText(c, where, f, report);
			if (f.makes.length === 0) report('chip.no-make', where, 'names no make');
		});
	checkMarks(c, report);
	checkWordsAndDocuments(c, report);
	return problems;
}
