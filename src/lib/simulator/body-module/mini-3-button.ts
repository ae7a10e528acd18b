/**
 * Remote initialisation of the MINI R50/R52/R53 built from 07/2004 (3-button
 * key) and the BMW cars with the same system (E38, E39, E46, E52, E53): the
 * body module (MINI BC1, BMW "GM") learns up to four remotes in one session.
 *
 * Written from the sources, not from the guide's data:
 * - BMW of North America, E46 "Central Body Electronics — Remote Key
 *   Initialization" (repair information, M), mirrored at
 *   https://lemon.leoquadpod.com/BMW/2000/328Ci%20Automatic/Repair%20and%20Diagnosis%20%28Single%20Page%29/Electrical/Body%20Electrical/Central%20Body%20Electrics%20-%20Overview/E46%20Central%20Body%20Electronics/Remote%20RF%20%28Key%20Less%29%20Entry/Remote%20Key%20Initialization/Notes/
 *   and BMW training manual "Central Body Electronics (ZKE)", X5 (E53), page
 *   ZKE-25, https://www.autoguidegalaxy.com/2000-bmw-x5-central-body-electronics-workshop-manual/2/?srch=door+lock
 *   — up to 4 keys, all at the same time, only with the vehicle unlocked; KL R
 *   (position 1) then off within 5 s and remove the key; within 30 s of "off"
 *   hold button 2 (unlock) and tap button 1 (lock) three times within 10 s;
 *   release; the module locks and unlocks; each further key within 30 s;
 *   "Switching the ignition to KL R completes the initialization".
 * - Precision ECU, "BMW Remote Programming (Initialization) / Step By Step",
 *   https://www.precisionecu.com/blogs/news/bmw-remote-programming-initialization
 *   — otherwise "initialization stand-by" is switched off; "The ignition lock
 *   must never be reactivated during the initialization process".
 * - MINI: Minimania, "Reprogram New MINI Keys R50/52/53",
 *   https://www.minimania.com/Reprogram_New_MINI_Keys_R50_52_53, and
 *   Signature Mini Specialists on axleaddict, "How to Fix the Remote Central
 *   Locking on Your BMW Mini 2004-2006",
 *   https://axleaddict.com/auto-repair/mini-remote-central-locking — three-button
 *   key only; "If you program one, it will de-program the others"; finish by
 *   switching to position one.
 * - Doors: "don't open them until you are finished" (NorCal MINIs, "DIY:
 *   Reviving And Programming A Dead MINI Key",
 *   http://www.norcalminis.com/2012/04/diy-reviving-and-programming-dead-mini.html);
 *   some forum posts end the session by opening a door.
 * - Remotes ignored while a key is in the ignition lock: BMW E53 owner's
 *   information as reported in the project's research (an owner's-manual scan
 *   is referenced from https://xseries-forum.com/forum/viewtopic.php?p=128596);
 *   the E46 text also says to remove the key.
 *
 * Where the sources leave room, the simulated car accepts:
 * - Position 1 only. Forum variants that use position 2 are not accepted:
 *   the manufacturer texts say KL R, and turning to position 2 (KL 15)
 *   disqualifies the start.
 * - The 10 s are timed from the moment Unlock goes down ("hold button 2 and
 *   tap button 1 three times within 10 s": the hold starts the gesture), and
 *   the third tap of Lock must come within them. When they pass without it,
 *   the car leaves standby (Precision ECU: otherwise stand-by is switched
 *   off), so a late tap never teaches a key. Exactly three taps count; two or
 *   four do not.
 * - The 30 s window limits when Unlock must go down; a gesture begun inside
 *   it may finish within its own 10 s after.
 * - Any 3-button remote of the system can be learned, not only one already
 *   paired: axleaddict says it "works perfectly with new keys"; Minimania says
 *   new keys need coding to the VIN, which concerns the immobiliser
 *   transponder (not simulated: every virtual key starts the car).
 * - An attempt outside a session does nothing special: the car treats the
 *   presses as ordinary remote use (a paired remote in sync locks and unlocks;
 *   others are ignored). A session whose window has ended is over; it does not
 *   reopen. Inside a session, a plain press (Lock alone, Boot, or Unlock let go
 *   without a tap of Lock) is ordinary remote use too, and the session goes on.
 * - Turning the ignition to position 1 or 2, opening a door or letting 30 s
 *   pass ends the session. The turn that ends it ("switching the ignition to
 *   KL R completes the initialization") is not also the start of a new one:
 *   switching off after it leaves the car out of standby. Keys learned stay learned; when at least one key
 *   was learned, every key not learned in the session loses its pairing (a
 *   session with no key learned changes nothing). Four keys learned end it
 *   too: the module holds no more.
 * - Outside a session this car ignores its remotes while any key is in the
 *   ignition lock; in a session the press is ignored and the session goes on.
 */
