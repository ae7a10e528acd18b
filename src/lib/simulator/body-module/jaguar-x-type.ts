/**
 * Jaguar X-Type remote transmitter programming without the dealer tool, as
 * Jaguar's bulletin XT501-23 gives it (12/04, "2002 MY-ON X-TYPE, VIN
 * C00001-ON"): a different shape from the other practice cars — four
 * accessory-to-ON turns with no time limit, then up to four remotes, each
 * within 10 seconds.
 *
 * Written from the source, not from the guide's data:
 * - Jaguar TSB XT501-23, "Remote Transmitter Programming – Alternate Method
 *   Without WDS" (Operation CHARM mirror, 2005 X-Type),
 *   https://charm.ecrasystems.com/Jaguar/2005/X-Type%20%28X400%29%20V6-3.0L/Repair%20and%20Diagnosis/Technical%20Service%20Bulletins/All%20Technical%20Service%20Bulletins/Keyless%20Entry%20-%20Remote%20Transmitter%20Programming
 *   — open the driver's door; "auxiliary" to "ON" and back to "auxiliary"
 *   four times, a chime from the GEM says programming is enabled; ignition
 *   OFF; key out; "press any key within 10 seconds", a chime when accepted;
 *   each further remote "within 10 seconds"; close the driver's door. "A
 *   maximum of four remote transmitters can be programmed to the vehicle at
 *   any one time." "All required remote transmitters must be available."
 *
 * Where the source leaves room, the simulated car accepts:
 * - A turn counts when the ignition goes from accessory to ON and back to
 *   accessory with the driver's door open. The bulletin gives no time for the
 *   four turns, so the car waits without limit; switching to OFF or closing
 *   the door before the chime starts the count again.
 * - The chime is played as the usual confirmation reaction (the locks end
 *   unlocked, as they are with the door open).
 * - The first remote's 10 seconds are counted from the ignition reaching OFF
 *   (the bulletin's step before "remove the key"): the strict reading, so a
 *   guide that counts from OFF too is never more lenient than the car. A
 *   remote pressed while the key is still in the ignition is ignored.
 * - Each further remote within 10 seconds of the previous chime (10 s
 *   included); a remote already accepted takes no slot and adds no time.
 * - The bulletin does not say what happens to remotes not pressed. The car
 *   forgets them once the first remote is accepted: the safe reading the
 *   guide warns about ("press each one you use").
 * - Programming ends on closing the driver's door (the bulletin's last step),
 *   on 10 seconds without a remote, on the fourth remote, or on the ignition
 *   leaving OFF; remotes already accepted stay accepted.
 */
import type { IgnitionPosition } from '../ignition';
import { isOn, keyList, type BodyContext, type BodyEvent, type KeySystemRules } from './key-system';
import { learnedSoFar, learnErasingOthers, lostRemotes, noLongerWork } from './learn-remote';
import { normalRemote } from './normal-remote';
import type { KeyId } from './types';

/** Accessory → ON → accessory turns before the chime. */
export const TURNS = 4;
/** Each remote within this time of OFF (the first) or of the previous chime (ms). */
export const REMOTE_WINDOW_MS = 10_000;
/** The most remotes the car holds (bulletin: "a maximum of four"). */
export const MAX_REMOTES = 4;

type State =
	/** Counting turns; `atOn` once the ignition went from accessory to ON since the last turn. */
	| { name: 'counting'; turns: number; atOn: boolean }
	/** Chimed: waiting for the ignition to reach OFF. */
	| { name: 'enabled' }
	| { name: 'programming'; until: number; learned: KeyId[]; erased: KeyId[] };

type ExitReason = 'door' | 'timeout' | 'full' | 'ignition';

const EXIT_TEXT: Record<ExitReason, string> = {
	door: "the driver's door was closed",
	timeout: '10 seconds passed without a remote',
	full: 'four remotes are programmed',
	ignition: 'the ignition was switched on again'
};

