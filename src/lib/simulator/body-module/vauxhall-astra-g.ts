/**
 * Vauxhall / Opel remote reset for a key already programmed to the car, as
 * given for a 2001 Astra G: ignition on, hold Lock until the doors lock; on
 * release they unlock again.
 *
 * Written from the sources, not from the guide's data:
 * - Car Mechanics (UK), "Spare key", answer about a 2001 Vauxhall Astra G
 *   convertible, 1 September 2017: "inserting the key into the ignition and
 *   turning the ignition to 'On' but not starting the engine. Next, press the
 *   lock button on the fob, holding it down until the doors lock; when the
 *   button is released, the doors should automatically unlock again. Now switch
 *   off the ignition and remove the key" — "This will work for any key that
 *   has been previously programmed to the vehicle. Any new keys will need
 *   professional equipment". http://www.pressreader.com/uk/car-mechanics-uk/20170901/283502206110109
 * - Vauxhall technician blog (Vectra B / Omega B separate fob): "re-synchronise
 *   the fob by turning the ignition on and pressing the lock button",
 *   http://vauxhalltech.blogspot.com/2009/07/
 *
 * Where the sources leave room, the simulated car accepts:
 * - Lock pressed on the key that is in the ignition, with the ignition at
 *   position 2 and the engine off. No source gives how long to hold, so the
 *   locks lock as soon as the press arrives (no invented hold time); the
 *   resync completes when Lock is let go and the locks unlock again.
 * - Lock on a key that is not in the ignition is ordinary remote use.
 * - A remote the car never knew stays ignored.
 */
import type { IgnitionPosition } from '../ignition';
import { type BodyContext, type BodyEvent, type KeySystemRules } from './key-system';
import { normalRemote } from './normal-remote';
import type { KeyId } from './types';

export class VauxhallAstraGRules implements KeySystemRules {
	readonly id = 'vauxhall-astra-g';
	readonly name = 'Vauxhall / Opel remote reset (ignition on, hold Lock)';
	/** The key whose held Lock locked the doors with the ignition on. */
	#holding: KeyId | null = null;
	#ignition: 'on' | 'other' = 'other';

	start(ignition: IgnitionPosition): void {
		this.#ignition = ignition === 'on' ? 'on' : 'other';
	}

	handle(e: BodyEvent, ctx: BodyContext): void {
		switch (e.type) {
			case 'ignition':
				this.#ignition = e.to === 'on' ? 'on' : 'other';
				this.#holding = null;
				return;
			case 'button': {
				const inIgnition = this.#ignition === 'on' && ctx.keyInIgnition === e.key;
				if (!inIgnition || e.button !== 'lock') return normalRemote(e, ctx);
				if (e.action === 'down') {
					if (!ctx.isPaired(e.key)) {
						return ctx.ignore(
							e.key,
							'not-paired',
							`Ignored: key ${e.key} is not paired with this car. A new key needs a workshop with professional equipment`
						);
					}
					this.#holding = e.key;
					return ctx.lock(e.key);
				}
				if (this.#holding !== e.key) return;
				this.#holding = null;
				const was = ctx.isInSync(e.key);
				ctx.resync(e.key);
				return ctx.unlock(
					e.key,
					was ? 'Locks unlocked' : `Locks unlocked: key ${e.key} is back in sync`
				);
			}
			case 'door':
			case 'key-blade':
				return;
		}
	}

	session(): { text: string; until: number | null } | null {
		return this.#holding ? { text: `Lock held on key ${this.#holding}`, until: null } : null;
	}
}
