import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	bytesToHex,
	crc8J1850,
	dtcFromBytes,
	dtcToBytes,
	hex,
	hexToBytes,
	normaliseCommand,
	sum8
} from '.';

const ascii = (s: string) => Array.from(s, (c) => c.charCodeAt(0));
const bytes = (s: string) => Array.from(hexToBytes(s)!);

describe('check bytes against published vectors (not against this code)', () => {
	it('SAE J1850 CRC-8 of "123456789" is 0x4B (the CRC catalogue\u2019s check value for CRC-8/SAE-J1850)', () => {
		expect(crc8J1850(ascii('123456789'))).toBe(0x4b);
	});

	it('a J1850 PWM answer printed with headers ends in its CRC (ELM-USB command reference, "ATH1" example)', () => {
		// obdtester.com/elm-usb-commands: ">0100 → 41 6B 10 41 00 BF DF B9 91 78".
		const line = bytes('41 6B 10 41 00 BF DF B9 91 78');
		expect(crc8J1850(line.slice(0, -1))).toBe(line.at(-1));
	});

	it('the ISO 14230-2 fast-init StartCommunication request C1 33 F1 81 carries checksum 66', () => {
		// The well-known request "C1 33 F1 81 66" (quoted e.g. in the mp3car.com thread
		// "Start communication in KWP2000 Fast init (ISO14230)").
		expect(sum8(bytes('C1 33 F1 81'))).toBe(0x66);
	});

	it('the ISO 9141-2 wake-up message 68 6A F1 01 00 carries checksum C4', () => {
		// The ELM327 datasheet gives "68 6A F1 01 00" as the default ISO 9141 wakeup
		// message (AT WM); the adapter adds the sum, C4.
		expect(sum8(bytes('68 6A F1 01 00'))).toBe(0xc4);
	});
});

describe('hex and trouble-code bytes', () => {
	it('formats and reads hex the way the ELM327 prints it', () => {
		expect(hex(5)).toBe('05');
		expect(hex(0x7e8, 3)).toBe('7E8');
		expect(bytesToHex([0x41, 0x0c, 0x1a, 0xf8])).toBe('41 0C 1A F8');
		expect(bytesToHex([0x4e, 0x2a], '')).toBe('4E2A');
		expect(Array.from(hexToBytes('41 0c 1A F8')!)).toEqual([0x41, 0x0c, 0x1a, 0xf8]);
		expect(hexToBytes('41 0')).toBeNull();
		expect(hexToBytes('4G')).toBeNull();
	});

	it('SAE J2012 examples: P0513, U0167, C1234, B0001', () => {
		expect(dtcFromBytes(0x05, 0x13)).toBe('P0513');
		expect(dtcFromBytes(0xc1, 0x67)).toBe('U0167');
		expect(dtcFromBytes(0x52, 0x34)).toBe('C1234');
		expect(dtcFromBytes(0x80, 0x01)).toBe('B0001');
		expect(dtcToBytes('p0513')).toEqual([0x05, 0x13]);
		expect(dtcToBytes('P05')).toBeNull();
	});

	it('round-trips every two-byte code (property)', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), (a, b) => {
				expect(dtcToBytes(dtcFromBytes(a, b))).toEqual([a, b]);
			})
		);
	});

	it('normalises commands the way the adapter reads them', () => {
		expect(normaliseCommand(' at sp 6\t')).toBe('ATSP6');
	});
});
