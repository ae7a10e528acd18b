/**
 * Browser entry of the device fakes: bundled into one IIFE (see bundle.ts)
 * and run through `page.addInitScript` before the app loads. It replaces
 * `navigator.serial` and `navigator.bluetooth` on Navigator.prototype (headless
 * Chromium has a serial API whose chooser never settles and no Bluetooth API;
 * TOOLCHAIN.md) with fakes that answer as an ELM327 through the simulator.
 * Configured by `window.__fakeDevicesConfig`; inspected by tests through
 * `window.__fakeDevices`.
 */
import { FAKE_BLE_LAYOUTS } from './ble-layouts';
import type { FakeDevicesConfig } from './config';
import { FakeBluetoothDevice, type RecordedWrite } from './fake-bluetooth-device';
import { FakeSerialPort } from './fake-serial-port';
import { simulatedDevice, withReplies } from './simulated-device';

const SPP = '00001101-0000-1000-8000-00805f9b34fb';
const DEFAULT_SCENARIO = 'mini-r50-2003';

declare global {
	interface Window {
		__fakeDevicesConfig?: FakeDevicesConfig;
		__fakeDevices?: FakeDevicesHandle;
	}
}

/** What tests reach through `window.__fakeDevices`. */
export interface FakeDevicesHandle {
	readonly ports: FakeSerialPort[];
	readonly devices: FakeBluetoothDevice[];
	/** Pulls the cable of port `index`. */
	unplug(index: number): void;
	/** Drops the BLE link of device `index`. */
	drop(index: number): void;
	/** Every write the BLE dongle `index` received. */
	writes(index: number): RecordedWrite[];
	/** Speeds port `index` was opened at, in order. */
	openedAt(index: number): number[];
	/** How many device choosers (requestPort / requestDevice) the page opened. */
	choosers(): number;
	/** Which kind of chooser each one was, in order: a USB port, a paired Bluetooth port, a BLE device. */
	chooserKinds(): ('usb' | 'bt-serial' | 'ble')[];
}

/** Counts every chooser the page asks for, so a test knows when one is open. */
let choosersOpened = 0;
/** What each chooser was for, so a test knows which button opened it. */
const chooserKinds: ('usb' | 'bt-serial' | 'ble')[] = [];

class FakeSerial extends EventTarget {
	onconnect: ((ev: Event) => void) | null = null;
	ondisconnect: ((ev: Event) => void) | null = null;
	readonly #ports: FakeSerialPort[];
	readonly #granted = new Set<FakeSerialPort>();
	readonly #cancel: boolean | 'never';

	constructor(ports: FakeSerialPort[], granted: FakeSerialPort[], cancel: boolean | 'never') {
		super();
		this.#ports = ports;
		this.#cancel = cancel;
		for (const port of granted) this.#granted.add(port);
		// Chrome fires connect/disconnect on navigator.serial for granted ports (WICG Web Serial).
		for (const port of ports) {
			for (const type of ['connect', 'disconnect'] as const) {
				port.addEventListener(type, () => {
					if (!this.#granted.has(port)) return;
					const event = new Event(type);
					this.dispatchEvent(event);
					(type === 'connect' ? this.onconnect : this.ondisconnect)?.(event);
				});
			}
		}
	}

	async getPorts(): Promise<FakeSerialPort[]> {
		return this.#ports.filter((p) => this.#granted.has(p));
	}

	async requestPort(options: SerialPortRequestOptions = {}): Promise<FakeSerialPort> {
		choosersOpened++;
		const wantsBluetooth = options.filters?.some((f) => f.bluetoothServiceClassId !== undefined);
		chooserKinds.push(wantsBluetooth ? 'bt-serial' : 'usb');
		await new Promise((r) => setTimeout(r, 10));
		if (this.#cancel === 'never') return new Promise<FakeSerialPort>(() => undefined);
		if (this.#cancel) throw new DOMException('No port selected by the user.', 'NotFoundError');
		const allowed = (options.allowedBluetoothServiceClassIds ?? []).map(String);
		const port = this.#ports.find((p) => {
			const info = p.getInfo();
			if (!p.connected) return false;
			if (wantsBluetooth) {
				return info.bluetoothServiceClassId === SPP && allowed.includes(SPP);
			}
			// Without filters Chrome lists every port; the user picks the cable.
			return info.usbVendorId !== undefined;
		});
		if (!port) throw new DOMException('No port selected by the user.', 'NotFoundError');
		this.#granted.add(port);
		return port;
	}

	forget(port: FakeSerialPort): void {
		this.#granted.delete(port);
	}
}

class FakeBluetooth extends EventTarget {
	onavailabilitychanged: ((ev: Event) => void) | null = null;
	readonly #devices: FakeBluetoothDevice[];
	readonly #granted = new Set<FakeBluetoothDevice>();
	readonly #cancel: boolean | 'never';
	readonly #available: boolean;

	constructor(
		devices: FakeBluetoothDevice[],
		options: { cancel: boolean | 'never'; available: boolean; getDevices: boolean }
	) {
		super();
		this.#devices = devices;
		this.#cancel = options.cancel;
		this.#available = options.available;
		if (!options.getDevices) {
			// Feature detection must see the method missing, as in Chrome without the flag.
			Object.defineProperty(this, 'getDevices', { value: undefined });
		}
	}

	grant(device: FakeBluetoothDevice): void {
		this.#granted.add(device);
	}

