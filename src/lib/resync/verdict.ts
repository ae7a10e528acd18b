import { engineRunningOf } from '../scan/engine-running';
import type { VehicleReport } from '../scan/types';
import type { Confidence, KeyAnswers } from './types';
import type { Catalogue } from './catalogue';
import { findProcedures, type CarQuery, type Candidate, type FinderResult } from './finder';
import { batteryGate, lowVoltageFact } from './battery-gate';
import { weakest } from './confidence';

/**
 * The short answer at the top of the vehicle page: can this car's remote be
 * fixed at home, and what to do next — one headline, one primary action, and
 * the confidence of what it claims (the weakest of the facts it rests on).
 */

export type VerdictKind =
	| 'home-resync' // a sourced home procedure applies
	| 'identify-key' // a question about the key (or car) decides it
	| 'charge-battery' // a home procedure applies, but the battery is low
	| 'read-again' // the adapter answered, the car did not
	| 'shop' // only a shop can do it
	| 'find-procedure'; // the car is not known yet

export type VerdictAction =
	| { readonly kind: 'start-guide'; readonly label: string; readonly procedureId: string }
	| { readonly kind: 'identify-key'; readonly label: string; readonly questionId: string }
	| { readonly kind: 'read-again'; readonly label: string }
	| { readonly kind: 'see-shop-path'; readonly label: string; readonly shopPathId: string }
	| { readonly kind: 'find-procedure'; readonly label: string };

export interface Verdict {
	readonly kind: VerdictKind;
	/** "Home resync possible: 2005 MINI Cooper S (R53), 3-button key". */
	readonly headline: string;
	/** One or two plain sentences under the headline. */
	readonly detail: string;
	/** The one primary action. */
	readonly action: VerdictAction;
	/** The weakest mark among what the headline rests on. */
	readonly confidence: Confidence;
	/** What the finder found, for the page below the verdict (null when the car is not known). */
	readonly finder: Extract<FinderResult, { ok: true }> | null;
}

export interface VerdictInput {
	/** The scan's report; null when no adapter was used. */
	readonly report: VehicleReport | null;
	/** Answers to the guide's questions so far. */
	readonly answers?: KeyAnswers;
	/** The car as typed or picked, when the owner told us (overrides the report's identification). */
	readonly car?: CarQuery | null;
	readonly currentYear?: number;
}

const FIND: VerdictAction = { kind: 'find-procedure', label: 'Find your car’s procedure' };

/** ", 3-button key": the owner's answer to the first question the procedure requires (not the key's history). */
function keyWords(c: Candidate, catalogue: Catalogue, answers: KeyAnswers): string {
	const required = Object.keys(c.procedure?.applies.answers ?? {})
		.map((id) => catalogue.question(id))
		.filter((q) => q !== null && !q.history);
	const q = required[0];
	const option = q?.options.find((o) => o.id === answers[q.id]);
	return option ? `, ${option.short ?? option.label}` : '';
}

/** The shop headline an answer given carries (a new key's), first in asking order; null: the general one. */
function answeredShopHeadline(catalogue: Catalogue, answers: KeyAnswers): string | null {
	for (const q of catalogue.questions) {
		const given = q.options.find((o) => o.id === answers[q.id]);
		if (given?.shopHeadline) return given.shopHeadline;
	}
	return null;
}

/** The verdict for a scanned (or typed, or picked) car and the answers so far. */
export function verdictFor(input: VerdictInput, catalogue: Catalogue): Verdict {
	const { report } = input;
	const answers = input.answers ?? {};
	const vehicle = report?.vehicle?.make ? report.vehicle : null;
	const car: CarQuery | null = input.car ?? (vehicle ? { by: 'vehicle', vehicle } : null);
	if (!car) {
		if (report && report.protocol === null) {
			return {
				kind: 'read-again',
				headline: 'Turn the ignition on and read again',
				detail:
					'The adapter answered, but no computer in the car did: with the ignition off the car stays silent. You can also type the VIN instead.',
				action: { kind: 'read-again', label: 'Read the car again' },
				confidence: 'C',
				finder: null
			};
		}
		return {
			kind: 'find-procedure',
			headline: 'Find your car’s procedure',
			detail: report
				? 'The car did not report its VIN. Type the VIN (bottom of the windscreen or the registration papers), or pick the make, model and year.'
				: 'Type the VIN or pick the make, model and year: no adapter needed.',
			action: FIND,
			confidence: 'U',
			finder: null
		};
	}
	const found = findProcedures({ car, answers, currentYear: input.currentYear }, catalogue);
	if (!found.ok) {
		return {
			kind: 'find-procedure',
			headline: 'Find your car’s procedure',
			detail: found.error,
			action: FIND,
			confidence: 'U',
			finder: null
		};
	}
	const idConfidence = found.car.confidence;
	const home = found.candidates.find((c) => c.kind === 'procedure' && c.pending.length === 0);
	const firstHome = found.candidates.find((c) => c.kind === 'procedure')?.procedure ?? null;
	const anyHome = firstHome !== null;
	const running = engineRunningOf(report);
	const gate =
		report && !running
			? batteryGate(report.batteryVolts, running, lowVoltageFact(firstHome))
			: null;
	if (gate?.status === 'low' && anyHome) {
		return {
			kind: 'charge-battery',
			headline: `Charge the battery first (${gate.volts!.toFixed(1)} V)`,
			detail: gate.text,
			action: { kind: 'read-again', label: 'Read again after charging' },
			confidence: gate.confidence,
			finder: found
		};
	}
	const lowNote = gate?.status === 'low' ? ` ${gate.text}` : '';
	if (home) {
		const p = home.procedure!;
		return {
			kind: 'home-resync',
			headline: `Home resync possible: ${found.car.label}${keyWords(home, catalogue, answers)}`,
			detail: [p.summary, found.several ? found.note : null].filter(Boolean).join(' '),
			action: { kind: 'start-guide', label: 'Start the resync guide', procedureId: p.id },
			// The candidate's mark: the weaker of the procedure's and the matched model entry's.
			confidence: weakest(idConfidence, home.confidence),
			finder: found
		};
	}
	if (found.nextQuestion) {
		const q = found.nextQuestion;
		const best = found.candidates[0]!;
		return {
			kind: 'identify-key',
			headline: q.headline ?? 'Tell us about your key',
			detail: `${q.prompt} ${q.help ?? ''}`.trim(),
			action: {
				kind: 'identify-key',
				label: q.actionLabel ?? 'Answer',
				questionId: q.id
			},
			confidence: weakest(idConfidence, best.confidence),
			finder: found
		};
	}
	const shop = found.candidates[0]!;
	return {
		kind: 'shop',
		// Worded per case: an answer may carry its own (only a key the owner calls new needs a shop tool).
		headline: found.fallback
			? 'No home procedure known for this car — here is what to ask a shop for'
			: (answeredShopHeadline(catalogue, answers) ??
				'No home procedure for this car and key — here is what to ask a shop for'),
		detail: `${shop.title}.${lowNote}`,
		action: { kind: 'see-shop-path', label: 'See what to ask the shop', shopPathId: shop.id },
		confidence: weakest(idConfidence, shop.confidence),
		finder: found
	};
}
