/**
 * The rules `checkCatalogue` holds every catalogue to, one stable id each.
 * A problem line starts with its rule id in brackets, so a test (or a person
 * adding a make, docs/adding-a-make.md) can look the rule up here.
 */
export const CATALOGUE_RULES = {
	// ── Sources and marks ────────────────────────────────────────────────
	'source.none': 'A claim, step mark, window, question or shop path cites no source.',
	'source.unknown': 'A cited source id is not registered by any module.',
	'mark.invalid': 'A confidence mark is not one of M, C, S, U.',
	'mark.without-source': 'A step or model carries its own mark without its own sources.',
	'mark.too-strong': 'A typed mark is stronger than the kinds of its cited sources allow.',
	'text.empty': 'A sourced sentence has no text.',
	'source.title-short':
		'A source is not named by its document (a title of 15 characters or fewer).',
	'source.title-names-file': 'A source title names a file of ours (the owner sees it).',
	'source.no-address':
		'A source gives no web address (http or https), nor a thread or page number in its title to find it by.',
	'source.unused': 'A registered source is cited by nothing.',
	// ── Words on the screen ──────────────────────────────────────────────
	'words.internal':
		'A screen shows a research reference, a brief name, a confidence code or a placeholder.',
	'words.spelling': 'A screen spells a word another way than the rest ("immobiliser").',
	// ── Which cars ───────────────────────────────────────────────────────
	'applies.no-make': 'A procedure or shop path (other than the fallback) names no make.',
	'applies.fallback-names-makes': 'The fallback shop path names makes.',
	'answer.unknown-question': 'Applicability, a model or a tip needs a question nobody defines.',
	'answer.unknown-option': 'An answer is not an option of its question (or is "not sure").',
	'model.years-backwards': 'A model entry starts after it ends.',
	'model.mark-not-weaker': "A model's own mark is not weaker than its procedure's.",
	'model.other-models-named':
		'An "every other model" entry also names chassis or identifying answers.',
	// ── Steps ────────────────────────────────────────────────────────────
	'step.duplicate-id': 'Two steps of one procedure share an id.',
	'step.no-title': 'A step has no title.',
	'step.repeat-key-number-outside-per-key':
		'A step repeats by key number outside the per-key steps.',
	'step.repeat-too-few': 'A repeat step repeats fewer than once.',
	'step.for-keys-outside-per-key': 'A step names the keys it runs for outside the per-key steps.',
	'step.wait-no-time': 'A wait step waits no time.',
	'step.question-no-answer': 'A question step offers no answer.',
	'step.jump-unknown': 'An answer jumps to a step the procedure does not have.',
	'step.shop-unknown': 'An answer ends on a shop path the catalogue does not have.',
	'step.key-outcome-outside-per-key': 'A key is confirmed or failed outside the per-key steps.',
	'step.within-not-opened': 'A step is within a window no earlier step opens.',
	'step.closes-unknown': 'A step closes a window the procedure does not define.',
	'step.unguarded':
		'A step is guarded only by windows none of which is open when it runs (its limit never applies).',
	'step.untimed-detail':
		'A step guarded only by windows without a figure does not say the source gives no time.',
	'hold.no-figure': 'A hold gives neither a minimum nor a maximum.',
	'hold.not-positive': 'A hold figure is zero or negative.',
	'hold.min-above-max': "A hold's minimum is above its maximum.",
	'hold.wrong-kind': 'A question, wait or check step has a hold.',
	// ── Time windows ─────────────────────────────────────────────────────
	'window.not-positive': "A window's maximum or minimum is zero or negative.",
	'window.min-above-max': "A window's minimum is above its maximum.",
	'window.restart-unknown': 'A window restarts at a step the procedure does not have.',
	'window.no-wording':
		'A window lacks its "from" (over 5 characters) or "missed" (over 10 characters) words.',
	'window.restart-after-opener':
		'A missed window restarts at a step that runs after the step that opens it.',
	'window.duplicate': 'Two steps define the same window.',
	'window.min-never-closed': 'A window has a minimum but no step closes it.',
	'window.reading-counts':
		'A timed window starts when its step appears, so reading the step counts against the limit.',
	'window.go-not-on-tap': 'A window opened by a Go step does not start on its tap.',
	'window.go-not-worded': 'A window opened by Go does not say it counts from Go.',
	'window.go-without-button': 'A window says it counts from Go but its step has no Go button.',
	'window.untimed-no-time-words':
		'A window without a figure does not say in its "missed" words that the source gives no time.',
	'window.untimed-describes-miss': 'A window without a figure describes a miss that cannot happen.',
	// ── Procedures and variants ──────────────────────────────────────────
	'procedure.no-per-key': 'A procedure or variant has no per-key steps.',
	'procedure.no-confirming-question':
		'The first key or a later key has no per-key question that confirms it.',
	'procedure.max-keys-invalid': 'maxKeys is neither null nor a whole number of at least 1.',
	'procedure.max-keys-unsourced':
		'maxKeys is given without its sourced sentence keySession.maxKeys.',
	'procedure.last-not-confirming':
		'The per-key steps do not end on a question that can confirm the key.',
	'procedure.u-unexplained':
		'A U procedure or variant has neither a confidence note nor a warning saying what the sources disagree on.',
	'procedure.max-keys-words':
		'The sentence keySession.maxKeys does not give the figure maxKeys gives.',
	'procedure.no-ref': 'A procedure has no research reference ("P12") for the coverage table.',
	'procedure.no-if-it-fails': 'A procedure names no shop path for when the home attempt stops.',
	'procedure.if-it-fails-unknown': 'ifItFails names a shop path the catalogue does not have.',
	'procedure.if-it-fails-other-make': 'ifItFails names a shop path made for other makes only.',
	'working-keys.answer':
		'A procedure that needs working keys does not select on exactly the "working-keys" answers that have enough.',
	'working-keys.first-step':
		'A procedure that needs working keys does not first ask whether they are at hand.',
	'working-keys.shop':
		'Its "too few keys" answer does not end on a shop path for those counts that ifItFails also names.',
	'variant.no-differs': 'A variant does not say in a sentence (over 10 characters) what differs.',
	// ── Shop paths, questions, tips ──────────────────────────────────────
	'shop.no-shop': 'A shop path names no shop.',
	'shop.no-ask-for': 'A shop path says too little (20 characters or fewer) to ask for.',
	'shop.bring-missing': 'A shop path does not say to bring the VIN and the FobSync report.',
	'shop.only-after-failure-unused':
		"A shop path offered only after a failure is named in no procedure's ifItFails.",
	'question.reserved-id': 'A question uses the id reserved for the model question.',
	'question.too-few-options': 'A question offers fewer than two options.',
	'tip.unknown-procedure':
		'A troubleshooting tip is about a procedure the catalogue does not have.',
	'chip.no-make': 'A new-key chip fact names no make.'
} as const satisfies Record<string, string>;

/** A rule's stable id, e.g. 'window.min-above-max'. */
export type RuleId = keyof typeof CATALOGUE_RULES;

/** One problem found in a catalogue. */
export interface CatalogueProblem {
	readonly rule: RuleId;
	/** Which piece of data: 'procedure "ford-8-turns", step "turns"'. */
	readonly where: string;
	/** What is wrong with it, in words. */
	readonly problem: string;
}

/** Where a check sends a problem it found. */
export type Report = (rule: RuleId, where: string, problem: string) => void;

/** A rule's finding before it knows where: the window and step helpers return these. */
export interface Finding {
	readonly rule: RuleId;
	readonly problem: string;
}

/** The one-line form every caller of `checkCatalogue` gets: "[rule-id] where problem." */
export function problemLine(p: CatalogueProblem): string {
	return `[${p.rule}] ${p.where} ${p.problem}.`;
}
