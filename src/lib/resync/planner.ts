import type { Procedure, ProcedureVariant, SourcedText } from './types';

/**
 * The session plan: how many keys, their labels, the order, the checklist,
 * and what happens to a key left out — everything the owner settles before
 * the timing starts.
 */

/** Keys offered when the source gives no maximum (the screen says so). */
export const KEYS_WITHOUT_FIGURE = 8;

export interface ChecklistItem {
	readonly id: string;
	readonly text: string;
	/** Null for FobSync's own practical advice that rests on no outside fact. */
	readonly fact: SourcedText | null;
}

/**
 * What happens to keys left out of a session and to the key that still works,
 * in one sentence: the plan, the run and the report all show these words.
 */
export interface KeysNote {
	readonly text: string;
	/** The source behind it (`keySession.leftOut`); null when the sources say nothing about keys left out. */
	readonly fact: SourcedText | null;
}

/**
 * The one sentence about keys left out and the key that still works, from
 * the procedure's data: with a sourced `keySession.leftOut`, every key goes
 * in this session (a left-out key only "may" stop when that fact is marked
 * U); without one, the sources do not say, so the owner is told that and
 * the end check tries every key of the session.
 */
export function keysNote(procedure: Procedure | ProcedureVariant): KeysNote {
	const leftOut = procedure.keySession?.leftOut ?? null;
	if (leftOut) {
		// Never firmer than the fact: where the sources disagree (U), a left-out key only may stop.
		const outcome = leftOut.confidence === 'U' ? 'may stop working' : 'stops working';
		return {
			text: `Do every key in this one session, the one that still works too: a key left out ${outcome}.`,
			fact: leftOut
		};
	}
	if (procedure.programs === 'remote-resync') {
		return {
			text: 'Each key is done on its own, and the sources do not say whether that touches a key you leave out: do every key, the one that still works too, and the guide checks each at the end.',
			fact: null
		};
	}
	return {
		text: 'The sources do not say what happens to a key left out: do every key in this one session, the one that still works too, and the guide checks each at the end.',
		fact: null
	};
}

export interface SessionPlan {
	readonly procedureId: string;
	/** Key 1 … Key N, in the order they will be done (every time). */
	readonly keys: readonly { readonly label: string }[];
	/** Most keys this system takes, and its source; null when the source gives none. */
	readonly maxKeys: number | null;
	readonly maxKeysFact: SourcedText | null;
	/** Why the order matters, when the source says. */
	readonly sameOrder: SourcedText | null;
	/** What happens to a key left out of the session, when the source says. */
	readonly leftOut: SourcedText | null;
	/** The one sentence about keys left out and the key that still works (see `keysNote`). */
	readonly keysNote: KeysNote;
	readonly checklist: readonly ChecklistItem[];
	/** The procedure's warnings, to read before starting. */
	readonly warnings: readonly SourcedText[];
}

/** The key counts the owner can choose: 1 … maxKeys (or KEYS_WITHOUT_FIGURE). */
export function keyCountOptions(procedure: Procedure): number[] {
	const max = procedure.maxKeys ?? KEYS_WITHOUT_FIGURE;
	return Array.from({ length: max }, (_, i) => i + 1);
}

/** Labels of a session's keys: "Key 1" … "Key N". */
export function keyLabels(count: number): string[] {
	return Array.from({ length: count }, (_, i) => `Key ${i + 1}`);
}

/**
 * Plans a session of `keyCount` keys. Throws RangeError for a count the
 * procedure does not allow.
 */
export function planSession(procedure: Procedure, keyCount: number): SessionPlan {
	const options = keyCountOptions(procedure);
	if (!Number.isInteger(keyCount) || !options.includes(keyCount)) {
		throw new RangeError(
			procedure.maxKeys === null
				? `Choose between 1 and ${KEYS_WITHOUT_FIGURE} keys.`
				: `This car takes 1 to ${procedure.maxKeys} keys; ${keyCount} is not possible.`
		);
	}
	const facts = procedure.keySession ?? {};
	const labels = keyLabels(keyCount);
	const checklist: ChecklistItem[] = [
		{
			id: 'keys-at-hand',
			text:
				keyCount === 1
					? 'Your key is with you.'
					: keyCount === 2
						? `Both keys are with you, marked ${labels[0]} and ${labels[1]} (a piece of tape will do), so you can do them in the same order every time.`
						: `All ${keyCount} keys are with you, marked ${labels[0]} to ${labels[keyCount - 1]} (a piece of tape will do), so you can do them in the same order every time.`,
			// What happens to a key left out is the keys note's fact: not repeated here.
			fact: facts.sameOrder ?? null
		},
		...procedure.prerequisites.map((p, i) => ({
			id: `prerequisite-${i + 1}`,
			text: p.text,
			fact: p
		}))
	];
	return {
		procedureId: procedure.id,
		keys: labels.map((label) => ({ label })),
		maxKeys: procedure.maxKeys,
		maxKeysFact: facts.maxKeys ?? null,
		sameOrder: facts.sameOrder ?? null,
		leftOut: facts.leftOut ?? null,
		keysNote: keysNote(procedure),
		checklist,
		warnings: procedure.warnings
	};
}
