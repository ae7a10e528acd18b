import type { IgnitionPosition } from '../ignition';
import type { ButtonName, IgnoreReason, KeyId } from './types';

/** What the body module senses: ignition edges, remote frames, the driver's door and its lock. */
export type BodyEvent =
	| { type: 'ignition'; from: IgnitionPosition; to: IgnitionPosition }
	| ButtonEvent
	| { type: 'door'; open: boolean }
	| { type: 'key-blade'; key: KeyId; turn: 'lock' | 'unlock' };

/**
 * A remote button going down or up. `held` lists the key's buttons still down
 * after this event, so a rule sees "Lock pressed while Unlock is held".
 */
export interface ButtonEvent {
	type: 'button';
	key: KeyId;
	button: ButtonName;
	action: 'down' | 'up';
	held: readonly ButtonName[];
}

/** What a key system's rules may read and do; the body module implements it. */
export interface BodyContext {
	now(): number;
	readonly keyIds: readonly KeyId[];
	readonly keyInIgnition: KeyId | null;
	readonly driverDoorOpen: boolean;
	readonly locks: 'locked' | 'unlocked';
	isPaired(key: KeyId): boolean;
	isInSync(key: KeyId): boolean;
	/** The car learns this remote: paired and in sync from now on. */
	learn(key: KeyId): void;
	/** The car forgets this remote: it is ignored from now on. */
	unpair(key: KeyId): void;
	/** A paired remote's rolling code is accepted again. */
	resync(key: KeyId): void;
	lock(key: KeyId | null, text?: string): void;
	unlock(key: KeyId | null, text?: string): void;
	/** The locks lock and unlock once (the usual confirmation). */
	confirm(key: KeyId | null, text: string): void;
	releaseBoot(key: KeyId): void;
	ignore(key: KeyId, reason: IgnoreReason, text: string): void;
	/** A rehearsal note about something a real car does without a visible sign. */
	note(text: string, key?: KeyId | null): void;
	/** Calls `fire` once the clock is past `at` (the window includes `at` itself). */
	setDeadline(name: string, at: number, fire: () => void): void;
	clearDeadline(name: string): void;
}

/** One car family's remote rules, as a small explicit state machine. */
export interface KeySystemRules {
	readonly id: string;
	/** Plain name, e.g. "MINI / BMW remote initialisation (3-button key)". */
	readonly name: string;
	/** Called once with the ignition position the car starts in. */
	start?(ignition: IgnitionPosition, ctx: BodyContext): void;
	handle(event: BodyEvent, ctx: BodyContext): void;
	/** What the car is doing inside, for the rehearsal; null when idle. */
	session(ctx: BodyContext): { text: string; until: number | null } | null;
}

/** True at position 2 (KL-15), whether or not the engine runs. */
export const isOn = (p: IgnitionPosition): boolean => p === 'on' || p === 'running';

/** "key 1", "keys 1 and 2", "keys 1, 2 and 4". */
export function keyList(keys: readonly KeyId[]): string {
	const sorted = [...keys].sort();
	if (sorted.length === 1) return `key ${sorted[0]}`;
	return `keys ${sorted.slice(0, -1).join(', ')} and ${sorted[sorted.length - 1]}`;
}
