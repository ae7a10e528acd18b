/** The demo car when the user does not pick one: the 2003 MINI Cooper of the owner's story. */
export const DEFAULT_DEMO_SCENARIO = 'mini-r50-2003';

/** The ways FobSync reaches an adapter. */
export type ConnectionKind = 'usb' | 'bt-serial' | 'ble' | 'demo';

/** Each way's name, as the header and the connect page say it. */
export const CONNECTION_TITLES: Readonly<Record<ConnectionKind, string>> = {
	usb: 'USB cable',
	'bt-serial': 'Bluetooth (classic)',
	ble: 'Bluetooth LE',
	demo: 'Demo'
};
