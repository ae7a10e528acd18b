/** The demo car when the user does not pick one: the 2003 MINI Cooper of the owner's story. */
export const DEFAULT_DEMO_SCENARIO = 'mini-r50-2003';

/** The ways FobSync reaches an adapter. */
export type ConnectionKind = 'usb' | 'bt-serial' | 'ble' | 'demo';

export interface ConnectionKindInfo {
	readonly kind: ConnectionKind;
	readonly title: string;
	/** One line: which adapter this is for. */
	readonly hint: string;
}

export const CONNECTION_KINDS: readonly ConnectionKindInfo[] = [
	{
		kind: 'usb',
		title: 'USB cable',
		hint: 'A cable with the car plug on one end and a USB plug on the other. Chrome or Edge on a computer.'
	},
	{
		kind: 'bt-serial',
		title: 'Bluetooth (classic)',
		hint: 'The common small box that plugs into the car with no cable. Pair it in your system settings first (PIN 1234 or 0000).'
	},
	{
		kind: 'ble',
		title: 'Bluetooth LE',
		hint: 'The same kind of box sold as “BLE” or “Bluetooth 4.0”; it needs no PIN. Chrome on Android or a computer.'
	},
	{
		kind: 'demo',
		title: 'Demo',
		hint: 'No hardware: a simulated adapter and car, to see what FobSync does.'
	}
];
