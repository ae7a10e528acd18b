import { describe, expect, it } from 'vitest';
import { decodeReply } from './decode-reply';

describe('console replies decoded beside the raw text', () => {
	it('a mode 03 reply without headers: 43 01 05 13 is P0513, with its title', () => {
		const [line] = decodeReply('03', ['43 01 05 13']);
		expect(line).toMatch(/^Stored codes: P0513 \(.*immobili[sz]er/i);
	});

	it('a mode 03 reply with CAN headers, and one with no codes', () => {
		expect(decodeReply('03', ['7E8 06 43 02 05 13 C1 67'])).toEqual([
			expect.stringMatching(/^Stored codes: P0513 .*; U0167/)
		]);
		expect(decodeReply('07', ['7E8 02 47 00'])).toEqual(['Pending codes: none']);
	});

	it('a K-line mode 03 reply (no count byte, padded)', () => {
		// ISO 9141-2: 48 6B 10 header, checksum last.
		const bytes = [0x48, 0x6b, 0x10, 0x43, 0x05, 0x13, 0x00, 0x00, 0x00, 0x00];
		const sum = bytes.reduce((a, b) => a + b, 0) & 0xff;
		const line = [...bytes, sum].map((b) => b.toString(16).toUpperCase().padStart(2, '0'));
		expect(decodeReply('03', [line.join(' ')])[0]).toMatch(/^Stored codes: P0513/);
	});

	it('mode 01 values', () => {
		expect(decodeReply('010C', ['7E8 04 41 0C 1A F8'])).toEqual(['Engine speed: 1726 rpm']);
		expect(decodeReply('01 05', ['41 05 7B'])).toEqual(['Coolant temperature: 83 °C']);
		expect(decodeReply('0101', ['7E8 06 41 01 81 07 65 00'])).toEqual([
			'Check-engine lamp on, 1 stored code'
		]);
	});

	it('the VIN from 09 02, over several frames', () => {
		const lines = [
			'7E8 10 14 49 02 01 57 4D 57',
			'7E8 21 4D 46 33 33 35 33 38',
			'7E8 22 54 4C 31 32 33 34 35'
		];
		expect(decodeReply('09 02', lines)).toEqual(['VIN: WMWMF33538TL12345']);
	});

	it('the protocol from AT DPN', () => {
		expect(decodeReply('AT DPN', ['A6'])).toEqual([
			'Protocol: ISO 15765-4 CAN (11 bit ID, 500 kbaud), found automatically'
		]);
	});

	it('nothing to add for other AT commands or unreadable replies', () => {
		expect(decodeReply('ATRV', ['12.4V'])).toEqual([]);
		expect(decodeReply('03', ['NO DATA'])).toEqual([]);
	});
});
