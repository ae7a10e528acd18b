import type { IgnitionPosition, IgnitionSwitch } from '../ignition';
import { realClock, type Clock } from '../clock';
import { Deadlines } from './deadlines';
import type { BodyContext, BodyEvent, KeySystemRules } from './key-system';
import {
	BUTTON_LABELS,
	IGNITION_LABELS,
	KEY_BUTTONS,
	type BodyReaction,
	type BodyState,
	type ButtonName,
	type IgnoreReason,
	type KeyId,
	type KeyState,
	type SwitchPosition,
	type VirtualKeySpec
} from './types';

/** A button of the key in hand pressed down; `held` lists its buttons down after it. */
export interface ButtonPress {
	readonly key: KeyId;
	readonly button: ButtonName;
	readonly held: readonly ButtonName[];
}

/** How a scenario sets up the body module. */
export interface BodyModuleOptions {
	/** The car family's remote rules (see `createKeySystem`). */
	rules: KeySystemRules;
	/** One to four virtual keys, ids 1…n in order. */
	keys: readonly VirtualKeySpec[];
	/** The key in the ignition at the start; default key 1 when the ignition is not off, else none. */
	keyInIgnition?: KeyId | null;
	/** The key the person holds at the start; default key 1. */
	keyInHand?: KeyId;
	locks?: 'locked' | 'unlocked';
	driverDoor?: 'open' | 'closed';
	/** Time source; real time when absent. */
	clock?: Clock;
}

interface KeyRecord {
	spec: VirtualKeySpec;
	paired: boolean;
	inSync: boolean;
	held: Set<ButtonName>;
}

/** How many reactions `reactions` keeps for a screen that opens late. */
const HISTORY = 50;

/**
 * The simulated body module of a rehearsal car (the part that answers key
 * remotes), with the hardware around it: up to four virtual keys, the
 * ignition switch (through the SimCar, so position 2 still wakes the engine
 * computer the adapter talks to), the driver's door and the central locks.
 *
 * It plugs into the SimCar as a module listening to ignition events
 * (`car.onChange`), and hands every input to the car family's rules
 * (`KeySystemRules`), which react through a `BodyContext`.
 *
 * Controls for the rehearsal UI (all act at once and report through
 * `subscribe` / `onChange`):
 *
 * ```ts
 * const body = link.car.body!;            // a SimulatedLink of a rehearsal scenario
 * body.onChange((s) => (view = s));       // BodyState: locks, door, keys, ignition
 * body.subscribe((r) => announce(r.text)); // "Locks locked and unlocked: key 2 learned"
 * body.setIgnition('accessory');          // Position 1 (the key in hand goes in if the lock is empty)
 * body.setIgnition('off');
 * body.removeKey();
 * body.chooseKey(2);                      // Key in hand
 * body.hold('unlock');                    // pointer down on Unlock, or "Hold Unlock" pressed
 * body.press('lock'); body.press('lock'); body.press('lock');
 * body.release('unlock');
 * ```
 */
export class BodyModule {
	readonly rules: KeySystemRules;
	readonly #car: IgnitionSwitch;
	readonly #clock: Clock;
	readonly #deadlines: Deadlines;
	readonly #keys = new Map<KeyId, KeyRecord>();
	#ignition: IgnitionPosition;
	#keyInIgnition: KeyId | null;
	#keyInHand: KeyId;
	#locks: 'locked' | 'unlocked';
	#doorOpen: boolean;
	#history: BodyReaction[] = [];
	#reactionListeners = new Set<(r: BodyReaction) => void>();
	#stateListeners = new Set<(s: BodyState) => void>();
	#pressListeners = new Set<(p: ButtonPress) => void>();
	#unsubscribeCar: () => void;
	#changed = false;
	#depth = 0;

