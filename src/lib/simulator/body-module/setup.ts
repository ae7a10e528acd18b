import type { SimCar } from '../sim-car';
import { BodyModule, type BodyModuleOptions } from './body-module';
import type { Clock } from '../clock';
import { createKeySystem, type KeySystemId } from './systems';
import type { KeyButtons, KeyId, VirtualKeySpec } from './types';

/** How a key starts: working, paired but out of sync, or unknown to the car. */
export type KeyCondition = 'works' | 'out-of-sync' | 'not-paired';

/** Virtual keys 1…n of one kind, in the given conditions. */
export function virtualKeys(
	buttons: KeyButtons,
	conditions: readonly KeyCondition[]
): VirtualKeySpec[] {
	return conditions.map((c, i) => ({
		id: (i + 1) as KeyId,
		buttons,
		paired: c !== 'not-paired',
		inSync: c === 'works'
	}));
}

/** The `body` factory of a SimCarSpec: a body module with `system`'s rules. */
export function bodyModule(
	system: KeySystemId,
	options: Omit<BodyModuleOptions, 'rules' | 'clock'> & { clock?: Clock }
): (car: SimCar) => BodyModule {
	return (car) => new BodyModule(car, { ...options, rules: createKeySystem(system) });
}
