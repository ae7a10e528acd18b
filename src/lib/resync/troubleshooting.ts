import type { KeyAnswers, ShopPath, TroubleshootTip, TroubleshootWhen } from './types';
import type { Catalogue } from './catalogue';
import { matchingAnswers } from './questions';

/**
 * Troubleshooting when a key fails (or before starting): the sourced tips
 * that fit the procedure and the owner's answers, and the shop paths to go
 * to when the home attempt should stop. The tips themselves are data in the
 * make modules (the BMW / MINI ones in procedures/bmw-mini-tips.ts), each with
 * its source and mark.
 */

export interface TipQuery {
	readonly when: TroubleshootWhen;
	/** The main procedure's id (a variant's tips are its procedure's). */
	readonly procedureId?: string | null;
	readonly answers?: KeyAnswers;
	/** What the owner said about the fault (complaint.ts): tips for what was done are left out. */
	readonly complaint?: { readonly newCell: 'yes' | 'no' | null } | null;
}

function fitsAnswers(tip: TroubleshootTip, answers: KeyAnswers): boolean {
	for (const [q, allowed] of Object.entries(tip.ifAnswers ?? {})) {
		const a = answers[q];
		if (a !== undefined && !allowed.includes(a)) return false;
	}
	return true;
}

/**
 * Tips for a moment of the guide, in catalogue order with the "stop here"
 * tips last (so the screen ends on the way out).
 */
export function tipsFor(query: TipQuery, catalogue: Catalogue): TroubleshootTip[] {
	const main = query.procedureId
		? (catalogue.procedure(query.procedureId)?.procedure.id ?? query.procedureId)
		: null;
	const answers = matchingAnswers(query.answers ?? {});
	const tips = catalogue.tips.filter(
		(t) =>
			t.when.includes(query.when) &&
			(t.procedures === undefined || (main !== null && t.procedures.includes(main))) &&
			fitsAnswers(t, answers) &&
			!(t.unlessDone && query.complaint?.newCell === t.unlessDone.newCell)
	);
	return [...tips.filter((t) => !t.stopHere), ...tips.filter((t) => t.stopHere)];
}

/**
 * Where to go when the home attempt stops: the procedure's `ifItFails` shop
 * paths, best first, or the catch-all when it names none.
 */
export function shopPathsAfter(procedureId: string, catalogue: Catalogue): ShopPath[] {
	const ref = catalogue.procedure(procedureId);
	const paths = (ref?.procedure.ifItFails ?? [])
		.map((id) => catalogue.shopPath(id))
		.filter((s): s is ShopPath => s !== null);
	return paths.length ? paths : [catalogue.fallback];
}
