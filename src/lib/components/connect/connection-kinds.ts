import { CONNECTION_TITLES, type ConnectionKind } from '$lib/state/connection-kind';

/*
 * The connect page's cards: each way's name and one line on which adapter it is
 * for. Kept out of state/ so the first page, which shows only the names (header),
 * does not carry the hints.
 */

export interface ConnectionKindInfo {
	readonly kind: ConnectionKind;
	readonly title: string;
	/** One line: which adapter this is for. */
	readonly hint: string;
}

const HINTS: readonly Omit<ConnectionKindInfo, 'title'>[] = [
	{
		kind: 'usb',
		hint: 'A cable with the car plug on one end and a USB plug on the other. Chrome or Edge on a computer.'
	},
	{
		kind: 'bt-serial',
		hint: 'The common small box that plugs into the car with no cable. Pair it in your system settings first (PIN 1234 or 0000).'
	},
	{
		kind: 'ble',
		hint: 'The same kind of box sold as “BLE” or “Bluetooth 4.0”; it needs no PIN. Chrome on Android or a computer.'
	},
	{
		kind: 'demo',
		hint: 'No hardware: a simulated adapter and car, to see what FobSync does.'
	}
];

export const CONNECTION_KINDS: readonly ConnectionKindInfo[] = HINTS.map((h) => ({
	...h,
	title: CONNECTION_TITLES[h.kind]
}));
