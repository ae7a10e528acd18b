import { keyList, type BodyContext } from './key-system';
import type { KeyId } from './types';

/** A programming mode in which the first remote learned erases every other. */
export interface EraseOnFirstSession {
	learned: KeyId[];
	erased: KeyId[];
}

/** The remotes the session erased and did not learn again: they no longer work. */
export function lostRemotes(s: EraseOnFirstSession): KeyId[] {
	return s.erased.filter((k) => !s.learned.includes(k));
}

/** For the car's status line: "keys 1 and 2 accepted" (`verb` "accepted"), or "no remote yet". */
export function learnedSoFar(s: EraseOnFirstSession, verb: string): string {
	return s.learned.length ? `${keyList(s.learned)} ${verb}` : 'no remote yet';
}

/**
 * Learns `key` in a mode whose first remote learned erases all the others
 * (Ford 8-cycle, Jaguar X-Type): a remote already learned in this session is
 * ignored, otherwise the car learns it and confirms with `confirmText`.
 * Returns whether the remote was learned.
 */
export function learnErasingOthers(
	s: EraseOnFirstSession,
	key: KeyId,
	ctx: BodyContext,
	confirmText: string
): boolean {
	if (s.learned.includes(key)) {
		ctx.ignore(key, 'already-learned', `Key ${key}'s remote is already programmed in this session`);
		return false;
	}
	if (s.learned.length === 0) {
		s.erased = ctx.keyIds.filter((k) => k !== key && ctx.isPaired(k));
		for (const k of s.erased) ctx.unpair(k);
	}
	ctx.learn(key);
	s.learned.push(key);
	ctx.confirm(key, confirmText);
	return true;
}

/** "; key 1 no longer works with this car" for the remotes a session left out, or "" for none. */
export function noLongerWork(lost: readonly KeyId[], vehicle: 'car' | 'truck' = 'car'): string {
	if (lost.length === 0) return '';
	return `; ${keyList(lost)} no longer ${lost.length === 1 ? 'works' : 'work'} with this ${vehicle}`;
}
