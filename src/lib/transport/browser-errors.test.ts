import { describe, expect, it } from 'vitest';
import { AdapterError } from './adapter-error';
import {
	isRecoverableSerialError,
	translateBrowserError,
	type BrowserStep
} from './browser-errors';

const dom = (name: string, message = 'raw browser text') => new DOMException(message, name);

describe('translateBrowserError', () => {
	const cases: [BrowserStep, Error, string][] = [
		['request-port', dom('NotFoundError', 'No port selected by the user.'), 'no-device-selected'],
		['request-port', dom('SecurityError'), 'permission-denied'],
		['request-port', new TypeError("Failed to read the 'filters' property"), 'not-supported'],
		['open-port', dom('InvalidStateError', 'The port is already open.'), 'port-busy'],
		['open-port', dom('NetworkError', 'Failed to open serial port.'), 'port-busy'],
		['open-port', dom('SecurityError'), 'permission-denied'],
		['read', dom('NetworkError', 'The device has been lost.'), 'disconnected'],
		['read', dom('FramingError'), 'garbled'],
		['write', dom('NetworkError'), 'disconnected'],
		[
			'request-device',
			dom('NotFoundError', 'User cancelled the requestDevice() chooser.'),
			'no-device-selected'
		],
		['request-device', dom('NotFoundError', 'Bluetooth adapter not available.'), 'not-supported'],
		['request-device', dom('SecurityError'), 'permission-denied'],
		['gatt-connect', dom('NetworkError', 'Connection attempt failed.'), 'disconnected'],
		['gatt-discover', dom('NotFoundError', 'No Services found in device.'), 'not-supported'],
		['gatt-discover', dom('AbortError'), 'aborted']
	];
	for (const [step, error, code] of cases) {
		it(`${step}: ${error.name} → ${code}`, () => {
			const out = translateBrowserError(error, step);
			expect(out).toBeInstanceOf(AdapterError);
			expect(out.code).toBe(code);
			expect(out.cause).toBe(error);
			// Plain language only: the raw exception text never reaches the user.
			expect(out.message).not.toContain(error.message);
		});
	}

	it('names the usual suspects when the port is busy', () => {
		expect(translateBrowserError(dom('NetworkError'), 'open-port').message).toMatch(
			/another program \(another tab, a phone app, a diagnostic program\) holds the port/
		);
	});

	it('never tells the owner the ignition powers the adapter (pin 16 is permanent power)', () => {
		for (const [step, error] of [
			['request-device', dom('NotFoundError', 'User cancelled the requestDevice() chooser.')],
			['gatt-connect', dom('NetworkError', 'Connection attempt failed.')]
		] as const) {
			const message = translateBrowserError(error, step).message;
			expect(message).not.toMatch(/ignition on/i);
			expect(message).toMatch(/power even with the ignition off/);
			expect(message).toMatch(/blown fuse or a loose plug/);
			// Some adapters sleep with their light off: a dark one is not always a fault.
			expect(message).toMatch(/sleeps with its light off/);
		}
	});

	it('passes AdapterErrors through untouched', () => {
		const original = new AdapterError('timeout', 'slow');
		expect(translateBrowserError(original, 'read')).toBe(original);
	});

	it('tells non-fatal serial line errors from fatal ones', () => {
		expect(isRecoverableSerialError(dom('ParityError'))).toBe(true);
		expect(isRecoverableSerialError(dom('BufferOverrunError'))).toBe(true);
		expect(isRecoverableSerialError(dom('NetworkError'))).toBe(false);
		expect(isRecoverableSerialError('nope')).toBe(false);
	});
});
