/**
 * Ford / Lincoln / Mercury remote keyless entry programming by eight ignition
 * cycles (key-start trucks and cars of about 1998–2010, e.g. the 2004–2008
 * F-150): the core sequence as Ford's own texts give it.
 *
 * Written from the sources, not from the guide's data:
 * - 2003 Ford owner's manual (p. 147), quoted on Ford-Trucks.com,
 *   https://www.ford-trucks.com/forums/375694-remote-programming.html?highlight=program
 *   — cycle between LOCK and ON "eight times in rapid succession (within 10
 *   seconds)" ending in ON; the locks cycle; within 20 s press any button on a
 *   remote, the locks cycle; the same for each remote (maximum of four);
 *   exit by turning to LOCK "or wait 20 seconds", the locks cycle again.
 * - Ford workshop text for a 2005 F-350, quoted on Ford Truck Fanatics,
 *   https://www.fordtruckfanatics.com/threads/key-fob-to-work.26709 — "from
 *   the OFF to the RUN position 8 times within 10 seconds, with the eighth
 *   turn ending in the RUN position"; the doors lock and then unlock; "All
 *   remote keyless entry (RKE) transmitters must be programmed at the same
 *   time". Its exit conditions, re-quoted on CarGurus,
 *   https://cargurus.ca/Cars/Discussion-t39673_ds756332 — ignition to OFF, 20 s
 *   since entering the mode or since the last remote was programmed, or the
 *   maximum number of remotes programmed.
 * - Ford-built 2002 Mazda B3000 owner's manual,
 *   https://www.autoguidegalaxy.com/2002-mazda-model-b3000-4wd-owners-manual/?srch=remote+start
 *   — the same eight cycles between OFF and ON within 10 s (its positions are
 *   numbered differently, so positions are named here, not numbered).
 *
 * Where the sources leave room, the simulated car accepts:
 * - A cycle is OFF → ON (position 2); passing through position 1 on the way
 *   is fine, but a cycle that only drops to position 1 does not count (the
 *   2003 manual and the workshop text both name OFF/LOCK). The eighth entry to
 *   ON must come within 10 s of the first of the eight (10 s included).
 * - Remotes are erased the moment the first remote is learned in the mode
 *   ("erase all stored remotes" is the common reading of "must be programmed
 *   at the same time"); a mode left with no remote learned changes nothing.
 * - Leaving ON in either direction ends the mode (the sources name OFF/LOCK;
 *   the module is assumed to see only whether the ignition is in RUN).
 * - Each remote's press must come within 20 s of entering the mode or of the
 *   previous remote learned (20 s included); pressing a remote learned in this
 *   session again takes no slot and does not extend the time.
 * - Conflicting community figures (8 s to press a remote, up to 6 remotes,
 *   brake pedal held, 5 cycles on some 1990s models) are not simulated.
 * - The locks need not be unlocked first: the manual's step 1 asks for it,
 *   but no source says the car refuses otherwise.
 */
import type { IgnitionPosition } from '../ignition';
import { isOn, keyList, type BodyContext, type BodyEvent, type KeySystemRules } from './key-system';
import { learnedSoFar, learnErasingOthers, lostRemotes, noLongerWork } from './learn-remote';
import { normalRemote } from './normal-remote';
import type { KeyId } from './types';

/** Eight OFF → ON cycles … */
export const CYCLES = 8;
/** … within this time (ms). */
export const CYCLES_WITHIN_MS = 10_000;
/** Each remote within this time of entering the mode or of the previous remote (ms). */
export const REMOTE_WINDOW_MS = 20_000;
/** The most remotes the module holds (2003 manual: "maximum of four"). */
export const MAX_REMOTES = 4;

type State =
	/** Counting OFF → ON entries; `wentOff` once the ignition has been at OFF since the last ON. */
	| { name: 'counting'; entries: number[]; wentOff: boolean }
	| { name: 'programming'; until: number; learned: KeyId[]; erased: KeyId[] };

type ExitReason = 'ignition' | 'timeout' | 'full';

const EXIT_TEXT: Record<ExitReason, string> = {
	ignition: 'the ignition left ON',
	timeout: '20 seconds passed without a remote',
	full: 'four remotes are programmed'
};

export class Ford8CycleRules implements KeySystemRules {
	readonly id = 'ford-8-cycle';
	readonly name = 'Ford remote programming (8 ignition cycles)';
	#state: State = { name: 'counting', entries: [], wentOff: false };

	start(ignition: IgnitionPosition): void {
		this.#state = { name: 'counting', entries: [], wentOff: ignition === 'off' };
	}

	handle(e: BodyEvent, ctx: BodyContext): void {
		const s = this.#state;
		switch (e.type) {
			case 'ignition':
				if (s.name === 'programming') {
					if (!isOn(e.to)) this.#exit(ctx, 'ignition', e.to === 'off');
					return;
				}
				if (e.to === 'off') s.wentOff = true;
				else if (isOn(e.to) && !isOn(e.from) && s.wentOff) {
					s.wentOff = false;
					s.entries.push(ctx.now());
					if (s.entries.length > CYCLES) s.entries.shift();
					if (
						s.entries.length === CYCLES &&
						s.entries[CYCLES - 1]! - s.entries[0]! <= CYCLES_WITHIN_MS
					)
						this.#enter(ctx);
				}
				return;
			case 'button':
				if (s.name !== 'programming') return normalRemote(e, ctx);
				if (e.action !== 'down') return;
				if (
					!learnErasingOthers(
						s,
						e.key,
						ctx,
						`Locks locked and unlocked: key ${e.key}'s remote programmed`
					)
				)
					return;
				s.until = ctx.now() + REMOTE_WINDOW_MS;
				if (s.learned.length >= MAX_REMOTES) return this.#exit(ctx, 'full', false);
				ctx.setDeadline('programming', s.until, () => this.#exit(ctx, 'timeout', false));
				return;
			case 'door':
			case 'key-blade':
				return;
		}
	}

	session(): { text: string; until: number | null } | null {
		const s = this.#state;
		if (s.name === 'programming') {
			return { text: `Programming remotes (${learnedSoFar(s, 'programmed')})`, until: s.until };
		}
		if (s.entries.length === 0) return null;
		return {
			text: `Ignition cycles counted: ${s.entries.length} of ${CYCLES}`,
			until: s.entries[0]! + CYCLES_WITHIN_MS
		};
	}

	#enter(ctx: BodyContext): void {
		const until = ctx.now() + REMOTE_WINDOW_MS;
		this.#state = { name: 'programming', until, learned: [], erased: [] };
		ctx.confirm(null, 'Locks locked and unlocked: programming mode');
		ctx.setDeadline('programming', until, () => this.#exit(ctx, 'timeout', false));
	}

	/** Leaves the mode; the locks cycle. `wentOff` tells whether counting starts from OFF. */
	#exit(ctx: BodyContext, reason: ExitReason, wentOff: boolean): void {
		const s = this.#state;
		if (s.name !== 'programming') return;
		ctx.clearDeadline('programming');
		this.#state = { name: 'counting', entries: [], wentOff };
		ctx.confirm(null, `Locks locked and unlocked: programming ended (${EXIT_TEXT[reason]})`);
		if (s.learned.length) {
			ctx.note(`${capital(keyList(s.learned))} programmed${noLongerWork(lostRemotes(s), 'truck')}`);
		}
	}
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
