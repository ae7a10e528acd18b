/**
 * The MINI R50/R52/R53 built before 07/2004 (2-button key, CR2032 battery):
 * the quick resync of a remote the car already knows whose rolling code
 * drifted. Pairing a new remote is not possible this way.
 *
 * Written from the sources, not from the guide's data:
 * - MINI owner's manual (North America, page 22) as quoted on MINI2.com:
 *   "turn the ignition to position 2 (ignition on) briefly, then off. Within
 *   10 seconds press the "unlock" (MINI logo) button, then the "lock" button."
 *   http://www.mini2.com/forum/3551163-post10.html (a single source, S).
 * - Another owner reads the same manual as "press both together" (uncertain,
 *   U; reported in the project's research, thread not public).
 * - New remotes need the code data printed on the key's bar-code tag, entered
 *   with a dealer tester or an aftermarket tool (several community sources,
 *   e.g. Minimania, https://www.minimania.com/Reprogram_New_MINI_Keys_R50_52_53:
 *   "These instructions are not for replacement keys"); the 3-button
 *   initialisation does not apply to this key (Signature Mini Specialists on
 *   axleaddict, https://axleaddict.com/auto-repair/mini-remote-central-locking).
 *
 * Where the sources leave room, the simulated car accepts:
 * - Position 2 for any time ("briefly" has no figure), then off; the 10 s run
 *   from "off" and include 10 s itself. Position 1 alone does not open it.
 * - Unlock then Lock from the same remote, both inside the 10 s: the manual's
 *   text as quoted. Pressing both "together" works here only when Unlock goes
 *   down first, because a receiver hears the two frames one after the other;
 *   Lock first does nothing. That way the uncertain reading is neither
 *   rewarded nor punished beyond what the order of frames decides.
 * - The resync completes on Lock: the locks lock, and the remote works again.
 *   The quoted text names no confirmation, so no other sign is given.
 * - The window stays open its 10 s for any key; each key needs its own
 *   Unlock-then-Lock. A remote the car never knew stays ignored.
 * - No source says to take the key out, so a key in the ignition does not
 *   block the remote on this car.
 */
import {
	isOn,
	type BodyContext,
	type BodyEvent,
	type ButtonEvent,
	type KeySystemRules
} from './key-system';
import { normalRemote } from './normal-remote';
import type { IgnitionPosition } from '../ignition';
import type { KeyId } from './types';

/** Unlock then Lock within this time of switching off (ms). */
export const RESYNC_WINDOW_MS = 10_000;

type State =
	| { name: 'idle' }
	/** Position 2 reached since the last off. */
	| { name: 'was-on' }
	/** Off after position 2: listening for Unlock then Lock until `until`. */
	| { name: 'listening'; until: number; unlockFrom: Set<KeyId> };

export class Mini2ButtonRules implements KeySystemRules {
	readonly id = 'mini-2-button';
	readonly name = 'MINI quick resync (2-button key)';
	#state: State = { name: 'idle' };

	start(ignition: IgnitionPosition): void {
		// A car met with the ignition on counts as "position 2 reached".
		this.#state = isOn(ignition) ? { name: 'was-on' } : { name: 'idle' };
	}

	handle(e: BodyEvent, ctx: BodyContext): void {
		const s = this.#state;
		switch (e.type) {
			case 'ignition':
				ctx.clearDeadline('resync');
				if (isOn(e.to)) this.#state = { name: 'was-on' };
				else if (e.to === 'off' && s.name === 'was-on') {
					const until = ctx.now() + RESYNC_WINDOW_MS;
					this.#state = { name: 'listening', until, unlockFrom: new Set() };
					ctx.setDeadline('resync', until, () => {
						this.#state = { name: 'idle' };
						ctx.note('10 seconds have passed since the ignition went off');
					});
				} else if (e.to === 'off' || s.name === 'listening') this.#state = { name: 'idle' };
				return;
			case 'button':
				if (s.name === 'listening') return this.#listening(e, ctx, s.unlockFrom);
				return normalRemote(e, ctx);
			case 'door':
			case 'key-blade':
				return;
		}
	}

	session(): { text: string; until: number | null } | null {
		const s = this.#state;
		if (s.name !== 'listening') return null;
		return { text: 'Listening for Unlock, then Lock', until: s.until };
	}

	#listening(e: ButtonEvent, ctx: BodyContext, unlockFrom: Set<KeyId>): void {
		if (e.action !== 'down') return;
		if (!ctx.isPaired(e.key)) {
			return ctx.ignore(
				e.key,
				'not-paired',
				`Ignored: key ${e.key} is not paired with this car. A new remote for this car needs a shop tool and the code on the key's tag`
			);
		}
		if (e.button === 'unlock') {
			unlockFrom.add(e.key);
			if (ctx.isInSync(e.key)) return ctx.unlock(e.key);
			return ctx.note(`The car heard Unlock from key ${e.key}`, e.key);
		}
		if (e.button === 'lock' && unlockFrom.has(e.key) && !ctx.isInSync(e.key)) {
			unlockFrom.delete(e.key);
			ctx.resync(e.key);
			return ctx.lock(e.key, `Locks locked: key ${e.key} is back in sync`);
		}
		normalRemote(e, ctx);
	}
}
