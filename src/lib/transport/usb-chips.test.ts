import { describe, expect, it } from 'vitest';
import { serialPortKind, serialPortLabel, SPP_SERVICE_CLASS_ID, usbChipName } from './usb-chips';

describe('USB chips and port labels', () => {
	it('names the four common chips by vendor id', () => {
		expect(usbChipName(0x0403)).toBe('FTDI');
		expect(usbChipName(0x1a86)).toBe('CH340');
		expect(usbChipName(0x10c4)).toBe('CP210x');
		expect(usbChipName(0x067b)).toBe('PL2303');
		expect(usbChipName(0x2341)).toBeNull();
		expect(usbChipName(undefined)).toBeNull();
	});
	it('labels ports by how they connect', () => {
		expect(serialPortLabel({ usbVendorId: 0x1a86, usbProductId: 0x7523 })).toBe(
			'USB serial (CH340)'
		);
		expect(serialPortLabel({ usbVendorId: 0x2341, usbProductId: 0x43 })).toBe(
			'USB serial (2341:0043)'
		);
		expect(serialPortLabel({ bluetoothServiceClassId: SPP_SERVICE_CLASS_ID })).toBe(
			'Bluetooth serial'
		);
		expect(serialPortKind({})).toBe('other');
	});
});