	constructor(car: IgnitionSwitch, options: BodyModuleOptions) {
		const { keys } = options;
		if (keys.length < 1 || keys.length > 4)
			throw new RangeError('A rehearsal car has 1 to 4 keys.');
		keys.forEach((k, i) => {
			if (k.id !== i + 1) throw new RangeError('Virtual keys are numbered 1…n in order.');
			this.#keys.set(k.id, { spec: k, paired: k.paired, inSync: k.inSync, held: new Set() });
		});
		this.rules = options.rules;
		this.#car = car;
		this.#clock = options.clock ?? realClock;
		this.#deadlines = new Deadlines(this.#clock, () => this.#flush());
		this.#ignition = car.ignition;
		this.#keyInIgnition =
			options.keyInIgnition !== undefined
				? options.keyInIgnition
				: car.ignition === 'off'
					? null
					: 1;
		this.#keyInHand = options.keyInHand ?? 1;
		this.#check(this.#keyInHand);
		if (this.#keyInIgnition !== null) this.#check(this.#keyInIgnition);
		if (this.#keyInIgnition === null && car.ignition !== 'off')
			throw new RangeError('The ignition is on, so a key must be in it.');
		this.#locks = options.locks ?? 'unlocked';
		this.#doorOpen = options.driverDoor === 'open';
		this.rules.start?.(car.ignition, this.#context);
		// The ignition may also be turned on the SimCar itself (tests, other tools): listen there.
		this.#unsubscribeCar = car.onChange((e) => {
			if (e.type === 'ignition') this.#input(() => this.#ignitionChanged(e.position));
		});
	}

	// ── Controls ────────────────────────────────────────────────────────────

	/**
	 * Turns the ignition to Off, Position 1 ('accessory') or Position 2 ('on').
	 * With the lock empty, the key in hand goes in first. Position 2 on a
	 * running engine leaves it running.
	 */
	setIgnition(position: SwitchPosition): void {
		this.#input(() => {
			if (position === 'on' && this.#car.ignition === 'running') return;
			if (position !== 'off' && this.#keyInIgnition === null) this.#keyInIgnition = this.#keyInHand;
			this.#car.setIgnition(position);
		});
	}

	/** Puts the key in hand into the ignition lock (at Off); false when a key is already in. */
	insertKey(): boolean {
		let done = false;
		this.#input(() => {
			if (this.#keyInIgnition !== null) return;
			this.#keyInIgnition = this.#keyInHand;
			this.#changed = true;
			done = true;
		});
		return done;
	}

