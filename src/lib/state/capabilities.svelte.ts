import {
	bluetoothRadioAvailable,
	detectCapabilities,
	type Capabilities,
	type CapabilityEnv,
	type TransportKind,
	type TransportSupport
} from '../transport/capabilities';
import {
	listRememberedPorts,
	watchSerialPorts,
	type RememberedPort
} from '../transport/remembered-ports';
import { bleLabel, listRememberedBleDevices } from '../transport/web-bluetooth';

/** What the state reads from the page: `navigator` and `isSecureContext`, injectable. */
export interface CapabilitiesEnv extends CapabilityEnv {
	readonly navigator: CapabilityEnv['navigator'] & {
		readonly serial?: Serial;
		readonly bluetooth?: Bluetooth;
	};
}

/** A remembered BLE dongle (granted before; `navigator.bluetooth.getDevices()`). */
export interface RememberedBleDevice {
	readonly device: BluetoothDevice;
	readonly label: string;
}

/**
 * What this browser can reach, kept current: the APIs it has, whether the
 * Bluetooth radio is on, and the devices granted before (serial ports and,
 * where Chrome offers it, BLE dongles). Serial plug/unplug events and Bluetooth
 * availability changes update it while `start()`'s subscription lives.
 */
export class CapabilitiesState {
	#env: CapabilitiesEnv;
	#capabilities: Capabilities;
	#radio = $state<boolean | null>(null);
	#ports = $state.raw<readonly RememberedPort[]>([]);
	#bleDevices = $state.raw<readonly RememberedBleDevice[]>([]);

	constructor(env: CapabilitiesEnv) {
		this.#env = env;
		this.#capabilities = detectCapabilities(env);
	}

	get capabilities(): Capabilities {
		return this.#capabilities;
	}

	/** Whether the Bluetooth radio is on; null when the browser cannot tell. */
	get bluetoothRadio(): boolean | null {
		return this.#radio;
	}

	/**
	 * Support per transport, with a switched-off radio taken into account. A radio that
	 * looks off never disables Bluetooth LE: Chrome offers to switch it on, and asks for
	 * Android's Nearby-devices (or Location) permission, only when Connect is chosen.
	 */
	get transports(): Readonly<Record<TransportKind, TransportSupport>> {
		const base = this.#capabilities.transports;
		if (this.#radio !== false || base.ble.support === 'no') return base;
		return {
			...base,
			ble: {
				support: 'maybe',
				reason:
					'Bluetooth looks switched off on this device. Choose Connect: Chrome asks to switch it on.'
			}
		};
	}

	/** Serial ports granted before, USB and Bluetooth alike. */
	get rememberedPorts(): readonly RememberedPort[] {
		return this.#ports;
	}

	get rememberedBleDevices(): readonly RememberedBleDevice[] {
		return this.#bleDevices;
	}

	/** Loads the lists and follows changes; returns the function that stops following. */
	start(): () => void {
		const { serial, bluetooth } = this.#env.navigator;
		const stops: (() => void)[] = [];
		if (this.#capabilities.webSerial && serial) {
			stops.push(watchSerialPorts(serial, () => void this.refreshPorts()));
		}
		if (this.#capabilities.webBluetooth && bluetooth) {
			const onAvailability = (event: Event) => {
				const value = (event as Event & { value?: boolean }).value;
				this.#radio = typeof value === 'boolean' ? value : this.#radio;
			};
			bluetooth.addEventListener('availabilitychanged', onAvailability);
			stops.push(() => bluetooth.removeEventListener('availabilitychanged', onAvailability));
		}
		void this.refresh();
		return () => stops.forEach((stop) => stop());
	}

	/** Reads everything again (after a connection, or on demand). */
	async refresh(): Promise<void> {
		const { bluetooth } = this.#env.navigator;
		await Promise.all([
			this.refreshPorts(),
			this.#capabilities.webBluetooth
				? bluetoothRadioAvailable(bluetooth).then((radio) => (this.#radio = radio))
				: undefined,
			this.#capabilities.webBluetooth && bluetooth
				? listRememberedBleDevices(bluetooth).then(
						(devices) =>
							(this.#bleDevices = devices.map((device) => ({ device, label: bleLabel(device) })))
					)
				: undefined
		]);
	}

	async refreshPorts(): Promise<void> {
		const { serial } = this.#env.navigator;
		if (!this.#capabilities.webSerial || !serial) return;
		this.#ports = await listRememberedPorts(serial);
	}

	/** Revokes the site's access to a port (`SerialPort.forget()`, Chrome 103+), where offered. */
	async forgetPort(port: SerialPort): Promise<void> {
		if (typeof port.forget === 'function') await port.forget().catch(() => undefined);
		await this.refreshPorts();
	}
}

/** The real page environment. */
export function browserEnv(): CapabilitiesEnv {
	return { navigator: globalThis.navigator, isSecureContext: globalThis.isSecureContext ?? false };
}
