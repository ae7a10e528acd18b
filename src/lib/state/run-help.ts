import type { Catalogue } from '../resync/catalogue';
import type { OwnerComplaint } from '../resync/complaint';
import type { GuideState, GuideView } from '../resync/engine-types';
import { shopPathsAfter, tipsFor } from '../resync/troubleshooting';
import type {
	KeyAnswers,
	Procedure,
	ProcedureVariant,
	ShopPath,
	TroubleshootTip,
	TroubleshootWhen
} from '../resync/types';

/**
 * What the run's troubleshooting screens show, ready for them: the sourced
 * tips that fit this moment of the session and the owner's answers, and the
 * shop paths to go to when the home attempt should stop.
 */
export interface RunHelp {
	readonly tips: readonly TroubleshootTip[];
	readonly shopPaths: readonly ShopPath[];
	/** The procedure and every other way the session tried, for the result screen. */
	readonly used: readonly (Procedure | ProcedureVariant)[];
}

/**
 * The moment the tips are for: the failed-key screen says which; elsewhere
 * (troubleshooting, the result) every key of the session having failed makes
 * it 'all-failed', else one key did.
 */
export function tipsMoment(view: GuideView): TroubleshootWhen {
	return (
		view.keyFailed?.tipsWhen ??
		(view.keys.every((k) => k.outcome === 'failed') ? 'all-failed' : 'key-failed')
	);
}

/** The tips, shop paths and ways tried for the session as `view` shows it. */
export function runHelp(
	view: GuideView,
	session: GuideState,
	answers: KeyAnswers,
	catalogue: Catalogue,
	complaint: OwnerComplaint | null = null
): RunHelp {
	return {
		tips: tipsFor(
			{ when: tipsMoment(view), procedureId: view.procedureId, answers, complaint },
			catalogue
		),
		shopPaths: shopPathsAfter(view.procedureId, catalogue),
		used: waysRun(session)
			.map((id) => catalogue.procedure(id))
			.filter((r) => r !== null)
			.map((r) => r.variant ?? r.procedure)
	};
}

/**
 * The procedures and variants actually run, oldest first: every attempt's (practice and real
 * kept apart) and the one running now. A session started on another way of a procedure
 * never ran the procedure's main steps, so they are not named.
 */
export function waysRun(session: GuideState): string[] {
	const practice = session.practice === true;
	const ids = session.attemptLog
		.filter((a) => (a.practice === true) === practice)
		.map((a) => a.procedureId);
	ids.push(session.variantId ?? session.procedureId);
	return [...new Set(ids)];
}
