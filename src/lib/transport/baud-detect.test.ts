import { describe, expect, it } from 'vitest';
import { scriptedDevice } from '../../../tests/e2e/fakes/fake-device';
import { FakeSerialPort } from '../../../tests/e2e/fakes/fake-serial-port';
import { AdapterError } from './adapter-error';
import { detectBaudRate } from './baud-detect';
import { serialPortLink } from './serial-port-link';

function setUp(adapterBaudRate: number, options: { silent?: boolean } = {}) {
	const port = new FakeSerialPort({
		info: { usbVendorId: 0x0403, usbProductId: 0x6001 },
		adapterBaudRate,
		device: () =>
			options.silent
				? { receive: () => undefined, onOutput: () => undefined, close: () => undefined }
				: scriptedDevice(() => 'ELM327 v1.5')
	});
	const open = async (rate: number) => {
		await port.open({ baudRate: rate });
		return serialPortLink(port, 'USB serial (FTDI)');
	};
	return { port, open };
}

describe('detectBaudRate', () => {
	it('keeps the default 38400 when the adapter answers there, without trying others', async () => {
		const { port, open } = setUp(38400);
		const progress: string[] = [];
		const { baudRate, link } = await detectBaudRate(open, { onProgress: (m) => progress.push(m) });
		expect(baudRate).toBe(38400);
		expect(port.openedAt).toEqual([38400]);
		expect(progress).toEqual(['Finding the adapter’s speed…']);
		await link.close();
	});

	it('finds an adapter at 115200 after noise at 38400 and 9600, reporting each try', async () => {
		const { port, open } = setUp(115200);
		const progress: string[] = [];
		const { baudRate, link } = await detectBaudRate(open, { onProgress: (m) => progress.push(m) });
		expect(baudRate).toBe(115200);
		expect(port.openedAt).toEqual([38400, 9600, 115200]);
		// One plain line per try, no figures in baud on screen.
		expect(progress).toEqual([
			'Finding the adapter’s speed…',
			'Trying another speed…',
			'Trying another speed…'
		]);
		// The link that answered stays open and usable for the session.
		const writer = link.writable.getWriter();
		await writer.write(new TextEncoder().encode('ATZ\r'));
		const { value } = await link.readable.getReader().read();
		expect(new TextDecoder().decode(value)).toContain('ELM327');
		await link.close();
	});

	it('gives up with "no-response" when nothing answers at any speed', async () => {
		const { port, open } = setUp(38400, { silent: true });
		const error = await detectBaudRate(open, { probeTimeoutMs: 30 }).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(AdapterError);
		expect((error as AdapterError).code).toBe('no-response');
		expect(port.openedAt).toEqual([38400, 9600, 115200, 230400, 500000]);
		expect(port.readable).toBeNull();
		expect((error as AdapterError).message).not.toMatch(/baud|\d{4}/);
	});

	it('stops at once when the port is busy', async () => {
		const port = new FakeSerialPort({
			info: {},
			busy: true,
			device: () => scriptedDevice(() => '')
		});
		const open = async (rate: number) => {
			await port.open({ baudRate: rate }).catch(() => {
				throw new AdapterError('port-busy', 'busy');
			});
			return serialPortLink(port, 'x');
		};
		await expect(detectBaudRate(open)).rejects.toMatchObject({ code: 'port-busy' });
	});

	it('stops when cancelled, leaving the port closed', async () => {
		const { port, open } = setUp(500000, { silent: true });
		const abort = new AbortController();
		setTimeout(() => abort.abort(), 50);
		await expect(
			detectBaudRate(open, { signal: abort.signal, probeTimeoutMs: 1000 })
		).rejects.toMatchObject({ code: 'aborted' });
		expect(port.readable).toBeNull();
	});
});
