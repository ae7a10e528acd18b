import type { Catalogue } from '../resync/catalogue';
import type { GuideView } from '../resync/engine-types';
import { shopPathsAfter, tipsFor } from '../resync/troubleshooting';
import type { KeyAnswers, ShopPath, TroubleshootTip, TroubleshootWhen } from '../resync/types';

/**
 * What the run's troubleshooting screens show, ready for them: the sourced
 * tips that fit this moment of the session and the owner's answers, and the
 * shop paths to go to when the home attempt should stop.
 */
export interface RunHelp {
	readonly tips: readonly TroubleshootTip[];
	readonly shopPaths: readonly ShopPath[];
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

/** The tips and shop paths for the session as `view` shows it. */
export function runHelp(view: GuideView, answers: KeyAnswers, catalogue: Catalogue): RunHelp {
	return {
		tips: tipsFor({ when: tipsMoment(view), procedureId: view.procedureId, answers }, catalogue),
		shopPaths: shopPathsAfter(view.procedureId, catalogue)
	};
}
