import { describe, expect, it } from 'vitest';
import { scriptedDevice } from '../../../tests/e2e/fakes/fake-device';
import { FakeSerialPort } from '../../../tests/e2e/fakes/fake-serial-port';
import { CapabilitiesState, type CapabilitiesEnv } from './capabilities.svelte';

const CHROME =
	'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/139.0.0.0 Safari/537.36';

/** A navigator.serial that relays its ports' plug events, as Chrome does for granted ports. */
class FakeSerial extends EventTarget {
	constructor(readonly ports: FakeSerialPort[]) {
		super();
		for (const port of ports) {
			port.addEventListener('disconnect', () => this.dispatchEvent(new Event('disconnect')));
			port.addEventListener('connect', () => this.dispatchEvent(new Event('connect')));
		}
	}
	async getPorts() {
		return this.ports;
	}
}

const flush = () => new Promise((r) => setTimeout(r, 0));

function setUp(bluetooth: Partial<Bluetooth> | undefined = undefined) {
	const port = new FakeSerialPort({
		info: { usbVendorId: 0x10c4, usbProductId: 0xea60 },
		device: () => scriptedDevice(() => 'OK')
	});
	const serial = new FakeSerial([port]);
	const env: CapabilitiesEnv = {
		navigator: {
			userAgent: CHROME,
			serial: serial as unknown as Serial,
			bluetooth: bluetooth as Bluetooth | undefined
		},
		isSecureContext: true
	};
	return { port, serial, state: new CapabilitiesState(env) };
}

describe('CapabilitiesState', () => {
	it('lists remembered ports and follows plug events until stopped', async () => {
		const { port, state } = setUp();
		const stop = state.start();
		await flush();
		expect(state.rememberedPorts.map((p) => [p.kind, p.label, p.present])).toEqual([
			['usb', 'USB serial (CP210x)', true]
		]);
		port.unplug();
		await flush();
		expect(state.rememberedPorts[0]?.present).toBe(false);
		stop();
		port.replug();
		await flush();
		// No longer following: the list still shows the last known state.
		expect(state.rememberedPorts[0]?.present).toBe(false);
	});

	it('keeps Bluetooth LE usable when the radio looks off (Chrome asks to switch it on), and lists granted BLE devices', async () => {
		const device = { id: 'd1', name: 'OBDII' } as BluetoothDevice;
		const bluetooth = Object.assign(new EventTarget(), {
			getAvailability: async () => false,
			getDevices: async () => [device]
		});
		const { state } = setUp(bluetooth as unknown as Bluetooth);
		expect(state.transports.ble.support).toBe('yes');
		const stop = state.start();
		await flush();
		await flush();
		expect(state.bluetoothRadio).toBe(false);
		expect(state.transports.ble.support).toBe('maybe');
		expect(state.transports.ble.reason).toMatch(/Chrome asks to switch it on/);
		expect(state.rememberedBleDevices).toEqual([{ device, label: 'Bluetooth LE (OBDII)' }]);
		stop();
	});
});
