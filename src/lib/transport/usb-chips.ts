/**
 * USB-serial chips found in OBD cables, by USB vendor id (docs/domain.md §8).
 * Used to name the link and to list likely cables first; never to hide a port.
 */
export const USB_SERIAL_CHIPS: readonly { readonly vendorId: number; readonly chip: string }[] = [
	{ vendorId: 0x0403, chip: 'FTDI' },
	{ vendorId: 0x1a86, chip: 'CH340' },
	{ vendorId: 0x10c4, chip: 'CP210x' },
	{ vendorId: 0x067b, chip: 'PL2303' }
];

/** The chip name for a USB vendor id, or null when it is not one we know. */
export function usbChipName(vendorId: number | undefined): string | null {
	if (vendorId === undefined) return null;
	return USB_SERIAL_CHIPS.find((c) => c.vendorId === vendorId)?.chip ?? null;
}

/** The Serial Port Profile service class (Bluetooth SIG assigned numbers; docs/domain.md §8). */
export const SPP_SERVICE_CLASS_ID = '00001101-0000-1000-8000-00805f9b34fb';

/** Which way a serial port reaches the adapter, judged from `SerialPort.getInfo()`. */
export type SerialPortKind = 'usb' | 'bt-serial' | 'other';

/** USB ports carry a vendor id; RFCOMM ports carry a service class id (WICG Web Serial, SerialPortInfo). */
export function serialPortKind(info: SerialPortInfo): SerialPortKind {
	if (info.usbVendorId !== undefined) return 'usb';
	if (info.bluetoothServiceClassId !== undefined) return 'bt-serial';
	return 'other';
}

/** A human name for a port, e.g. "USB serial (CH340)" or "Bluetooth serial". */
export function serialPortLabel(info: SerialPortInfo): string {
	switch (serialPortKind(info)) {
		case 'usb': {
			const chip = usbChipName(info.usbVendorId);
			if (chip) return `USB serial (${chip})`;
			return `USB serial (${hex4(info.usbVendorId!)}:${hex4(info.usbProductId ?? 0)})`;
		}
		case 'bt-serial':
			return 'Bluetooth serial';
		default:
			return 'Serial port';
	}
}

function hex4(n: number): string {
	return n.toString(16).padStart(4, '0');
}
