import { AdapterError } from './adapter-error';

/** Where a browser device call failed; the same DOMException means different things in each. */
export type BrowserStep =
	| 'request-port' // navigator.serial.requestPort()
	| 'open-port' // SerialPort.open()
	| 'request-device' // navigator.bluetooth.requestDevice()
	| 'gatt-connect' // BluetoothRemoteGATTServer.connect()
	| 'gatt-discover' // getPrimaryServices(), getCharacteristics(), startNotifications()
	| 'read'
	| 'write';

/** Web Serial's non-fatal read errors: the port stays open and `port.readable` is replaced. */
const SERIAL_LINE_ERRORS = new Set([
	'BreakError',
	'FramingError',
	'ParityError',
	'BufferOverrunError'
]);

/** True for a read error after which a serial port can go on reading (MDN, SerialPort.readable). */
export function isRecoverableSerialError(error: unknown): boolean {
	return errorName(error) !== null && SERIAL_LINE_ERRORS.has(errorName(error)!);
}

const BUSY =
	'The adapter is in use: another program (another tab, a phone app, a diagnostic program) holds the port. Close it and try again.';

/**
 * Turns what a browser device API threw into an AdapterError with a plain
 * message. AdapterErrors pass through. Facts per exception:
 * - Web Serial (WICG spec; developer.chrome.com/docs/capabilities/serial):
 *   requestPort rejects NotFoundError when the user picks nothing and
 *   SecurityError when blocked by policy or without a click; open() rejects
 *   InvalidStateError when the port is already open and NetworkError
 *   ("Failed to open serial port") when the OS refuses it; reads fail with
 *   NetworkError once the device is lost.
 * - Web Bluetooth (developer.chrome.com/docs/capabilities/bluetooth): requestDevice
 *   rejects NotFoundError when the chooser is cancelled or Bluetooth is off;
 *   GATT calls reject NetworkError when the device disconnected.
 */
export function translateBrowserError(error: unknown, step: BrowserStep): AdapterError {
	if (error instanceof AdapterError) return error;
	const name = errorName(error);
	const text = error instanceof Error ? error.message : '';
	const fail = (code: ConstructorParameters<typeof AdapterError>[0], message: string) =>
		new AdapterError(code, message, { cause: error });

	if (name === 'AbortError') return fail('aborted', 'Connection cancelled.');
	if (name === 'TimeoutError') return fail('timeout', 'The device took too long to answer.');

	switch (step) {
		case 'request-port':
		case 'request-device':
			if (name === 'NotFoundError') {
				if (step === 'request-device' && /adapter|radio|off/i.test(text)) {
					return fail(
						'not-supported',
						'Bluetooth is turned off or missing on this device. Turn Bluetooth on and try again.'
					);
				}
				return fail(
					'no-device-selected',
					step === 'request-port'
						? 'No port was chosen. Plug the adapter in (or pair it), then choose it in the list.'
						: // Pin 16 is permanent power: the ignition does not power the adapter (docs/domain.md, "Battery voltage").
							'No Bluetooth device was chosen. Check the adapter’s light is on, then choose it in the list. The socket has power even with the ignition off, so a dark adapter points to a blown fuse or a loose plug, unless it is a model that sleeps with its light off.'
				);
			}
			if (name === 'SecurityError' || name === 'NotAllowedError') {
				return fail(
					'permission-denied',
					'The browser did not allow access to the device. Allow it in the site settings (the icon left of the address) and try again.'
				);
			}
			if (name === 'TypeError' || name === 'NotSupportedError') {
				return fail(
					'not-supported',
					'This browser cannot open this kind of connection. Update Chrome, or use another connection type.'
				);
			}
			if (name === 'InvalidStateError') {
				return fail('aborted', 'A device chooser is already open. Finish or close it first.');
			}
			break;
		case 'open-port':
			if (name === 'InvalidStateError' || name === 'NetworkError' || name === 'InUseError') {
				return fail('port-busy', BUSY);
			}
			if (name === 'SecurityError' || name === 'NotAllowedError') {
				return fail(
					'permission-denied',
					'The system refused access to the port. On Linux your user may need to be in the "dialout" group; otherwise unplug the adapter, plug it back in and try again.'
				);
			}
			if (name === 'NotFoundError') {
				return fail(
					'disconnected',
					'The adapter is no longer there. Plug it back in and try again.'
				);
			}
			break;
		case 'gatt-connect':
			if (name === 'SecurityError' || name === 'NotAllowedError') {
				return fail(
					'permission-denied',
					'The browser no longer has permission for this device. Choose it again from the list.'
				);
			}
			return fail(
				'disconnected',
				// Pin 16 is permanent power: a dark adapter is a fuse or a plug, not the ignition (docs/domain.md, "Battery voltage").
				'Could not connect to the Bluetooth adapter. Check the adapter’s light is on: the socket has power even with the ignition off, so a dark adapter points to a blown fuse or a loose plug, unless it is a model that sleeps with its light off. Close any phone app that uses it, and try again.'
			);
		case 'gatt-discover':
			if (name === 'NotFoundError') {
				return fail(
					'not-supported',
					'This Bluetooth device does not offer a data channel FobSync knows. Is it an OBD adapter?'
				);
			}
			if (name === 'NotSupportedError') {
				return fail(
					'not-supported',
					'This Bluetooth adapter does not send notifications FobSync can use.'
				);
			}
			break;
		case 'read':
			if (name !== null && SERIAL_LINE_ERRORS.has(name)) {
				return fail('garbled', 'The adapter sent unreadable bytes (wrong speed or a bad cable).');
			}
			break;
		case 'write':
			break;
	}
	return fail(
		'disconnected',
		'The connection to the adapter was lost (cable pulled, Bluetooth dropped, or the adapter lost power). Check it and connect again.'
	);
}

function errorName(error: unknown): string | null {
	if (error && typeof error === 'object' && 'name' in error && typeof error.name === 'string') {
		return error.name;
	}
	return null;
}
