import { afterEach, describe, expect, it, vi } from 'vitest';
import { scriptedDevice } from '../../../tests/e2e/fakes/fake-device';
import { FakeSerialPort } from '../../../tests/e2e/fakes/fake-serial-port';
import { isAdapterError } from './adapter-error';
import { serialPortLink } from './serial-port-link';

afterEach(() => vi.useRealTimers());

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const port = (options: Partial<ConstructorParameters<typeof FakeSerialPort>[0]> = {}) =>
	new FakeSerialPort({
		info: { usbVendorId: 0x1a86, usbProductId: 0x7523 },
		device: () => scriptedDevice(() => 'ELM327 v1.5'),
		...options
	});

async function readUntilPrompt(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<string> {
	let out = '';
	while (!out.endsWith('>')) {
		const { value, done } = await reader.read();
		if (done) break;
		out += text(value);
	}
	return out;
}

describe('serialPortLink', () => {
	it('carries bytes both ways and closes the port once, however often close() is called', async () => {
		const p = port();
		await p.open({ baudRate: 38400 });
		const link = serialPortLink(p, 'USB serial (CH340)');
		const writer = link.writable.getWriter();
		await writer.write(new TextEncoder().encode('ATI\r'));
		writer.releaseLock();
		const reader = link.readable.getReader();
		expect(await readUntilPrompt(reader)).toBe('ATI\rELM327 v1.5\r\r>');
		reader.releaseLock();
		await Promise.all([link.close(), link.close()]);
		expect(p.readable).toBeNull();
		// The port can be opened again (reconnect, or the next baud rate).
		await p.open({ baudRate: 9600 });
		expect(p.openedAt).toEqual([38400, 9600]);
	});

	it('ends the readable with "closed" when we close it during a read', async () => {
		const p = port();
		await p.open({ baudRate: 38400 });
		const link = serialPortLink(p, 'x');
		const reader = link.readable.getReader();
		const pending = reader.read();
		await link.close();
		expect((await pending).done).toBe(true);
	});

	it('reads on through a non-fatal line error', async () => {
		vi.useFakeTimers();
		const p = port();
		await p.open({ baudRate: 38400 });
		const link = serialPortLink(p, 'x');
		const reader = link.readable.getReader();
		const pending = readUntilPrompt(reader);
		// Fake time: the link's read loop is waiting on the port before the error strikes.
		await vi.advanceTimersByTimeAsync(0);
		p.lineError('FramingError');
		const writer = link.writable.getWriter();
		await writer.write(new TextEncoder().encode('ATI\r'));
		await vi.advanceTimersByTimeAsync(5); // the adapter answers on a 1 ms timer
		expect(await pending).toContain('ELM327 v1.5');
		await link.close();
	});

	it('errors the readable with "disconnected" when the cable is pulled mid-read', async () => {
		const p = port({ disconnectAfterBytes: 6 });
		await p.open({ baudRate: 38400 });
		const link = serialPortLink(p, 'x');
		const writer = link.writable.getWriter();
		await writer.write(new TextEncoder().encode('ATI\r'));
		const reader = link.readable.getReader();
		const first = await reader.read();
		expect(text(first.value!)).toBe('ATI\rEL');
		const error = await reader.read().then(
			() => null,
			(e: unknown) => e
		);
		expect(isAdapterError(error, 'disconnected')).toBe(true);
		await expect(writer.write(new Uint8Array([13]))).rejects.toMatchObject({
			code: 'disconnected'
		});
		await link.close();
	});

	it('errors an idle readable when the port reports "disconnect"', async () => {
		const p = port();
		await p.open({ baudRate: 38400 });
		const link = serialPortLink(p, 'x');
		const reader = link.readable.getReader();
		const pending = reader.read().then(
			() => null,
			(e: unknown) => e
		);
		p.unplug();
		expect(isAdapterError(await pending, 'disconnected')).toBe(true);
	});
});