import {
	keyList,
	type BodyContext,
	type BodyEvent,
	type ButtonEvent,
	type KeySystemRules
} from './key-system';
import { noLongerWork } from './learn-remote';
import { normalRemote } from './normal-remote';
import type { KeyId } from './types';

/** Position 1 must end (off) within this time of being reached (ms). */
export const POSITION_1_MAX_MS = 5_000;
/** Each key's gesture must begin within this time of "off" or of the last key learned (ms). */
export const STANDBY_MS = 30_000;
/** The three taps of Lock within this time (ms). */
export const TAPS_WITHIN_MS = 10_000;
/** The most remotes the module holds. */
export const MAX_KEYS = 4;

interface Gesture {
	key: KeyId;
	/** When Unlock went down: the 10 s for the three taps run from here. */
	since: number;
	taps: number[];
}

type State =
	| { name: 'idle' }
	/** The ignition just completed an initialisation; its next move (back to off) arms nothing. */
	| { name: 'completed' }
	/** Position 1 reached from off at `since`; position 2 not reached. */
	| { name: 'armed'; since: number }
	/** Initialisation standby: the next gesture must begin by `until`. */
	| { name: 'standby'; until: number; learned: KeyId[]; gesture: Gesture | null };

type EndReason = 'ignition' | 'door' | 'timeout' | 'taps' | 'full';

const END_TEXT: Record<EndReason, string> = {
	ignition: 'the ignition was turned',
	door: 'a door was opened',
	timeout: '30 seconds passed without the next key',
	taps: '10 seconds passed after Unlock was held without 3 presses of Lock',
	full: 'the car holds 4 keys at most'
};

export class Mini3ButtonRules implements KeySystemRules {
	readonly id = 'mini-3-button';
	readonly name = 'MINI / BMW remote initialisation (3-button key)';
	#state: State = { name: 'idle' };

	handle(e: BodyEvent, ctx: BodyContext): void {
		const s = this.#state;
		switch (e.type) {
			case 'ignition':
				if (s.name === 'standby') {
					// The turn that completes the initialisation does not also arm a new one.
					this.#end(ctx, 'ignition');
					this.#state = { name: 'completed' };
				} else if (e.from === 'off' && e.to === 'accessory') {
					this.#state = { name: 'armed', since: ctx.now() };
				} else if (e.to === 'off' && s.name === 'armed') {
					this.#armedToOff(ctx, s.since);
				} else {
					this.#state = { name: 'idle' };
				}
				return;
			case 'door':
				if (!e.open) return;
				if (s.name === 'standby') this.#end(ctx, 'door');
				else if (s.name === 'armed') this.#state = { name: 'idle' };
				return;
			case 'key-blade':
				return;
			case 'button':
				if (s.name === 'standby') return this.#standbyButton(e, ctx, s);
				return normalRemote(e, ctx, { ignoreWithKeyInIgnition: true });
		}
	}

	session(): { text: string; until: number | null } | null {
		const s = this.#state;
		if (s.name === 'armed')
			return { text: 'Position 1: turn off within 5 seconds', until: s.since + POSITION_1_MAX_MS };
		if (s.name !== 'standby') return null;
		const learned = s.learned.length
			? `${capital(keyList(s.learned))} learned`
			: 'no key learned yet';
		if (s.gesture)
			return { text: `Learning keys (${learned}); key ${s.gesture.key} in progress`, until: null };
		return { text: `Learning keys (${learned})`, until: s.until };
	}

