import { createSimulatedLink } from '../simulator';
import { AdapterError } from '../transport/adapter-error';
import type { ByteLink } from '../transport/byte-link';
import { bluetoothApi, openBleLink, requestBleDevice } from '../transport/web-bluetooth';
import {
	openBluetoothSerialLink,
	openUsbSerialLink,
	requestBluetoothSerialPort,
	requestUsbPort,
	serialApi
} from '../transport/web-serial';
import type { SimulatorOptions } from '../simulator/types';
import { DEFAULT_DEMO_SCENARIO, type ConnectionKind } from './connection-kind';
import type { LinkMaker, LinkRequest } from './session.svelte';

export { DEFAULT_DEMO_SCENARIO } from './connection-kind';

/** What the link makers read from the page; injectable so tests can hand in fakes. */
export interface LinkEnv {
	readonly navigator: { readonly serial?: Serial; readonly bluetooth?: Bluetooth };
	readonly isSecureContext: boolean;
	/** Simulator options for the demo (tests speed it up); realistic timing when absent. */
	readonly simulator?: SimulatorOptions;
}

/** Builds the LinkMaker for `env`: the browser's device APIs, or the simulator for the demo. */
export function createLinkMaker(env: () => LinkEnv): LinkMaker {
	return async (kind: ConnectionKind, request: LinkRequest): Promise<ByteLink> => {
		const { navigator, isSecureContext, simulator } = env();
		const io = { signal: request.signal, onProgress: request.onProgress };
		if (kind === 'demo') {
			request.onProgress('Plugging into the simulated car…');
			return createSimulatedLink(request.scenarioId ?? DEFAULT_DEMO_SCENARIO, simulator);
		}
		// Web Serial and Web Bluetooth exist only in secure contexts (MDN).
		if (!isSecureContext) {
			throw new AdapterError(
				'insecure-context',
				'This page is not served securely (https), so the browser hides USB and Bluetooth. Open FobSync from its https address.'
			);
		}
		switch (kind) {
			case 'usb': {
				const serial = serialApi(navigator);
				const port = isSerialPort(request.remembered)
					? request.remembered
					: await requestUsbPort(serial, io);
				request.onProgress('Opening the port…');
				return openUsbSerialLink(port, io);
			}
			case 'bt-serial': {
				const serial = serialApi(navigator);
				const port = isSerialPort(request.remembered)
					? request.remembered
					: await requestBluetoothSerialPort(serial, io);
				return openBluetoothSerialLink(port, io);
			}
			case 'ble': {
				const bluetooth = bluetoothApi(navigator);
				const device = isBluetoothDevice(request.remembered)
					? request.remembered
					: await requestBleDevice(bluetooth, io);
				return openBleLink(device, io);
			}
		}
	};
}

/** The app's LinkMaker, reading the real `navigator` at each call. */
export const makeLink: LinkMaker = createLinkMaker(() => ({
	navigator: globalThis.navigator,
	isSecureContext: globalThis.isSecureContext ?? false,
	simulator: demoOptions()
}));

// Duck typing, not instanceof: the port or device may come from another realm or a test fake.
function isSerialPort(value: unknown): value is SerialPort {
	return (
		typeof value === 'object' &&
		value !== null &&
		typeof (value as SerialPort).open === 'function' &&
		typeof (value as SerialPort).getInfo === 'function'
	);
}

function isBluetoothDevice(value: unknown): value is BluetoothDevice {
	return typeof value === 'object' && value !== null && 'gatt' in value && 'id' in value;
}

/**
 * Browser tests speed the demo up by setting `window.__fobsyncSimulator`
 * (e.g. `{ latency: 'fast' }`) before the app loads; users get the realistic
 * timing, K-line pauses included.
 */
function demoOptions(): SimulatorOptions | undefined {
	const options = (globalThis as { __fobsyncSimulator?: SimulatorOptions }).__fobsyncSimulator;
	return options && typeof options === 'object' ? options : undefined;
}
