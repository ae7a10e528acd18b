/**
 * The car's ignition as its modules see it, apart from sim-car.ts so a module
 * the car holds (the body module) depends on this switch, not on the car.
 */

/**
 * Ignition key positions of the cars FobSync cares about: 0 off, 1 accessory
 * (BMW "KL-R"), 2 on ("KL-15"), and running after a start.
 */
export type IgnitionPosition = 'off' | 'accessory' | 'on' | 'running';

/** What a module listening to the car hears (the body module of the resync rehearsal listens for these). */
export type CarEvent = { type: 'ignition'; position: IgnitionPosition };

/** The part of the car a body module uses: read, turn and listen to the ignition. */
export interface IgnitionSwitch {
	readonly ignition: IgnitionPosition;
	setIgnition(position: IgnitionPosition): void;
	/** Calls `listener` on every change; returns the unsubscribe function. */
	onChange(listener: (e: CarEvent) => void): () => void;
}
