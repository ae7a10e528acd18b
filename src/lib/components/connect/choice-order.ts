import type { Capabilities, TransportKind } from '$lib/transport/capabilities';

/** Which real connection a page leads with, and the others in the order they are offered. */
export interface ChoiceOrder {
	/** The connection that fits this device, shown first (before the demo); null: the demo leads. */
	readonly lead: TransportKind | null;
	readonly others: readonly TransportKind[];
}

const ALL: readonly TransportKind[] = ['usb', 'bt-serial', 'ble'];

/**
 * The connection that fits the device leads: on Android the Bluetooth LE
 * dongle (a phone has no USB serial before Chrome 148, and Bluetooth LE needs
 * no pairing), on a computer with Web Serial the USB cable. A browser that
 * reaches no adapter at all leads with the demo. Null capabilities (the
 * prerendered page, before the browser is known) keep the plain order.
 */
export function choiceOrder(capabilities: Capabilities | null): ChoiceOrder {
	if (!capabilities) return { lead: null, others: ALL };
	const { browser, webBluetooth, webSerial } = capabilities;
	let lead: TransportKind | null = null;
	if (browser.platform === 'android' && webBluetooth) lead = 'ble';
	else if (browser.platform === 'desktop' && webSerial) lead = 'usb';
	else if (webBluetooth) lead = 'ble';
	else if (webSerial) lead = 'bt-serial';
	return { lead, others: ALL.filter((kind) => kind !== lead) };
}