	async getAvailability(): Promise<boolean> {
		return this.#available;
	}

	async getDevices(): Promise<FakeBluetoothDevice[]> {
		return this.#devices.filter((d) => this.#granted.has(d));
	}

	async requestDevice(options: RequestDeviceOptions): Promise<FakeBluetoothDevice> {
		choosersOpened++;
		chooserKinds.push('ble');
		const all = (options as { acceptAllDevices?: boolean }).acceptAllDevices === true;
		const filters = (options as { filters?: BluetoothLEScanFilter[] }).filters;
		if (all === Boolean(filters?.length)) {
			throw new TypeError(
				"Failed to execute 'requestDevice' on 'Bluetooth': Either 'filters' should be present or 'acceptAllDevices' should be true, but not both."
			);
		}
		await new Promise((r) => setTimeout(r, 10));
		if (this.#cancel === 'never') return new Promise<FakeBluetoothDevice>(() => undefined);
		if (this.#cancel) {
			throw new DOMException('User cancelled the requestDevice() chooser.', 'NotFoundError');
		}
		const device = this.#devices[0];
		if (!device)
			throw new DOMException('User cancelled the requestDevice() chooser.', 'NotFoundError');
		const services = [
			...(options.optionalServices ?? []),
			...(filters ?? []).flatMap((f) => f.services ?? [])
		].map(canonicalUuid);
		device.allowedServices = new Set(services);
		this.#granted.add(device);
		return device;
	}
}

/** Web Bluetooth's canonical UUID form: 16-bit aliases expanded, lower case. */
function canonicalUuid(uuid: BluetoothServiceUUID): string {
	if (typeof uuid === 'number') {
		return `0000${uuid.toString(16).padStart(4, '0')}-0000-1000-8000-00805f9b34fb`;
	}
	return uuid.toLowerCase();
}

function install(config: FakeDevicesConfig): FakeDevicesHandle {
	const simulator = config.simulator ?? { latency: 'fast' };
	const serialConfig = config.serial === false ? null : (config.serial ?? {});
	const bleConfig = config.bluetooth === false ? null : (config.bluetooth ?? {});

	const ports = (
		serialConfig?.ports ?? [{ kind: 'usb' as const }, { kind: 'bt-serial' as const }]
	).map(
		(p) =>
			new FakeSerialPort({
				info:
					p.kind === 'usb'
						? { usbVendorId: p.vendorId ?? 0x1a86, usbProductId: p.productId ?? 0x7523 }
						: { bluetoothServiceClassId: SPP },
				adapterBaudRate: p.baudRate ?? 38400,
				busy: p.busy,
				disconnectAfterBytes: p.disconnectAfterBytes,
				device: () =>
					withReplies(
						simulatedDevice(p.scenario ?? DEFAULT_SCENARIO, {
							...simulator,
							...(p.variant ? { variant: p.variant } : {})
						}),
						p.replies ?? {}
					)
			})
	);
	const portConfigs = serialConfig?.ports ?? [];
	const serial = new FakeSerial(
		ports,
		ports.filter((_, i) => portConfigs[i]?.granted),
		serialConfig?.cancel ?? false
	);
	for (const port of ports) {
		// SerialPort.forget() revokes the grant (Chrome 103+).
		port.forget = async () => {
			await port.close().catch(() => undefined);
			serial.forget(port);
		};
	}

	const devices = (bleConfig?.devices ?? [{}]).map((d, i) => {
		const family = d.family ?? 'fff0';
		const layout = FAKE_BLE_LAYOUTS[family];
		if (!layout) throw new Error(`unknown BLE family ${family}`);
		return new FakeBluetoothDevice({
			id: `fake-ble-${i}`,
			name: d.name ?? 'OBDII',
			layout,
			notifyChunk: d.notifyChunk,
			disconnectAfterBytes: d.disconnectAfterBytes,
			connectFails: d.connectFails,
			device: () =>
				simulatedDevice(d.scenario ?? DEFAULT_SCENARIO, {
					...simulator,
					...(d.variant ? { variant: d.variant } : {})
				})
		});
	});
	const bluetooth = new FakeBluetooth(devices, {
		cancel: bleConfig?.cancel ?? false,
		available: bleConfig?.available ?? true,
		getDevices: bleConfig?.getDevices ?? true
	});
	(bleConfig?.devices ?? []).forEach((d, i) => {
		if (d.granted) {
			const device = devices[i]!;
			device.allowedServices = new Set(Object.values(FAKE_BLE_LAYOUTS).map((l) => l.service));
			bluetooth.grant(device);
		}
	});

	const define = (name: 'serial' | 'bluetooth', value: unknown) => {
		if (value === null) {
			delete (Navigator.prototype as unknown as Record<string, unknown>)[name];
			return;
		}
		Object.defineProperty(Navigator.prototype, name, {
			configurable: true,
			enumerable: true,
			get: () => value
		});
	};
	define('serial', serialConfig ? serial : null);
	define('bluetooth', bleConfig ? bluetooth : null);

	return {
		ports,
		devices,
		unplug: (i) => ports[i]?.unplug(),
		drop: (i) => devices[i]?.drop(),
		writes: (i) => devices[i]?.writes ?? [],
		openedAt: (i) => ports[i]?.openedAt ?? [],
		choosers: () => choosersOpened,
		chooserKinds: () => [...chooserKinds]
	};
}

window.__fakeDevices = install(window.__fakeDevicesConfig ?? {});
