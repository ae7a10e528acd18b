import { AdapterError } from './adapter-error';
import { BLE_OPTIONAL_SERVICES, BLE_SERVICE_FAMILIES, type BleServiceFamily } from './ble-services';
import { bleLink } from './ble-link';
import { translateBrowserError } from './browser-errors';
import type { ByteLink } from './byte-link';
import { awaitChooser } from './chooser';
import { withDeadline, type IoOptions } from './deadline';
import { pickCharacteristics } from './gatt-pick';

/** The parts of `navigator` the BLE transport uses; injectable for tests. */
export interface BluetoothNavigator {
	readonly bluetooth?: Bluetooth;
}

/** How long a GATT connection may take; dongles asleep or out of range never answer. */
export const GATT_CONNECT_TIMEOUT_MS = 20_000;

/** `navigator.bluetooth`, or AdapterError 'not-supported' (Web Bluetooth: Chrome/Edge only). */
export function bluetoothApi(nav: BluetoothNavigator): Bluetooth {
	if (!nav.bluetooth) {
		throw new AdapterError(
			'not-supported',
			'This browser cannot reach Bluetooth LE devices. Use Chrome on Android or on a computer, or try the demo.'
		);
	}
	return nav.bluetooth;
}

/**
 * Shows Chrome's Bluetooth chooser. `acceptAllDevices` rather than filters,
 * because OBD dongles advertise under many names ("OBDII", "IOS-Vlink",
 * "V-LINK", "OBDBLE", "VEEPEAK", "OBDLink CX"…) and many clones do not put
 * their service UUID in the advertisement, so any filter would hide some;
 * `optionalServices` must still list every family, or Chrome hides their
 * services after connecting (developer.chrome.com/docs/capabilities/bluetooth;
 * docs/domain.md §8). Must run within a click.
 */
export async function requestBleDevice(
	bluetooth: Bluetooth,
	options: IoOptions = {}
): Promise<BluetoothDevice> {
	try {
		return await awaitChooser(
			bluetooth.requestDevice({
				acceptAllDevices: true,
				optionalServices: [...BLE_OPTIONAL_SERVICES]
			}),
			{ ...options, what: 'Choosing a Bluetooth device' }
		);
	} catch (error) {
		throw translateBrowserError(error, 'request-device');
	}
}

/**
 * Devices this site was granted before (`navigator.bluetooth.getDevices()`).
 * Chrome ships it behind chrome://flags/#enable-web-bluetooth-new-permissions-backend
 * (developer.chrome.com/docs/capabilities/bluetooth), so it is feature-detected;
 * empty when absent or refused.
 */
export async function listRememberedBleDevices(bluetooth: Bluetooth): Promise<BluetoothDevice[]> {
	if (typeof bluetooth.getDevices !== 'function') return [];
	try {
		return await bluetooth.getDevices();
	} catch {
		return [];
	}
}

/** The link's name, e.g. "Bluetooth LE (IOS-Vlink)". */
export function bleLabel(device: BluetoothDevice): string {
	return device.name ? `Bluetooth LE (${device.name})` : 'Bluetooth LE';
}

/**
 * Connects to `device`, finds whichever known serial service it offers
 * (BLE_SERVICE_FAMILIES order), picks its notify and write characteristics by
 * their properties, starts notifications and returns the ByteLink. Any
 * failure disconnects GATT before rejecting with an AdapterError.
 */
export async function openBleLink(
	device: BluetoothDevice,
	options: IoOptions & { onProgress?: (message: string) => void } = {}
): Promise<ByteLink> {
	const gatt = device.gatt;
	if (!gatt) {
		throw new AdapterError(
			'not-supported',
			'This Bluetooth device offers no services to connect to.'
		);
	}
	const giveUp = () => {
		if (gatt.connected) gatt.disconnect();
	};
	options.onProgress?.(`Connecting to ${device.name ?? 'the Bluetooth adapter'}…`);
	let server: BluetoothRemoteGATTServer;
	try {
		server = await withDeadline(gatt.connect(), {
			signal: options.signal,
			timeoutMs: options.timeoutMs ?? GATT_CONNECT_TIMEOUT_MS,
			what: 'Connecting over Bluetooth',
			onGiveUp: giveUp
		});
	} catch (error) {
		throw translateBrowserError(error, 'gatt-connect');
	}
	try {
		options.onProgress?.('Looking for the adapter’s data channel…');
		const services = await withDeadline(server.getPrimaryServices(), {
			...options,
			what: 'Listing Bluetooth services'
		});
		for (const family of orderByFamily(services)) {
			const service = services.find((s) => s.uuid.toLowerCase() === family.service)!;
			const characteristics = await withDeadline(service.getCharacteristics(), {
				...options,
				what: 'Listing Bluetooth characteristics'
			});
			const pick = pickCharacteristics(characteristics);
			if (!pick) continue;
			await withDeadline(pick.notify.startNotifications(), {
				...options,
				what: 'Starting notifications'
			});
			// Which family (FFF0, FFE0, Nordic UART…) is the link's business, not the owner's.
			options.onProgress?.('Found the adapter’s data channel.');
			return bleLink(
				{ device, notify: pick.notify, write: pick.write, withoutResponse: pick.withoutResponse },
				bleLabel(device)
			);
		}
		throw new AdapterError(
			'not-supported',
			'This Bluetooth device does not offer a data channel FobSync knows. Is it an OBD adapter? If it is an older kind of Bluetooth dongle, choose "Bluetooth (classic)".'
		);
	} catch (error) {
		giveUp();
		throw translateBrowserError(error, 'gatt-discover');
	}
}

/** The known families among `services`, most preferred first. */
function orderByFamily(services: readonly BluetoothRemoteGATTService[]): BleServiceFamily[] {
	const present = new Set(services.map((s) => s.uuid.toLowerCase()));
	return BLE_SERVICE_FAMILIES.filter((f) => present.has(f.service));
}
