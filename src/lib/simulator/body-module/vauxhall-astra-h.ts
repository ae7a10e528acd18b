/**
 * Vauxhall / Opel remote synchronisation after a battery change, as the
 * 2007 Astra TwinTop (Astra H) owner's manual gives it for the key with a
 * foldaway key section: unlock the door with the key in the lock, then switch
 * the ignition on.
 *
 * Written from the source, not from the guide's data:
 * - Vauxhall Astra TwinTop owner's manual (2007), "Remote control
 *   synchronisation": "After replacing the battery, unlock door with key in
 *   lock. The remote control is synchronised by switching the ignition on."
 *   (M) — "Key with fixed key section: Have the battery changed by a workshop."
 *   https://www.zinref.ru/000_uchebniki/05300_transport/152_Vauxhall_Astra_TwinTop_2007_en_4600_raznie_7/003.htm
 * - New keys need a workshop (Car Mechanics UK, "Spare key", 1 September 2017:
 *   "Any new keys will need professional equipment to programme them."
 *   http://www.pressreader.com/uk/car-mechanics-uk/20170901/283502206110109).
 *
 * Chosen over the VW/Audi battery-change resync because its text is the
 * manufacturer's own and was read in full, and it needs no time window: the
 * VW/Audi sources (a journalist's paraphrase of the 2011 Jetta manual, a
 * quoted repair text, forum posts) disagree on the window (30 s or 1 minute)
 * and on what is done with the key in the door.
 *
 * Where the source leaves room, the simulated car accepts:
 * - The door unlocked with a key blade (any key: the lock cylinder is
 *   mechanical), then the ignition switched on (position 2) with the key whose
 *   remote is to be synchronised. The manual gives no time between the two, so
 *   the car waits without limit; locking the door with the key cancels it.
 * - Switching the ignition on without unlocking with the key first does
 *   nothing: the manual gives both steps.
 * - The manual names no sign of success, so the car gives none; the remote
 *   simply works again. A remote the car never knew stays ignored.
 */
import { isOn, type BodyContext, type BodyEvent, type KeySystemRules } from './key-system';
import { normalRemote } from './normal-remote';

export class VauxhallAstraHRules implements KeySystemRules {
	readonly id = 'vauxhall-astra-h';
	readonly name = 'Vauxhall / Opel remote synchronisation (Astra H manual)';
	/** The door was unlocked with a key blade since the ignition was last on. */
	#unlockedWithKey = false;

	start(): void {
		this.#unlockedWithKey = false;
	}

	handle(e: BodyEvent, ctx: BodyContext): void {
		switch (e.type) {
			case 'key-blade':
				this.#unlockedWithKey = e.turn === 'unlock';
				return;
			case 'ignition': {
				if (!isOn(e.to) || isOn(e.from)) return;
				const key = ctx.keyInIgnition;
				if (!this.#unlockedWithKey || key === null) return;
				this.#unlockedWithKey = false;
				if (!ctx.isPaired(key)) {
					return ctx.note(
						`Key ${key}'s remote is not known to this car: a new remote needs a workshop with professional equipment`,
						key
					);
				}
				if (ctx.isInSync(key)) return;
				ctx.resync(key);
				return ctx.note(
					`Key ${key}'s remote is synchronised again (a real car gives no sign: try the remote)`,
					key
				);
			}
			case 'button':
				return normalRemote(e, ctx);
			case 'door':
				return;
		}
	}

	session(): { text: string; until: number | null } | null {
		return this.#unlockedWithKey
			? { text: 'Unlocked with the key: switch the ignition on to synchronise', until: null }
			: null;
	}
}
