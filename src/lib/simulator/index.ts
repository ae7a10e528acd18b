/**
 * The simulator: an ELM327 (genuine, STN or clone) in front of simulated cars,
 * yielding a ByteLink like any transport. Used by the demo, whole-flow tests,
 * the benchmark and the in-browser device fakes.
 */
import { scenarioDef } from './scenarios';
import { linkToCar, type SimulatedLink } from './simulated-link';
import type { SimulatorOptions } from './types';

export type * from './types';
export { scenarios } from './scenarios';
export type { SimulatedLink, SimulatorFaults } from './simulated-link';
export { Elm327Emulator } from './elm327-emulator';
export { SimCar, type IgnitionPosition } from './sim-car';
export { VARIANTS } from './variants';

/** A link to the simulated adapter and car of `scenarioId` (see `scenarios`). */
export function createSimulatedLink(
	scenarioId: string,
	options: SimulatorOptions = {}
): SimulatedLink {
	const def = scenarioDef(scenarioId);
	return linkToCar(def.build(), options.variant ?? def.variant, options);
}
