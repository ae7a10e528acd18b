import type { FakeCharacteristicLayout, FakeProperties, FakeServiceLayout } from './ble-layouts';
import type { FakeDevice } from './fake-device';

/** How one fake BLE dongle behaves. */
export interface FakeBleDeviceOptions {
	readonly id: string;
	readonly name: string;
	readonly layout: FakeServiceLayout;
	/** Makes the adapter behind the dongle; called at each GATT connect. */
	readonly device: () => FakeDevice;
	/** Largest notification payload; the adapter's output is cut into pieces this size. */
	readonly notifyChunk?: number;
	/** The dongle drops the link once it has notified this many bytes in total. */
	readonly disconnectAfterBytes?: number;
	/** gatt.connect() fails (asleep, out of range, held by a phone app). */
	readonly connectFails?: boolean;
}

/** A write the dongle saw, for assertions (length in bytes, which characteristic, how). */
export interface RecordedWrite {
	readonly uuid: string;
	readonly length: number;
	readonly withResponse: boolean;
}

/** The ATT payload limit at the default MTU of 23 (Bluetooth Core Spec Vol 3 Part F §3.2.9). */
const MAX_PAYLOAD = 20;
const NOT_CONNECTED =
	'GATT Server is disconnected. Cannot perform GATT operations. (Re)connect first with `device.gatt.connect`.';

/**
 * A BluetoothDevice with one serial-like service, as Chrome exposes it: only
 * services named in requestDevice's filters or optionalServices are visible;
 * one GATT operation at a time (an overlapping one rejects with NetworkError);
 * disconnect() and a dropped link both fire 'gattserverdisconnected'.
 * Writes longer than 20 bytes fail, as on a dongle that never raised its MTU.
 */
export class FakeBluetoothDevice extends EventTarget {
	readonly id: string;
	readonly name: string;
	readonly options: FakeBleDeviceOptions;
	readonly gatt: FakeGattServer;
	readonly writes: RecordedWrite[] = [];
	/** Services the page may see (set by the chooser from optionalServices). */
	allowedServices = new Set<string>();
	ongattserverdisconnected: ((ev: Event) => void) | null = null;
	watchingAdvertisements = false;

	constructor(options: FakeBleDeviceOptions) {
		super();
		this.id = options.id;
		this.name = options.name;
		this.options = options;
		this.gatt = new FakeGattServer(this);
	}

	async watchAdvertisements(): Promise<void> {
		this.watchingAdvertisements = true;
	}

	async forget(): Promise<void> {
		this.gatt.disconnect();
	}

	/** The link drops (out of range, power lost). */
	drop(): void {
		this.gatt.lose();
	}
}

export class FakeGattServer {
	readonly device: FakeBluetoothDevice;
	connected = false;
	#services: FakeService[] = [];
	#adapter: FakeDevice | null = null;
	#sent = 0;
	#queue: Promise<void> = Promise.resolve();
	busy = false;

	constructor(device: FakeBluetoothDevice) {
		this.device = device;
	}

	async connect(): Promise<FakeGattServer> {
		await tick();
		if (this.device.options.connectFails) {
			throw new DOMException('Connection attempt failed.', 'NetworkError');
		}
		if (this.connected) return this;
		this.connected = true;
		this.#sent = 0;
		const adapter = this.device.options.device();
		this.#adapter = adapter;
		const layout = this.device.options.layout;
		this.#services = [new FakeService(this, layout)];
		adapter.onOutput((bytes) => this.#notify(bytes));
		return this;
	}

	disconnect(): void {
		if (!this.connected) return;
		this.lose();
	}

	/** Ends the connection and tells the page, as Chrome does for both causes. */
	lose(): void {
		if (!this.connected) return;
		this.connected = false;
		this.#adapter?.close();
		this.#adapter = null;
		for (const s of this.#services) s.stopAll();
		const event = new Event('gattserverdisconnected', { bubbles: true });
		this.device.dispatchEvent(event);
		this.device.ongattserverdisconnected?.(event);
	}

	async getPrimaryServices(uuid?: string): Promise<FakeService[]> {
		await tick();
		if (!this.connected) throw new DOMException(NOT_CONNECTED, 'NetworkError');
		const visible = this.#services.filter(
			(s) => this.device.allowedServices.has(s.uuid) && (uuid === undefined || s.uuid === uuid)
		);
		if (visible.length === 0)
			throw new DOMException('No Services found in device.', 'NotFoundError');
		return visible;
	}

	async getPrimaryService(uuid: string): Promise<FakeService> {
		return (await this.getPrimaryServices(uuid))[0]!;
	}

	/** The host wrote to a characteristic; the firmware passes 'rx' writes to the adapter. */
	async write(ch: FakeCharacteristic, data: BufferSource, withResponse: boolean): Promise<void> {
		if (!this.connected) throw new DOMException(NOT_CONNECTED, 'NetworkError');
		if (this.busy) throw new DOMException('GATT operation already in progress.', 'NetworkError');
		const bytes = toBytes(data);
		this.device.writes.push({ uuid: ch.uuid, length: bytes.length, withResponse });
		if (bytes.length > MAX_PAYLOAD) {
			throw new DOMException('GATT operation failed for unknown reason.', 'NetworkError');
		}
		this.busy = true;
		await tick();
		this.busy = false;
		if (!this.connected) throw new DOMException(NOT_CONNECTED, 'NetworkError');
		if (ch.layout.role === 'rx' || ch.layout.role === 'both') this.#adapter?.receive(bytes);
	}

	/** Cuts the adapter's output into notifications, one per task, in order. */
	#notify(bytes: Uint8Array): void {
		const size = this.device.options.notifyChunk ?? MAX_PAYLOAD;
		const limit = this.device.options.disconnectAfterBytes;
		const tx = this.#services[0]?.characteristics.find(
			(c) => c.layout.role === 'tx' || c.layout.role === 'both'
		);
		for (let i = 0; i < bytes.length; i += size) {
			const piece = bytes.slice(i, i + size);
			this.#queue = this.#queue.then(async () => {
				await tick();
				if (!this.connected || !tx) return;
				if (limit !== undefined && this.#sent + piece.length >= limit) {
					const part = piece.slice(0, Math.max(0, limit - this.#sent));
					this.#sent = limit;
					if (part.length) tx.emit(part);
					this.lose();
					return;
				}
				this.#sent += piece.length;
				tx.emit(piece);
			});
		}
	}
}