const COUNTING = (): State => ({ name: 'counting', turns: 0, atOn: false });

export class JaguarXTypeRules implements KeySystemRules {
	readonly id = 'jaguar-x-type';
	readonly name = 'Jaguar X-Type remote programming (bulletin XT501-23)';
	#state: State = COUNTING();

	start(): void {
		this.#state = COUNTING();
	}

	handle(e: BodyEvent, ctx: BodyContext): void {
		const s = this.#state;
		switch (e.type) {
			case 'ignition':
				return this.#ignition(e.from, e.to, ctx);
			case 'door':
				if (e.open) return;
				if (s.name === 'programming') return this.#exit(ctx, 'door');
				if (s.name === 'counting' && s.turns > 0)
					ctx.note("The driver's door closed: the turns are counted again from the start");
				this.#state = COUNTING();
				return;
			case 'button':
				if (s.name !== 'programming') return normalRemote(e, ctx);
				if (e.action !== 'down') return;
				if (ctx.keyInIgnition !== null) {
					return ctx.ignore(
						e.key,
						'key-in-ignition',
						'Ignored: the key is still in the ignition; take it out first'
					);
				}
				if (!learnErasingOthers(s, e.key, ctx, `Chime: key ${e.key}'s remote accepted`)) return;
				if (s.learned.length >= MAX_REMOTES) return this.#exit(ctx, 'full');
				s.until = ctx.now() + REMOTE_WINDOW_MS;
				ctx.setDeadline('programming', s.until, () => this.#exit(ctx, 'timeout'));
				return;
			case 'key-blade':
				return;
		}
	}

	session(): { text: string; until: number | null } | null {
		const s = this.#state;
		if (s.name === 'programming') {
			return { text: `Listening for remotes (${learnedSoFar(s, 'accepted')})`, until: s.until };
		}
		if (s.name === 'enabled')
			return { text: 'Programming enabled: turn the key to OFF', until: null };
		if (s.turns === 0) return null;
		return { text: `Turns counted: ${s.turns} of ${TURNS}`, until: null };
	}

	#ignition(from: IgnitionPosition, to: IgnitionPosition, ctx: BodyContext): void {
		const s = this.#state;
		if (s.name === 'programming') {
			if (to !== 'off') this.#exit(ctx, 'ignition');
			return;
		}
		if (s.name === 'enabled') {
			if (to === 'off') return this.#listen(ctx);
			// Back to ON before switching off: the bulletin's order is broken; count again.
			if (isOn(to)) this.#state = COUNTING();
			return;
		}
		if (!ctx.driverDoorOpen) return;
		if (to === 'off') {
			this.#state = COUNTING();
			return;
		}
		if (from === 'accessory' && isOn(to)) s.atOn = true;
		else if (isOn(from) && to === 'accessory' && s.atOn) {
			s.atOn = false;
			s.turns += 1;
			if (s.turns >= TURNS) {
				this.#state = { name: 'enabled' };
				ctx.confirm(null, 'Chime: programming enabled');
			}
		}
	}

	#listen(ctx: BodyContext): void {
		const until = ctx.now() + REMOTE_WINDOW_MS;
		this.#state = { name: 'programming', until, learned: [], erased: [] };
		ctx.note('The car listens for remotes for 10 seconds');
		ctx.setDeadline('programming', until, () => this.#exit(ctx, 'timeout'));
	}

	#exit(ctx: BodyContext, reason: ExitReason): void {
		const s = this.#state;
		if (s.name !== 'programming') return;
		ctx.clearDeadline('programming');
		this.#state = COUNTING();
		ctx.note(
			`Programming ended (${EXIT_TEXT[reason]})` +
				(s.learned.length
					? `: ${keyList(s.learned)} programmed${noLongerWork(lostRemotes(s))}`
					: '; nothing changed')
		);
	}
}
