import { describe, expect, it } from 'vitest';
import { FAKE_BLE_LAYOUTS } from '../../../tests/e2e/fakes/ble-layouts';
import { scriptedDevice } from '../../../tests/e2e/fakes/fake-device';
import {
	FakeBluetoothDevice,
	type FakeBleDeviceOptions
} from '../../../tests/e2e/fakes/fake-bluetooth-device';
import { isAdapterError } from './adapter-error';
import { BLE_OPTIONAL_SERVICES, BLE_SERVICE_FAMILIES } from './ble-services';
import type { ByteLink } from './byte-link';
import { openBleLink } from './web-bluetooth';

const LONG_ANSWER =
	'7E8 10 14 49 02 01 57 4D 57\r7E8 21 52 43 33 33 34 35 34\r7E8 22 54 58 31 32 33 34 35';

function dongle(family: string, options: Partial<FakeBleDeviceOptions> = {}) {
	const device = new FakeBluetoothDevice({
		id: family,
		name: 'OBDII',
		layout: FAKE_BLE_LAYOUTS[family]!,
		device: () => scriptedDevice((command) => (command === '0902' ? LONG_ANSWER : 'OK')),
		...options
	});
	// What Chrome's chooser grants from requestDevice({ optionalServices }).
	device.allowedServices = new Set(BLE_OPTIONAL_SERVICES);
	return device;
}

async function exchange(link: ByteLink, command: string): Promise<string> {
	const writer = link.writable.getWriter();
	await writer.write(new TextEncoder().encode(`${command}\r`));
	writer.releaseLock();
	const reader = link.readable.getReader();
	let out = '';
	try {
		while (!out.endsWith('>')) {
			const { value, done } = await reader.read();
			if (done) break;
			out += new TextDecoder().decode(value);
		}
	} finally {
		reader.releaseLock();
	}
	return out;
}

const asDevice = (d: FakeBluetoothDevice) => d as unknown as BluetoothDevice;

describe('openBleLink', () => {
	it('knows a fake layout for every family it asks for', () => {
		expect(Object.keys(FAKE_BLE_LAYOUTS).sort()).toEqual(
			BLE_SERVICE_FAMILIES.map((f) => f.id).sort()
		);
	});

	for (const family of BLE_SERVICE_FAMILIES) {
		it(`finds the ${family.id} service and talks through it`, async () => {
			const device = dongle(family.id);
			const progress: string[] = [];
			const link = await openBleLink(asDevice(device), { onProgress: (m) => progress.push(m) });
			expect(link.label).toBe('Bluetooth LE (OBDII)');
			expect(progress.at(-1)).toBe('Found the adapter’s data channel.');
			expect(await exchange(link, 'ATE0')).toBe('ATE0\rOK\r\r>');
			await link.close();
			expect(device.gatt.connected).toBe(false);
		});
	}

	it('writes at most 20 bytes at a time and assembles a reply split into 3-byte notifications', async () => {
		const device = dongle('fff0', { notifyChunk: 3 });
		const link = await openBleLink(asDevice(device));
		const command = 'AT SH 7DF AT CAF1 AT ST FF 0902';
		const reply = await exchange(link, command);
		expect(reply).toBe(`${command}\rOK\r\r>`);
		const lengths = device.writes.map((w) => w.length);
		expect(lengths.reduce((a, b) => a + b, 0)).toBe(command.length + 1);
		expect(Math.max(...lengths)).toBeLessThanOrEqual(20);
		expect(device.writes.every((w) => !w.withResponse)).toBe(true);
		expect(await exchange(link, '0902')).toBe(`0902\r${LONG_ANSWER}\r\r>`);
		await link.close();
	});

	it('writes with response where the characteristic only allows that', async () => {
		const device = dongle('18f0');
		const link = await openBleLink(asDevice(device));
		await exchange(link, 'ATI');
		expect(device.writes.length).toBeGreaterThan(0);
		expect(device.writes.every((w) => w.withResponse)).toBe(true);
		await link.close();
	});

	it('ends the readable with "disconnected" when the dongle drops mid-reply', async () => {
		const device = dongle('ffe0', { notifyChunk: 4, disconnectAfterBytes: 10 });
		const link = await openBleLink(asDevice(device));
		const error = await exchange(link, '0902').then(
			() => null,
			(e: unknown) => e
		);
		expect(isAdapterError(error, 'disconnected')).toBe(true);
		const writer = link.writable.getWriter();
		await expect(writer.write(new Uint8Array([13]))).rejects.toMatchObject({
			code: 'disconnected'
		});
		await link.close();
	});

	it('says so when the device offers none of the known services', async () => {
		const device = dongle('fff0');
		device.allowedServices = new Set();
		await expect(openBleLink(asDevice(device))).rejects.toMatchObject({ code: 'not-supported' });
		expect(device.gatt.connected).toBe(false);
	});

	it('reports a failed GATT connection plainly', async () => {
		const device = dongle('fff0', { connectFails: true });
		const error = await openBleLink(asDevice(device)).catch((e: unknown) => e);
		expect(isAdapterError(error, 'disconnected')).toBe(true);
		expect((error as Error).message).toMatch(/Could not connect/);
	});
});
