import type { FakeDevice } from './fake-device';

/** How one fake serial port behaves. */
export interface FakeSerialPortOptions {
	readonly info: SerialPortInfo;
	/** Makes the adapter behind the port; called at each open(). */
	readonly device: () => FakeDevice;
	/** The speed the adapter talks at; bytes at any other speed turn to noise. RFCOMM ignores it. */
	readonly adapterBaudRate?: number;
	/** open() fails as when another program holds the port. */
	readonly busy?: boolean;
	/** The cable is pulled once the adapter has sent this many bytes in total. */
	readonly disconnectAfterBytes?: number;
}

/** Bytes a UART delivers when the two ends disagree on the speed. */
const NOISE = Uint8Array.from([0xf0, 0x86, 0x00, 0xfe, 0x98, 0x3e]);

/**
 * A SerialPort as Chrome implements it (WICG Web Serial): open() creates the
 * streams, a pulled cable errors the readable with NetworkError, sets both
 * streams to null and fires 'disconnect' on the port (the container fires it
 * on navigator.serial too, see FakeSerial).
 */
export class FakeSerialPort extends EventTarget {
	readonly options: FakeSerialPortOptions;
	readable: ReadableStream<Uint8Array> | null = null;
	writable: WritableStream<Uint8Array> | null = null;
	connected = true;
	/** Every open() speed, in order (tests assert the detection order). */
	readonly openedAt: number[] = [];
	#device: FakeDevice | null = null;
	#controller: ReadableStreamDefaultController<Uint8Array> | null = null;
	#sent = 0;
	onconnect: ((ev: Event) => void) | null = null;
	ondisconnect: ((ev: Event) => void) | null = null;

	constructor(options: FakeSerialPortOptions) {
		super();
		this.options = options;
	}

	getInfo(): SerialPortInfo {
		return { ...this.options.info };
	}

	async open(settings: SerialOptions): Promise<void> {
		if (!this.connected) throw new DOMException('The device has been lost.', 'NetworkError');
		if (this.readable || this.writable) {
			throw new DOMException('The port is already open.', 'InvalidStateError');
		}
		if (this.options.busy) throw new DOMException('Failed to open serial port.', 'NetworkError');
		this.openedAt.push(settings.baudRate);
		const rfcomm = this.options.info.bluetoothServiceClassId !== undefined;
		const inTune =
			rfcomm || settings.baudRate === (this.options.adapterBaudRate ?? settings.baudRate);
		const device = this.options.device();
		this.#device = device;
		this.readable = this.#newReadable();
		device.onOutput((bytes) => this.#deliver(bytes));
		this.writable = new WritableStream<Uint8Array>({
			write: async (chunk) => {
				if (!this.connected) throw new DOMException('The device has been lost.', 'NetworkError');
				if (inTune) device.receive(new Uint8Array(chunk));
				else setTimeout(() => this.#deliver(NOISE.slice()), 2);
			}
		});
	}

	#newReadable(): ReadableStream<Uint8Array> {
		return new ReadableStream<Uint8Array>({
			start: (c) => {
				this.#controller = c;
			},
			cancel: () => {
				this.#controller = null;
			}
		});
	}

	/**
	 * A non-fatal line error (BreakError, FramingError, ParityError,
	 * BufferOverrunError): the current readable errors and a fresh one replaces it.
	 */
	lineError(name: string): void {
		this.#controller?.error(new DOMException('Line error.', name));
		this.readable = this.#newReadable();
	}

	#deliver(bytes: Uint8Array): void {
		if (!this.#controller || !this.connected) return;
		const limit = this.options.disconnectAfterBytes;
		if (limit !== undefined && this.#sent + bytes.length >= limit) {
			const part = bytes.subarray(0, Math.max(0, limit - this.#sent));
			this.#sent = limit;
			if (part.length) this.#controller.enqueue(part);
			this.unplug();
			return;
		}
		this.#sent += bytes.length;
		this.#controller.enqueue(bytes);
	}

	async close(): Promise<void> {
		if (this.readable?.locked || this.writable?.locked) {
			throw new TypeError('Cannot close a port with locked streams.');
		}
		await this.readable?.cancel().catch(() => undefined);
		this.#shutDown();
	}

	async forget(): Promise<void> {
		await this.close().catch(() => undefined);
	}

	async setSignals(): Promise<void> {}

	async getSignals(): Promise<SerialInputSignals> {
		return { dataCarrierDetect: true, clearToSend: true, ringIndicator: false, dataSetReady: true };
	}

	/** Pulls the cable: the read in progress fails, both streams go away, 'disconnect' fires. */
	unplug(): void {
		if (!this.connected) return;
		this.connected = false;
		try {
			this.#controller?.error(new DOMException('The device has been lost.', 'NetworkError'));
		} catch {
			// already closed
		}
		this.#shutDown();
		const event = new Event('disconnect', { bubbles: true });
		this.dispatchEvent(event);
		this.ondisconnect?.(event);
	}

	/** Plugs the cable back in. */
	replug(): void {
		if (this.connected) return;
		this.connected = true;
		this.#sent = 0;
		const event = new Event('connect', { bubbles: true });
		this.dispatchEvent(event);
		this.onconnect?.(event);
	}

	#shutDown(): void {
		this.#device?.close();
		this.#device = null;
		this.#controller = null;
		this.readable = null;
		this.writable = null;
	}
}
