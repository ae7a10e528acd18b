import { AdapterError } from './adapter-error';
import { detectBaudRate, type BaudDetectOptions } from './baud-detect';
import { translateBrowserError } from './browser-errors';
import type { ByteLink } from './byte-link';
import { awaitChooser } from './chooser';
import { withDeadline, type IoOptions } from './deadline';
import { serialPortLink } from './serial-port-link';
import { SPP_SERVICE_CLASS_ID, serialPortLabel } from './usb-chips';

/** The parts of `navigator` the serial transports use; injectable for tests. */
export interface SerialNavigator {
	readonly serial?: Serial;
}

/** How long opening a port may take; RFCOMM opens connect over the air and can hang. */
export const OPEN_TIMEOUT_MS = 15_000;

/** `navigator.serial`, or AdapterError 'not-supported' (Web Serial: Chrome/Edge desktop, Firefox 151+). */
export function serialApi(nav: SerialNavigator): Serial {
	if (!nav.serial) {
		throw new AdapterError(
			'not-supported',
			'This browser cannot open serial ports. Use Chrome or Edge on a computer, or try the demo.'
		);
	}
	return nav.serial;
}

/**
 * Asks the user for a USB serial port. No filters: Chrome then lists every
 * port (developer.chrome.com/docs/capabilities/serial), so an adapter with an
 * unusual chip is not hidden; `serialPortLabel` names the common chips.
 * Must run within a click (transient user activation).
 */
export async function requestUsbPort(serial: Serial, options: IoOptions = {}): Promise<SerialPort> {
	try {
		return await awaitChooser(serial.requestPort(), { ...options, what: 'Choosing a port' });
	} catch (error) {
		throw translateBrowserError(error, 'request-port');
	}
}

/**
 * Asks the user for a paired classic-Bluetooth dongle's serial port (RFCOMM,
 * Serial Port Profile). Chrome 117+ on desktop and 138+ on Android
 * (developer.chrome.com/blog/serial-over-bluetooth; docs/domain.md §8); older
 * browsers reject the filter with a TypeError, reported as 'not-supported'.
 */
export async function requestBluetoothSerialPort(
	serial: Serial,
	options: IoOptions = {}
): Promise<SerialPort> {
	try {
		return await awaitChooser(
			serial.requestPort({
				filters: [{ bluetoothServiceClassId: SPP_SERVICE_CLASS_ID }],
				allowedBluetoothServiceClassIds: [SPP_SERVICE_CLASS_ID]
			}),
			{ ...options, what: 'Choosing a Bluetooth device' }
		);
	} catch (error) {
		throw translateBrowserError(error, 'request-port');
	}
}

/** Opens `port` 8N1 at `baudRate`, translating refusals (busy, permission) into AdapterErrors. */
export async function openSerialPort(
	port: SerialPort,
	baudRate: number,
	options: IoOptions = {}
): Promise<void> {
	try {
		await withDeadline(
			port.open({ baudRate, dataBits: 8, stopBits: 1, parity: 'none', flowControl: 'none' }),
			{
				...options,
				timeoutMs: options.timeoutMs ?? OPEN_TIMEOUT_MS,
				what: 'Opening the port',
				onGiveUp: () => void port.close().catch(() => undefined)
			}
		);
	} catch (error) {
		throw translateBrowserError(error, 'open-port');
	}
}

/**
 * Opens a USB cable's port and finds its speed (38400 first, then the other
 * common rates; see `detectBaudRate`). The link is named after the USB chip,
 * e.g. "USB serial (CH340)".
 */
export async function openUsbSerialLink(
	port: SerialPort,
	options: BaudDetectOptions = {}
): Promise<ByteLink> {
	const label = serialPortLabel(port.getInfo());
	const { link } = await detectBaudRate(async (rate) => {
		await openSerialPort(port, rate, { signal: options.signal });
		return serialPortLink(port, label);
	}, options);
	options.onProgress?.('The adapter answered.');
	return link;
}

/**
 * Opens a classic-Bluetooth dongle's RFCOMM port. The speed is meaningless
 * over RFCOMM but `open()` requires one (WICG Web Serial, SerialOptions).
 */
export async function openBluetoothSerialLink(
	port: SerialPort,
	options: IoOptions & { onProgress?: (message: string) => void } = {}
): Promise<ByteLink> {
	options.onProgress?.('Connecting to the Bluetooth dongle…');
	await openSerialPort(port, 38400, options);
	return serialPortLink(port, serialPortLabel(port.getInfo()));
}
