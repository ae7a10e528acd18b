/**
 * The simulator: an ELM327 (genuine, STN or clone) in front of simulated cars,
 * yielding a ByteLink like any transport. Used by the demo, whole-flow tests,
 * the benchmark and the in-browser device fakes.
 */
import { scenarioDef } from './scenarios';
import { linkToCar, type SimulatedLink } from './simulated-link';
import type { Clock } from './clock';
import type { SimulatorOptions } from './types';

export type * from './types';
export { scenarios } from './scenarios';
export type { SimulatedLink, SimulatorFaults } from './simulated-link';
export { Elm327Emulator } from './elm327-emulator';
export { SimCar, type IgnitionPosition } from './sim-car';
export { VARIANTS } from './variants';
export * from './body-module';

/** Simulator options plus the clock of a rehearsal car's body module (real time when absent). */
export interface SimulatedLinkOptions extends SimulatorOptions {
	clock?: Clock;
}

/**
 * A link to the simulated adapter and car of `scenarioId` (see `scenarios`).
 * On rehearsal scenarios `link.car.body` is the body module (virtual keys,
 * ignition switch, door, locks): see `body-module/`.
 */
export function createSimulatedLink(
	scenarioId: string,
	options: SimulatedLinkOptions = {}
): SimulatedLink {
	const def = scenarioDef(scenarioId);
	return linkToCar(def.build({ clock: options.clock }), options.variant ?? def.variant, options);
}
