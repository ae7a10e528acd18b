/**
 * Simulated body modules for resync rehearsal: virtual keys, the ignition
 * switch, the driver's door and the central locks of a demo car, with each car
 * family's remote rules written from the public sources they cite.
 * Reach one through a SimulatedLink: `link.car.body` (null on cars without one).
 */
export { BodyModule, type BodyModuleOptions, type ButtonPress } from './body-module';
export { createKeySystem, type KeySystemId } from './systems';
export type { KeySystemRules, BodyContext, BodyEvent, ButtonEvent } from './key-system';
export { realClock, type Clock } from '../clock';
export { FakeClock } from './fake-clock';
export * from './types';
export { virtualKeys, bodyModule, type KeyCondition } from './setup';
