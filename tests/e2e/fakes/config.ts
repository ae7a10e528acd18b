import type { AdapterVariantId, SimulatorOptions } from '../../../src/lib/simulator/types';

/** One fake serial port (USB cable or paired classic-Bluetooth dongle). */
export interface FakePortConfig {
	kind: 'usb' | 'bt-serial';
	/** USB vendor/product id (USB only); default CH340 (0x1A86:0x7523). */
	vendorId?: number;
	productId?: number;
	/** The adapter's speed; other speeds read noise. Default 38400. */
	baudRate?: number;
	scenario?: string;
	variant?: AdapterVariantId;
	/** Another program holds the port. */
	busy?: boolean;
	/** Granted earlier, so getPorts() lists it. */
	granted?: boolean;
	/** The cable is pulled after the adapter has sent this many bytes. */
	disconnectAfterBytes?: number;
	/**
	 * Commands (spaces removed, upper case) answered with this text instead of
	 * the simulator's answer: hostile or odd adapter output for security tests.
	 */
	replies?: Record<string, string>;
}

/** One fake BLE dongle. */
export interface FakeBleConfig {
	name?: string;
	/** A BLE_SERVICE_FAMILIES id (fff0, ffe0, 18f0, vgate, nordic-uart, microchip, telit-tio). */
	family?: string;
	notifyChunk?: number;
	disconnectAfterBytes?: number;
	connectFails?: boolean;
	granted?: boolean;
	scenario?: string;
	variant?: AdapterVariantId;
}

/** Set as `window.__fakeDevicesConfig` before the fakes install; every field optional. */
export interface FakeDevicesConfig {
	/** false: the browser has no Web Serial. */
	serial?:
		| false
		| {
				ports?: FakePortConfig[];
				/** The user closes the chooser without picking; 'never': it never answers. */
				cancel?: boolean | 'never';
		  };
	/** false: the browser has no Web Bluetooth. */
	bluetooth?:
		| false
		| {
				devices?: FakeBleConfig[];
				/** The user closes the chooser without picking; 'never': it never answers. */
				cancel?: boolean | 'never';
				/** Offer navigator.bluetooth.getDevices() (behind a flag in real Chrome). Default true. */
				getDevices?: boolean;
				/** What getAvailability() answers. Default true. */
				available?: boolean;
		  };
	/** Options for every simulated adapter behind the fakes; default { latency: 'fast' }. */
	simulator?: SimulatorOptions;
}
