import type { Catalogue } from './catalogue';
import type { Report } from './catalogue-rules';

/**
 * Rules about what a person reads: the documents the guide names as sources,
 * and the words every screen shows (procedures, variants, shop paths,
 * questions, tips). Ids, references and addresses are not shown, so they are
 * left out of the words checked.
 */

/** Keys whose strings no screen shows. */
const NOT_SHOWN = new Set([
	'id',
	'ref',
	'url',
	'restartAt',
	'step',
	'shopPath',
	'picture',
	'signal',
	'expect',
	'check',
	'kind',
	'to',
	'startsOn',
	'programs',
	'difficulty',
	'confidence',
	'forKeys',
	'times',
	'make',
	'when',
	'keyOrder'
]);
/** Lists of ids, never shown as they are. */
const ID_LISTS = new Set(['sources', 'within', 'closes', 'shops', 'ifItFails', 'procedures']);

/** Every string a screen can show in `value`. */
export function screenStrings(value: unknown, key = ''): string[] {
	if (typeof value === 'string') return NOT_SHOWN.has(key) ? [] : [value];
	if (Array.isArray(value)) {
		if (ID_LISTS.has(key)) return [];
		// Make names are ids here: the screens spell them from the VIN table.
		return value.flatMap((v) => screenStrings(v, key === 'makes' ? 'id' : ''));
	}
	if (value && typeof value === 'object')
		return Object.entries(value).flatMap(([k, v]) =>
			// A question's required answers ({ 'working-keys': ['2+'] }) are ids, not words.
			(k === 'answers' || k === 'ifAnswers' || k === 'identifiedBy') && !Array.isArray(v)
				? []
				: screenStrings(v, k)
		);
	return [];
}

/** Research references, brief names, confidence codes and placeholders: never for an owner. */
const INTERNAL = /\bP\d{2}\b|PROCEDURES|DOMAIN|\bbrief\b|\[[MCSU]\]|TODO|lorem/i;
/** One spelling across the screens. */
const SPELLING: readonly [RegExp, string][] = [[/immobilizer/, 'immobiliser']];

function checkWords(where: string, value: unknown, report: Report) {
	for (const s of screenStrings(value)) {
		const internal = s.match(INTERNAL);
		if (internal) report('words.internal', where, `shows "${internal[0]}" to the owner ("${s}")`);
		for (const [wrong, right] of SPELLING)
			if (wrong.test(s)) report('words.spelling', where, `spells "${right}" another way ("${s}")`);
	}
}

/** A title that says where to find a document without an address: "thread 259176". */
const FINDABLE = /\b(thread|page|p\.)\s*\d+/i;

/** Every source a piece of data cites (any `sources` list of ids, however deep). */
function citedIn(value: unknown, into: Set<string>): void {
	if (Array.isArray(value)) return value.forEach((v) => citedIn(v, into));
	if (typeof value !== 'object' || value === null) return;
	for (const [k, v] of Object.entries(value)) {
		if (k === 'sources' && Array.isArray(v) && v.every((e) => typeof e === 'string'))
			v.forEach((e: string) => into.add(e));
		else citedIn(v, into);
	}
}

export function checkWordsAndDocuments(c: Catalogue, report: Report): void {
	for (const p of c.procedures) {
		checkWords(`procedure "${p.id}"`, { ...p, variants: [] }, report);
		for (const v of p.variants ?? []) checkWords(`variant "${v.id}"`, v, report);
	}
	for (const s of c.shopPaths) checkWords(`shop path "${s.id}"`, s, report);
	for (const q of c.questions) checkWords(`question "${q.id}"`, q, report);
	for (const t of c.tips) checkWords(`tip "${t.id}"`, t, report);

	const cited = new Set<string>();
	citedIn([c.procedures, c.shopPaths, c.questions, c.tips], cited);
	for (const m of c.modules) citedIn(m.newKeyChip ?? [], cited);
	for (const s of c.sources.values()) {
		const where = `source "${s.id}"`;
		if (s.title.trim().length < 16)
			report('source.title-short', where, 'is not named by its document');
		if (/\.md\b|docs\//.test(s.title))
			report('source.title-names-file', where, 'names a file of ours');
		if (s.url === undefined ? !FINDABLE.test(s.title) : !/^https?:\/\//.test(s.url))
			report(
				'source.no-address',
				where,
				'gives no web address and no thread or page number to find it by'
			);
		if (!cited.has(s.id)) report('source.unused', where, 'is cited by nothing');
	}
}
