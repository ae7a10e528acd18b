import { SimCar, type IgnitionPosition } from '../sim-car';
import { FakeClock } from './fake-clock';
import { bodyModule, virtualKeys, type KeyCondition } from './setup';
import type { KeySystemId } from './systems';
import type { BodyReaction, ButtonName, KeyButtons, KeyId } from './types';

/**
 * A rehearsal car on a fake clock, for tests of the body module and of
 * anything that drives it (the guide's engine can use it without an adapter).
 * The car has no OBD module: only its body side is exercised.
 */
export function rehearsalRig(
	system: KeySystemId,
	keys: { buttons: KeyButtons; conditions: readonly KeyCondition[] },
	options: {
		ignition?: IgnitionPosition;
		keyInIgnition?: KeyId | null;
		keyInHand?: KeyId;
		locks?: 'locked' | 'unlocked';
		driverDoor?: 'open' | 'closed';
	} = {}
) {
	const clock = new FakeClock();
	const { ignition = 'off', ...rest } = options;
	const car = new SimCar({
		protocol: '6',
		ignition,
		batteryVolts: 12.5,
		ecus: [],
		body: bodyModule(system, { keys: virtualKeys(keys.buttons, keys.conditions), clock, ...rest })
	});
	const body = car.body!;
	const reactions: BodyReaction[] = [];
	body.subscribe((r) => reactions.push(r));
	return {
		car,
		body,
		clock,
		reactions,
		/** Moves the fake clock on by `ms`. */
		wait: (ms: number) => clock.advance(ms),
		/** The texts of the reactions since the last call, and forgets them. */
		take: () => reactions.splice(0).map((r) => r.text),
		/** The last reaction. */
		last: () => reactions[reactions.length - 1],
		/** Presses `button` on `key`'s remote. */
		press(key: KeyId, button: ButtonName) {
			body.chooseKey(key);
			body.press(button);
		},
		/** Presses Lock on `key`'s remote: true when the car locked. */
		locks(key: KeyId): boolean {
			this.press(key, 'lock');
			return reactions[reactions.length - 1]?.kind === 'locked';
		},
		/** Presses Lock on each of `keys`' remotes in turn: those that locked the car. */
		keysThatLock(...keys: KeyId[]): KeyId[] {
			return keys.filter((key) => this.locks(key));
		}
	};
}

export type RehearsalRig = ReturnType<typeof rehearsalRig>;
