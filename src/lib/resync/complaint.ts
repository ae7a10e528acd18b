import type { KeyAnswers } from './types';
import { KEY_STARTS_ENGINE } from './questions';

/**
 * The owner's complaint as data: what fails and what they already tried
 * before opening the guide. Kept with the guide's answers (state/guide-store),
 * so the plan does not send them through the same sequence again blind, and
 * the printed report can tell a shop the story without re-interviewing them.
 * Whether this key starts the engine is the shared question KEY_STARTS_ENGINE,
 * kept with the other answers.
 *
 * Every field is optional: null means "not said".
 */
export interface OwnerComplaint {
	/** Keys the owner has for this car. */
	readonly keys: number | null;
	/** How many of them still lock and unlock the car with their buttons. */
	readonly remotesWorking: number | null;
	/** A new cell (battery) was fitted in the key that fails. */
	readonly newCell: 'yes' | 'no' | null;
	/** Which sequence the owner already tried. */
	readonly tried: TriedSequence | null;
	/** How many times (only with `tried` 'manual' or 'other'). */
	readonly tries: number | null;
	/** What the key's light does when a button is pressed. */
	readonly led: 'flashes' | 'dark' | 'no-light' | null;
}

/** 'manual': the sequence in the owner's manual; 'other': another one (a forum, a video); 'none': nothing yet. */
export type TriedSequence = 'manual' | 'other' | 'none';

export const EMPTY_COMPLAINT: OwnerComplaint = {
	keys: null,
	remotesWorking: null,
	newCell: null,
	tried: null,
	tries: null,
	led: null
};

/** The labels of the complaint form, one place for the form and the report's words. */
export const TRIED_LABELS: Readonly<Record<TriedSequence, string>> = {
	manual: 'The sequence in the owner’s manual',
	other: 'Another sequence (a forum, a video, a friend)',
	none: 'Nothing yet'
};

export const LED_LABELS: Readonly<Record<NonNullable<OwnerComplaint['led']>, string>> = {
	flashes: 'It flashes',
	dark: 'It stays dark',
	'no-light': 'The key has no light'
};

/** Whether the owner said anything at all. */
export function hasComplaint(c: OwnerComplaint | null | undefined): c is OwnerComplaint {
	return !!c && Object.values(c).some((v) => v !== null);
}

/** The times a sequence was tried, or null when nothing was tried (or the count was not said). */
export function timesTried(c: OwnerComplaint | null | undefined): number | null {
	if (!c || (c.tried !== 'manual' && c.tried !== 'other')) return null;
	return c.tries;
}

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The complaint in plain sentences, as a shop reads it: which key fails,
 * whether it starts the car, the cell, what was tried and how often, the
 * light. Only what the owner said; nothing is assumed.
 */
export function complaintSentences(c: OwnerComplaint | null, answers: KeyAnswers = {}): string[] {
	const out: string[] = [];
	if (c && c.keys !== null && c.remotesWorking !== null && c.remotesWorking <= c.keys) {
		const failing = c.keys - c.remotesWorking;
		const works = c.remotesWorking;
		out.push(
			failing === 0
				? `The owner has ${count(c.keys, 'key')}; every remote locks and unlocks the car.`
				: works === 0
					? `The owner has ${count(c.keys, 'key')}; no remote locks or unlocks the car.`
					: `The owner has ${count(c.keys, 'key')}: ${works} remote${works === 1 ? ' works' : 's work'}, ${failing} ${failing === 1 ? 'does' : 'do'} not lock or unlock the car.`
		);
	} else if (c?.keys != null) {
		out.push(`The owner has ${count(c.keys, 'key')}.`);
	}
	const starts = answers[KEY_STARTS_ENGINE.id];
	if (starts === 'yes') out.push('The key whose remote fails starts the engine.');
	else if (starts === 'no') out.push('The key whose remote fails does not start the engine.');
	else if (starts === 'not-tried') out.push('Whether that key starts the engine was not tried.');
	if (c?.newCell === 'yes') out.push('A new cell was fitted in that key; it still does not work.');
	else if (c?.newCell === 'no') out.push('The cell in that key has not been changed.');
	const times = timesTried(c);
	if (c?.tried === 'manual' || c?.tried === 'other') {
		const what =
			c.tried === 'manual' ? 'the sequence in the owner’s manual' : 'a sequence from elsewhere';
		out.push(
			`The owner already tried ${what}${times !== null ? ` ${times === 1 ? 'once' : `${times} times`}` : ''}, without success.`
		);
	} else if (c?.tried === 'none') {
		out.push('No resync sequence was tried before.');
	}
	if (c?.led === 'flashes') out.push('The key’s light flashes when a button is pressed.');
	else if (c?.led === 'dark') out.push('The key’s light stays dark when a button is pressed.');
	else if (c?.led === 'no-light') out.push('The key has no light.');
	return out;
}

/** Reads a stored complaint; anything unreadable counts as not said. */
export function parseComplaint(value: unknown): OwnerComplaint {
	if (typeof value !== 'object' || value === null) return EMPTY_COMPLAINT;
	const v = value as Record<string, unknown>;
	const n = (x: unknown, max: number) =>
		typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= max ? x : null;
	const oneOf = <T extends string>(x: unknown, allowed: readonly T[]): T | null =>
		typeof x === 'string' && (allowed as readonly string[]).includes(x) ? (x as T) : null;
	return {
		keys: n(v.keys, MAX_KEYS),
		remotesWorking: n(v.remotesWorking, MAX_KEYS),
		newCell: oneOf(v.newCell, ['yes', 'no'] as const),
		tried: oneOf(v.tried, ['manual', 'other', 'none'] as const),
		tries: n(v.tries, MAX_TRIES),
		led: oneOf(v.led, ['flashes', 'dark', 'no-light'] as const)
	};
}

/** Bounds for what the form accepts: more keys than any car holds, more tries than anyone counts. */
export const MAX_KEYS = 10;
export const MAX_TRIES = 99;