	#armedToOff(ctx: BodyContext, since: number): void {
		this.#state = { name: 'idle' };
		const held = ctx.now() - since;
		if (held > POSITION_1_MAX_MS) {
			return ctx.note(
				`The ignition stayed in position 1 for ${seconds(held)}, more than 5 seconds: the car is not ready to learn keys`
			);
		}
		if (ctx.driverDoorOpen) {
			return ctx.note("The driver's door is open: the car is not ready to learn keys");
		}
		this.#state = { name: 'standby', until: ctx.now() + STANDBY_MS, learned: [], gesture: null };
		this.#arm(ctx);
		ctx.note('The car is ready to learn keys for 30 seconds');
	}

	#arm(ctx: BodyContext): void {
		const s = this.#state;
		if (s.name !== 'standby') return;
		ctx.clearDeadline('taps');
		ctx.setDeadline('standby', s.until, () => this.#end(ctx, 'timeout'));
	}

	#standbyButton(e: ButtonEvent, ctx: BodyContext, s: Extract<State, { name: 'standby' }>): void {
		const g = s.gesture;
		if (e.action === 'down' && ctx.keyInIgnition !== null) {
			s.gesture = null;
			this.#arm(ctx);
			return ctx.ignore(
				e.key,
				'key-in-ignition',
				`Ignored: key ${ctx.keyInIgnition} is in the ignition. Take it out, then hold Unlock and press Lock 3 times`
			);
		}
		if (e.action === 'down') {
			if (!g && e.button === 'unlock' && e.held.length === 1) {
				// Maybe the start of a gesture. One begun in the window may finish after it: the window pauses.
				s.gesture = { key: e.key, since: ctx.now(), taps: [] };
				ctx.clearDeadline('standby');
				ctx.setDeadline('taps', ctx.now() + TAPS_WITHIN_MS, () => this.#tapsTimeUp(ctx));
				return;
			}
			if (g && g.key === e.key && e.button === 'lock' && e.held.includes('unlock')) {
				g.taps.push(ctx.now());
				return;
			}
			if (g) {
				s.gesture = null;
				this.#arm(ctx);
				return ctx.ignore(
					e.key,
					'wrong-sequence',
					'Not learned: only Lock may be pressed while Unlock is held'
				);
			}
			return normalRemote(e, ctx);
		}
		if (g && g.key === e.key && e.button === 'unlock') {
			if (g.taps.length > 0) return this.#finishGesture(ctx, s, g);
			// A plain press of Unlock: ordinary remote use, and standby goes on.
			s.gesture = null;
			this.#arm(ctx);
			normalRemote({ ...e, action: 'down' }, ctx);
		}
	}

	#finishGesture(ctx: BodyContext, s: Extract<State, { name: 'standby' }>, g: Gesture): void {
		s.gesture = null;
		const failure =
			g.taps.length !== 3
				? `Lock was pressed ${g.taps.length === 1 ? 'once' : `${g.taps.length} times`} while Unlock was held; the car needs 3`
				: g.taps[2]! - g.since > TAPS_WITHIN_MS
					? `the 3 presses of Lock came ${seconds(g.taps[2]! - g.since)} after Unlock was held, more than 10 seconds`
					: ctx.locks === 'locked'
						? 'the car is locked; unlock it first' // BMW: "only possible with the vehicle unlocked"
						: null;
		if (failure) {
			ctx.ignore(g.key, 'wrong-sequence', `Not learned: ${failure}`);
			if (ctx.now() > s.until) return this.#end(ctx, 'timeout');
			return this.#arm(ctx);
		}
		ctx.learn(g.key);
		if (!s.learned.includes(g.key)) s.learned.push(g.key);
		ctx.confirm(g.key, `Locks locked and unlocked: key ${g.key} learned`);
		s.until = ctx.now() + STANDBY_MS;
		if (s.learned.length >= MAX_KEYS) return this.#end(ctx, 'full');
		this.#arm(ctx);
	}

	/** 10 s after Unlock went down: without the three taps by now, the car stops listening. */
	#tapsTimeUp(ctx: BodyContext): void {
		const s = this.#state;
		if (s.name === 'standby' && s.gesture && s.gesture.taps.length < 3) this.#end(ctx, 'taps');
	}

	#end(ctx: BodyContext, reason: EndReason): void {
		const s = this.#state;
		if (s.name !== 'standby') return;
		this.#state = { name: 'idle' };
		ctx.clearDeadline('standby');
		ctx.clearDeadline('taps');
		if (s.learned.length === 0) {
			return ctx.note(`Learning ended (${END_TEXT[reason]}); no key was learned, nothing changed`);
		}
		const lost = ctx.keyIds.filter((k) => !s.learned.includes(k) && ctx.isPaired(k));
		for (const k of lost) ctx.unpair(k);
		ctx.note(
			`Learning ended (${END_TEXT[reason]}). ${capital(keyList(s.learned))} learned` +
				noLongerWork(lost)
		);
	}
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** Tenths of a second, rounded up so 10.001 s never reads as "10.0 s, more than 10 seconds". */
const seconds = (ms: number) => `${(Math.ceil(ms / 100) / 10).toFixed(1)} s`;
