import type { IgnitionPosition } from '../ignition';

/** The virtual keys of a rehearsal car: at most four, as the systems simulated here hold. */
export type KeyId = 1 | 2 | 3 | 4;

/** Buttons of a virtual key. */
export type ButtonName = 'lock' | 'unlock' | 'boot';

/** A 3-button key (Lock, Unlock, Boot) or a 2-button key (Lock, Unlock). */
export type KeyButtons = '3-button' | '2-button';

export const KEY_BUTTONS: Readonly<Record<KeyButtons, readonly ButtonName[]>> = {
	'3-button': ['lock', 'unlock', 'boot'],
	'2-button': ['lock', 'unlock']
};

/** The names on screen (and for assistive technology) of each button. */
export const BUTTON_LABELS: Readonly<Record<ButtonName, 'Lock' | 'Unlock' | 'Boot'>> = {
	lock: 'Lock',
	unlock: 'Unlock',
	boot: 'Boot'
};

/** The positions the rehearsal's ignition switch offers; 'running' only comes from a scenario's start. */
export type SwitchPosition = Exclude<IgnitionPosition, 'running'>;

export type IgnitionLabel = 'Off' | 'Position 1' | 'Position 2';

/** The rehearsal's ignition radios in order, with the position each sets. */
export const SWITCH_POSITIONS: readonly { position: SwitchPosition; label: IgnitionLabel }[] = [
	{ position: 'off', label: 'Off' },
	{ position: 'accessory', label: 'Position 1' },
	{ position: 'on', label: 'Position 2' }
];

/** Screen names of the ignition positions (a running engine is at position 2). */
export const IGNITION_LABELS: Readonly<Record<IgnitionPosition, IgnitionLabel>> = {
	off: 'Off',
	accessory: 'Position 1',
	on: 'Position 2',
	running: 'Position 2'
};

/** One virtual key as a scenario starts it. */
export interface VirtualKeySpec {
	id: KeyId;
	buttons: KeyButtons;
	/** Whether this car knows the key's remote. */
	paired: boolean;
	/**
	 * Whether the remote's rolling code is inside the window the car accepts.
	 * A paired remote out of sync is ignored until it is resynchronised or
	 * learned again; ignored when `paired` is false.
	 */
	inSync: boolean;
}

/** Why the car ignored a remote (codes for tests; the reaction's text says it in words). */
export type IgnoreReason =
	'not-paired' | 'out-of-sync' | 'key-in-ignition' | 'wrong-sequence' | 'already-learned';

/**
 * What the car did: locked, unlocked, cycled the locks to confirm, released the
 * boot, ignored a remote, or a rehearsal note about something a real car does
 * silently (`realCarShows: false`).
 */
export type ReactionKind = 'locked' | 'unlocked' | 'confirm' | 'boot' | 'ignored' | 'note';

/** One reaction of the car, in plain words fit for a live region. */
export interface BodyReaction {
	/** Clock time of the reaction (ms). */
	readonly at: number;
	readonly kind: ReactionKind;
	/** The key it concerns, when one does. */
	readonly key: KeyId | null;
	/** E.g. "Locks locked", "Locks locked and unlocked: key 2 learned", "Ignored: key 2 is not paired with this car". */
	readonly text: string;
	readonly reason?: IgnoreReason;
	/** False for notes a real car gives no sign of (e.g. that it is ready to learn keys). */
	readonly realCarShows: boolean;
}

/** One virtual key as the rehearsal shows it. */
export interface KeyState {
	readonly id: KeyId;
	/** "Key 1" … "Key 4". */
	readonly label: string;
	readonly buttons: readonly ButtonName[];
	readonly paired: boolean;
	readonly inSync: boolean;
	/** "Works with this car", "Out of sync with this car" or "Not paired with this car". */
	readonly status: string;
	readonly held: readonly ButtonName[];
	readonly inIgnition: boolean;
	readonly inHand: boolean;
}

/** A snapshot of the simulated car's body side, plain data for a screen. */
export interface BodyState {
	readonly system: { readonly id: string; readonly name: string };
	readonly ignition: IgnitionPosition;
	readonly ignitionLabel: IgnitionLabel;
	readonly keyInIgnition: KeyId | null;
	readonly keyInHand: KeyId;
	readonly locks: 'locked' | 'unlocked';
	readonly driverDoor: 'open' | 'closed';
	readonly keys: readonly KeyState[];
	/**
	 * What the car is doing inside (e.g. "Learning keys: key 1 learned"), with
	 * the clock time its current window ends. A real car shows none of this; the
	 * rehearsal may, to teach.
	 */
	readonly session: { readonly text: string; readonly until: number | null } | null;
}