	/** Takes the key out of the ignition; only possible at Off (false otherwise). */
	removeKey(): boolean {
		let done = false;
		this.#input(() => {
			if (this.#keyInIgnition === null || this.#car.ignition !== 'off') return;
			this.#keyInIgnition = null;
			this.#changed = true;
			done = true;
		});
		return done;
	}

	/** Chooses the key in hand (the one whose buttons the controls press); held buttons are let go. */
	chooseKey(id: KeyId): void {
		this.#check(id);
		this.#input(() => {
			if (id === this.#keyInHand) return;
			this.#releaseAll(this.#keyInHand);
			this.#keyInHand = id;
			this.#changed = true;
		});
	}

	/** Presses and lets go of a button on the key in hand. */
	press(button: ButtonName): void {
		this.#input(() => {
			const held = this.#held(button);
			if (held.has(button)) return;
			this.#button(button, 'down');
			this.#button(button, 'up');
		});
	}

	/** Presses a button on the key in hand and keeps it down until `release`. */
	hold(button: ButtonName): void {
		this.#input(() => {
			if (!this.#held(button).has(button)) this.#button(button, 'down');
		});
	}

	/** Lets go of a held button on the key in hand. */
	release(button: ButtonName): void {
		this.#input(() => {
			if (this.#held(button).has(button)) this.#button(button, 'up');
		});
	}

	/** Opens or closes the driver's door. */
	setDriverDoor(position: 'open' | 'closed'): void {
		this.#input(() => {
			const open = position === 'open';
			if (open === this.#doorOpen) return;
			this.#doorOpen = open;
			this.#changed = true;
			this.#handle({ type: 'door', open });
		});
	}

	/**
	 * Turns the key in hand's blade in the driver's door lock: the central
	 * locks follow. False (and nothing happens) when that key is in the ignition.
	 */
	turnKeyInDoor(turn: 'lock' | 'unlock'): boolean {
		let done = false;
		this.#input(() => {
			const key = this.#keyInHand;
			if (this.#keyInIgnition === key) {
				this.#emit(
					'note',
					key,
					`Key ${key} is in the ignition: take it out to use its blade in the door`,
					{
						realCarShows: false
					}
				);
				return;
			}
			done = true;
			const where = "with the key in the driver's door";
			if (turn === 'unlock') this.#setLocks('unlocked', 'unlocked', key, `Locks unlocked ${where}`);
			else this.#setLocks('locked', 'locked', key, `Locks locked ${where}`);
			this.#handle({ type: 'key-blade', key, turn });
		});
		return done;
	}

	// ── Reading ─────────────────────────────────────────────────────────────

	/**
	 * The current state as plain data (a fresh snapshot each read). Reading has
	 * no side effects: windows that ended are applied by their timer or by the
	 * next input, whichever comes first.
	 */
	get state(): BodyState {
		const keys: KeyState[] = [...this.#keys.values()].map((k) => ({
			id: k.spec.id,
			label: `Key ${k.spec.id}`,
			buttons: KEY_BUTTONS[k.spec.buttons],
			paired: k.paired,
			inSync: k.paired && k.inSync,
			status: !k.paired
				? 'Not paired with this car'
				: k.inSync
					? 'Works with this car'
					: 'Out of sync with this car',
			held: [...k.held],
			inIgnition: this.#keyInIgnition === k.spec.id,
			inHand: this.#keyInHand === k.spec.id
		}));
		return {
			system: { id: this.rules.id, name: this.rules.name },
			ignition: this.#car.ignition,
			ignitionLabel: IGNITION_LABELS[this.#car.ignition],
			keyInIgnition: this.#keyInIgnition,
			keyInHand: this.#keyInHand,
			locks: this.#locks,
			driverDoor: this.#doorOpen ? 'open' : 'closed',
			keys,
			session: this.rules.session(this.#context)
		};
	}

	/** The latest reactions, oldest first (at most 50). */
	get reactions(): readonly BodyReaction[] {
		return [...this.#history];
	}

	/** Calls `listener` with each reaction of the car; returns the unsubscribe function. */
	subscribe(listener: (r: BodyReaction) => void): () => void {
		this.#reactionListeners.add(listener);
		return () => this.#reactionListeners.delete(listener);
	}

	/** Calls `listener` with a fresh state after every change (input or a window ending). */
	onChange(listener: (s: BodyState) => void): () => void {
		this.#stateListeners.add(listener);
		return () => this.#stateListeners.delete(listener);
	}

	/**
	 * Calls `listener` each time a button of the key in hand goes down (what
	 * the owner did, not what the car made of it), after the car has reacted;
	 * returns the unsubscribe function. The guide counts these on the practice car.
	 */
	onPress(listener: (p: ButtonPress) => void): () => void {
		this.#pressListeners.add(listener);
		return () => this.#pressListeners.delete(listener);
	}

	/** Stops the module's timers and its listening to the car. */
	dispose(): void {
		this.#deadlines.dispose();
		this.#unsubscribeCar();
		this.#reactionListeners.clear();
		this.#stateListeners.clear();
		this.#pressListeners.clear();
	}

	// ── Inside ──────────────────────────────────────────────────────────────

	/** Runs one input: first the windows that ended meanwhile, then the input, then one notification. */
	#input(run: () => void): void {
		this.#depth++;
		try {
			if (this.#depth === 1 && this.#deadlines.catchUp()) this.#changed = true;
			run();
		} finally {
			this.#depth--;
		}
		if (this.#depth === 0 && this.#changed) this.#flush();
	}

	#flush(): void {
		this.#changed = false;
		if (this.#stateListeners.size === 0) return;
		const s = this.state;
		for (const l of this.#stateListeners) l(s);
	}

	#ignitionChanged(to: IgnitionPosition): void {
		const from = this.#ignition;
		if (from === to) return;
		this.#ignition = to;
		// Turned on the SimCar directly: the key in hand is the one that turned it.
		if (to !== 'off' && this.#keyInIgnition === null) this.#keyInIgnition = this.#keyInHand;
		this.#changed = true;
		this.#handle({ type: 'ignition', from, to });
	}

	#button(button: ButtonName, action: 'down' | 'up'): void {
		const key = this.#keyInHand;
		const held = this.#held(button);
		if (action === 'down') held.add(button);
		else held.delete(button);
		this.#changed = true;
		this.#handle({ type: 'button', key, button, action, held: [...held] });
		if (action === 'down')
			for (const l of this.#pressListeners) l({ key, button, held: [...held] });
	}

	#held(button: ButtonName): Set<ButtonName> {
		const k = this.#keys.get(this.#keyInHand)!;
		if (!KEY_BUTTONS[k.spec.buttons].includes(button))
			throw new RangeError(`Key ${k.spec.id} has no ${BUTTON_LABELS[button]} button.`);
		return k.held;
	}

	#releaseAll(id: KeyId): void {
		const held = this.#keys.get(id)!.held;
		for (const b of [...held]) this.#button(b, 'up');
	}

	#handle(e: BodyEvent): void {
		this.rules.handle(e, this.#context);
	}

	#check(id: KeyId): void {
		if (!this.#keys.has(id)) throw new RangeError(`This car has no key ${id}.`);
	}

	#setLocks(
		to: 'locked' | 'unlocked',
		kind: 'locked' | 'unlocked',
		key: KeyId | null,
		text: string
	) {
		this.#locks = to;
		this.#emit(kind, key, text);
	}

	#emit(
		kind: BodyReaction['kind'],
		key: KeyId | null,
		text: string,
		extra: { reason?: IgnoreReason; realCarShows?: boolean } = {}
	): void {
		const r: BodyReaction = {
			at: this.#clock.now(),
			kind,
			key,
			text,
			...(extra.reason ? { reason: extra.reason } : {}),
			realCarShows: extra.realCarShows ?? true
		};
		this.#history.push(r);
		if (this.#history.length > HISTORY) this.#history.shift();
		this.#changed = true;
		for (const l of this.#reactionListeners) l(r);
	}

	readonly #context: BodyContext = (() => {
		const record = (id: KeyId) => {
			const k = this.#keys.get(id);
			if (!k) throw new RangeError(`This car has no key ${id}.`);
			return k;
		};
		const actions: Omit<BodyContext, 'keyIds' | 'keyInIgnition' | 'driverDoorOpen' | 'locks'> = {
			now: () => this.#clock.now(),
			isPaired: (id) => record(id).paired,
			isInSync: (id) => record(id).paired && record(id).inSync,
			learn: (id) => {
				Object.assign(record(id), { paired: true, inSync: true });
				this.#changed = true;
			},
			unpair: (id) => {
				record(id).paired = false;
				this.#changed = true;
			},
			resync: (id) => {
				record(id).inSync = true;
				this.#changed = true;
			},
			lock: (key, text = 'Locks locked') => this.#setLocks('locked', 'locked', key, text),
			unlock: (key, text = 'Locks unlocked') => this.#setLocks('unlocked', 'unlocked', key, text),
			confirm: (key, text) => {
				this.#locks = 'unlocked';
				this.#emit('confirm', key, text);
			},
			releaseBoot: (key) => this.#emit('boot', key, 'Boot lid released'),
			ignore: (key, reason, text) => this.#emit('ignored', key, text, { reason }),
			note: (text, key = null) => this.#emit('note', key, text, { realCarShows: false }),
			setDeadline: (name, at, fire) => this.#deadlines.set(name, at, fire),
			clearDeadline: (name) => this.#deadlines.clear(name)
		};
		return Object.defineProperties(actions, {
			keyIds: { get: () => [...this.#keys.keys()] },
			keyInIgnition: { get: () => this.#keyInIgnition },
			driverDoorOpen: { get: () => this.#doorOpen },
			locks: { get: () => this.#locks }
		}) as BodyContext;
	})();
}