export class FakeService {
	readonly server: FakeGattServer;
	readonly uuid: string;
	readonly isPrimary = true;
	readonly characteristics: FakeCharacteristic[];

	constructor(server: FakeGattServer, layout: FakeServiceLayout) {
		this.server = server;
		this.uuid = layout.service;
		this.characteristics = layout.characteristics.map((c) => new FakeCharacteristic(this, c));
	}

	get device(): FakeBluetoothDevice {
		return this.server.device;
	}

	async getCharacteristics(uuid?: string): Promise<FakeCharacteristic[]> {
		await tick();
		if (!this.server.connected) throw new DOMException(NOT_CONNECTED, 'NetworkError');
		const found = this.characteristics.filter((c) => uuid === undefined || c.uuid === uuid);
		if (found.length === 0) throw new DOMException('No Characteristics found.', 'NotFoundError');
		return found;
	}

	async getCharacteristic(uuid: string): Promise<FakeCharacteristic> {
		return (await this.getCharacteristics(uuid))[0]!;
	}

	stopAll(): void {
		for (const c of this.characteristics) c.notifying = false;
	}
}

export class FakeCharacteristic extends EventTarget {
	readonly service: FakeService;
	readonly layout: FakeCharacteristicLayout;
	readonly uuid: string;
	readonly properties: Required<FakeProperties> & {
		broadcast: boolean;
		authenticatedSignedWrites: boolean;
		reliableWrite: boolean;
		writableAuxiliaries: boolean;
	};
	value: DataView | null = null;
	notifying = false;
	oncharacteristicvaluechanged: ((ev: Event) => void) | null = null;

	constructor(service: FakeService, layout: FakeCharacteristicLayout) {
		super();
		this.service = service;
		this.layout = layout;
		this.uuid = layout.uuid;
		this.properties = {
			notify: false,
			indicate: false,
			read: false,
			write: false,
			writeWithoutResponse: false,
			...layout.properties,
			broadcast: false,
			authenticatedSignedWrites: false,
			reliableWrite: false,
			writableAuxiliaries: false
		};
	}

	async startNotifications(): Promise<FakeCharacteristic> {
		await tick();
		if (!this.service.server.connected) throw new DOMException(NOT_CONNECTED, 'NetworkError');
		if (!this.properties.notify && !this.properties.indicate) {
			throw new DOMException('GATT operation not permitted.', 'NotSupportedError');
		}
		this.notifying = true;
		return this;
	}

	async stopNotifications(): Promise<FakeCharacteristic> {
		this.notifying = false;
		return this;
	}

	async writeValueWithoutResponse(data: BufferSource): Promise<void> {
		if (!this.properties.writeWithoutResponse) {
			throw new DOMException('GATT operation not permitted.', 'NotSupportedError');
		}
		return this.service.server.write(this, data, false);
	}

	async writeValueWithResponse(data: BufferSource): Promise<void> {
		if (!this.properties.write) {
			throw new DOMException('GATT operation not permitted.', 'NotSupportedError');
		}
		return this.service.server.write(this, data, true);
	}

	async writeValue(data: BufferSource): Promise<void> {
		return this.properties.write
			? this.writeValueWithResponse(data)
			: this.writeValueWithoutResponse(data);
	}

	async readValue(): Promise<DataView> {
		return this.value ?? new DataView(new ArrayBuffer(0));
	}

	/** Sends one notification, if the page subscribed. */
	emit(bytes: Uint8Array): void {
		if (!this.notifying) return;
		this.value = new DataView(
			bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
		);
		const event = new Event('characteristicvaluechanged', { bubbles: true });
		this.dispatchEvent(event);
		this.oncharacteristicvaluechanged?.(event);
	}
}

function toBytes(data: BufferSource): Uint8Array {
	if (data instanceof ArrayBuffer) return new Uint8Array(data.slice(0));
	const view = data as ArrayBufferView;
	return new Uint8Array(
		view.buffer.slice(view.byteOffset, view.byteOffset + view.byteLength) as ArrayBuffer
	);
}

/** One macrotask: radio operations never complete synchronously. */
function tick(): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, 0));
}
