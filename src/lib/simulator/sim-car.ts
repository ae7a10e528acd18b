import type { BodyModule } from './body-module/body-module';
import { SimEcu, type CarReadings } from './sim-ecu';
import type { CarEvent, IgnitionPosition, IgnitionSwitch } from './ignition';

export type { CarEvent, IgnitionPosition } from './ignition';

export interface SimCarSpec {
	/** ELM327 protocol number the car speaks ('3' ISO 9141-2, '6' CAN 11-bit 500k …). */
	protocol: string;
	ecus: SimEcu[];
	ignition: IgnitionPosition;
	batteryVolts: number;
	idleRpm?: number;
	/** Builds the body module (remote locking) of a rehearsal car; absent on the others. */
	body?: (car: SimCar) => BodyModule;
}

/**
 * A simulated car: OBD-answering modules, an ignition position and a battery.
 * Modules are a list so the next ones (a body module reacting to a virtual
 * key's buttons and to the ignition, for resync rehearsal) join the same way;
 * they listen to `onChange` for ignition events.
 */
export class SimCar implements IgnitionSwitch {
	readonly protocol: string;
	readonly ecus: SimEcu[];
	#ignition: IgnitionPosition;
	readonly #volts: number;
	#idleRpm: number;
	#startedAt: number | null;
	#listeners = new Set<(e: CarEvent) => void>();
	/** The body module, on cars built for resync rehearsal (null otherwise): see body-module/. */
	readonly body: BodyModule | null;

	constructor(spec: SimCarSpec) {
		this.protocol = spec.protocol;
		this.ecus = spec.ecus;
		this.#ignition = spec.ignition;
		this.#volts = spec.batteryVolts;
		this.#idleRpm = spec.idleRpm ?? 780;
		this.#startedAt = spec.ignition === 'running' ? Date.now() - 95_000 : null;
		this.body = spec.body ? spec.body(this) : null;
	}

	get ignition(): IgnitionPosition {
		return this.#ignition;
	}

	/** Whether the engine computer is powered and answers diagnostics (KL-15 on). */
	get obdAwake(): boolean {
		return this.#ignition === 'on' || this.#ignition === 'running';
	}

	/** Voltage at the OBD socket (pin 16): charging while running. */
	get socketVolts(): number {
		return this.#ignition === 'running' ? Math.max(this.#volts, 14.1) : this.#volts;
	}

	setIgnition(position: IgnitionPosition): void {
		if (position === this.#ignition) return;
		this.#ignition = position;
		this.#startedAt = position === 'running' ? Date.now() : null;
		this.#emit({ type: 'ignition', position });
	}

	onChange(listener: (e: CarEvent) => void): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	readings(): CarReadings {
		const running = this.#ignition === 'running';
		const stored = this.ecus[0]?.spec.dtcs.stored.length ?? 0;
		return {
			rpm: running ? this.#idleRpm : 0,
			coolantC: running ? 88 : 19,
			speedKmh: 0,
			runTimeS: running && this.#startedAt ? Math.round((Date.now() - this.#startedAt) / 1000) : 0,
			volts: this.socketVolts,
			milOn: stored > 0,
			storedCount: stored
		};
	}

	/** Every module's answer to `request`; none while the ignition is not on. */
	answer(request: Uint8Array): { ecu: SimEcu; data: number[] }[] {
		if (!this.obdAwake) return [];
		const car = this.readings();
		const out: { ecu: SimEcu; data: number[] }[] = [];
		for (const ecu of this.ecus) {
			const data = ecu.answer(request, car);
			if (data) out.push({ ecu, data });
		}
		return out;
	}

	#emit(e: CarEvent): void {
		for (const l of this.#listeners) l(e);
	}
}
