import type { AdapterErrorCode } from '$lib/transport/adapter-error';
import type { ConnectionKind } from '$lib/state/connection-kind';

/**
 * What to try after a failed or lost connection, by error code and link kind.
 * Plain steps only; the error's own message already says what happened.
 */
export function errorTips(
	code: AdapterErrorCode | 'unexpected',
	kind: ConnectionKind | null
): string[] {
	const bluetooth = kind === 'ble' || kind === 'bt-serial';
	switch (code) {
		case 'no-device-selected':
			// The Bluetooth LE message already says the light and fuse part: not twice.
			if (kind === 'ble') {
				return [
					'Close phone apps that may be connected to the dongle: a connected dongle stops advertising.',
					'If no list of devices appeared, allow the permission named above in the phone’s settings: Apps › Chrome › Permissions.',
					'Then choose Connect again and pick the adapter in the list.'
				];
			}
			return kind === 'bt-serial'
				? [
						'Check the dongle’s light is on. The socket has power even with the ignition off, so a dark dongle points to a blown fuse for the socket or a loose plug.',
						'Pair the dongle in your system’s Bluetooth settings first (PIN 1234 or 0000); only paired dongles appear.',
						'Then choose Connect again and pick the adapter in the list.'
					]
				: [
						'Check the cable is plugged into this computer; the port appears a few seconds later.',
						'Then choose Connect again and pick the adapter in the list.'
					];
		case 'port-busy':
			return [
				'Close other tabs or windows that use the adapter, and diagnostic programs (ScanTool, ForScan, Torque…).',
				'On a phone, close OBD apps or switch Bluetooth off and on.',
				'Unplug the adapter and plug it back in, then connect again.'
			];
		case 'permission-denied':
			return [
				'Click the icon left of the address bar and allow access to serial ports or Bluetooth devices.',
				'On Linux, USB cables need your user in the "dialout" group (log out and in after adding it).'
			];
		case 'disconnected':
			return bluetooth
				? [
						'Keep the phone or computer close to the car.',
						'Some dongles go to sleep after a while on their own: unplug it for ten seconds and plug it back in.',
						'Connect again; what you already read is kept.'
					]
				: [
						'Check both ends of the cable are firmly in.',
						'Connect again; what you already read is kept.'
					];
		case 'no-response':
		case 'timeout':
		case 'garbled':
			return [
				'Check the adapter sits firmly in the socket under the dashboard and its light is on.',
				'Unplug the adapter from the car for ten seconds, plug it back in, and connect again.',
				kind === 'usb'
					? 'Some cables are not ELM327 adapters at all (e.g. K+DCAN cables for BMW software).'
					: 'Cheap clones sometimes freeze; unplugging resets them.'
			];
		case 'not-supported':
		case 'insecure-context':
			return [
				'Try another connection type above, or open FobSync in Chrome on Android or on a computer.',
				'The demo always works.'
			];
		case 'aborted':
			return [];
		default:
			return [
				'Unplug the adapter, plug it back in, and connect again.',
				'If it keeps failing, try the demo to check FobSync itself works here.'
			];
	}
}
