import { describe, expect, it } from 'vitest';
import {
	decodeCalibrationIds,
	decodeDtcs,
	decodeEcuName,
	decodeMonitorStatus,
	decodeRpm,
	decodeVinData,
	parseDpn,
	parseResponse,
	supportedFromBitmap
} from '.';
import { bytesToHex } from '../codec/hex';

const hexOf = (d: Uint8Array) => bytesToHex(d);

describe('parseResponse on CAN', () => {
	it('reads a single frame with 11-bit headers (ELM327 datasheet, "Multiline Responses")', () => {
		const r = parseResponse(['7E8 06 41 00 BE 3F A8 13'], '6');
		expect(r.messages).toHaveLength(1);
		expect(r.messages[0]!.ecu).toBe('7E8');
		expect(hexOf(r.messages[0]!.data)).toBe('41 00 BE 3F A8 13');
		expect(supportedFromBitmap(r.messages[0]!.data)).toContain(0x0c);
	});

	it('reads the datasheet VIN example with headers (7E8 10 14 49 02 01 …)', () => {
		const lines = [
			'7E8 10 14 49 02 01 31 44 34',
			'7E8 21 47 50 30 30 52 35 35',
			'7E8 22 42 31 32 33 34 35 36'
		];
		const r = parseResponse(lines, '6');
		expect(r.problems).toEqual([]);
		expect(decodeVinData(r.messages[0]!.data)).toBe('1D4GP00R55B123456');
	});

	it('reads the headers-off multi-frame form (014 / 0: / 1: / 2:)', () => {
		const lines = [
			'014',
			'0: 49 02 01 31 44 34',
			'1: 47 50 30 30 52 35 35',
			'2: 42 31 32 33 34 35 36'
		];
		const r = parseResponse(lines, '6');
		expect(decodeVinData(r.messages[0]!.data)).toBe('1D4GP00R55B123456');
	});

	it('reassembles two ECUs answering multi-frame at once, frames interleaved', () => {
		const lines = [
			'7E8 10 13 49 04 01 31 32 33',
			'7E9 10 13 49 04 01 41 42 43',
			'7E8 21 34 35 36 37 38 39 30',
			'7E9 21 44 45 46 47 48 49 4A',
			'7E8 22 31 32 33 34 35 36 00',
			'7E9 22 4B 4C 4D 4E 4F 50 00'
		];
		const r = parseResponse(lines, '6');
		expect(r.messages.map((m) => m.ecu).sort()).toEqual(['7E8', '7E9']);
		const byEcu = Object.fromEntries(r.messages.map((m) => [m.ecu, decodeCalibrationIds(m.data)]));
		expect(byEcu['7E8']).toEqual(['1234567890123456']);
		expect(byEcu['7E9']).toEqual(['ABCDEFGHIJKLMNOP']);
	});

	it('reports a missing consecutive frame instead of returning a wrong answer', () => {
		const r = parseResponse(['7E8 10 14 49 02 01 31 44 34', '7E8 22 42 31 32 33 34 35 36'], '6');
		expect(r.messages).toEqual([]);
		expect(r.problems.map((p) => p.detail).join()).toMatch(/missing/);
	});

	it('reads 29-bit headers and spaces off', () => {
		const r = parseResponse(['18DAF1100641000000BE'.slice(0, 18) + '3FA8'], '7');
		expect(r.messages[0]!.ecu).toBe('18DAF110');
		const s = parseResponse(['7E8064100BE3FA813'], '6');
		expect(hexOf(s.messages[0]!.data)).toBe('41 00 BE 3F A8 13');
	});

	it('separates negative responses (7F 09 11 service not supported)', () => {
		const r = parseResponse(['7E8 03 7F 09 11'], '6');
		expect(r.messages).toEqual([]);
		expect(r.negatives[0]).toMatchObject({
			ecu: '7E8',
			service: 0x09,
			meaning: 'service not supported'
		});
	});
});

describe('parseResponse on K-line and J1850', () => {
	it('checks the ISO 9141-2 checksum and keeps the source address', () => {
		// 48 6B 10 41 00 BE 1F B8 10 + sum: datasheet-style header bytes.
		const body = [0x48, 0x6b, 0x10, 0x41, 0x00, 0xbe, 0x1f, 0xb8, 0x10];
		const cs = body.reduce((a, b) => (a + b) & 0xff, 0);
		const line = bytesToHex([...body, cs]);
		const r = parseResponse([line], '3');
		expect(r.messages[0]!.ecu).toBe('10');
		expect(hexOf(r.messages[0]!.data)).toBe('41 00 BE 1F B8 10');
		const bad = parseResponse([line.slice(0, -2) + '00'], '3');
		expect(bad.messages).toEqual([]);
		expect(bad.problems[0]).toMatchObject({ kind: 'checksum', line: line.slice(0, -2) + '00' });
	});

	it('merges the five numbered VIN messages of a non-CAN car, in counter order (SAE J1979)', () => {
		const lines = [
			'49 02 01 00 00 00 57',
			'49 02 03 33 33 34 35',
			'49 02 02 4D 57 52 45',
			'49 02 04 35 54 44 31',
			'49 02 05 32 33 34 35'
		];
		const r = parseResponse(lines, '3');
		expect(r.messages).toHaveLength(1);
		expect(decodeVinData(r.messages[0]!.data)).toBe('WMWRE33455TD12345');
	});

	it('joins trouble codes spread over several legacy messages', () => {
		const r = parseResponse(['43 05 13 06 33 01 71', '43 04 20 00 00 00 00'], '3');
		expect(decodeDtcs(r.messages[0]!.data, { can: false })).toEqual([
			'P0513',
			'P0633',
			'P0171',
			'P0420'
		]);
	});
});

describe('decoders', () => {
	it('decodes CAN trouble codes after the count byte', () => {
		expect(
			decodeDtcs(Uint8Array.from([0x43, 0x02, 0x05, 0x13, 0xc1, 0x67]), { can: true })
		).toEqual(['P0513', 'U0167']);
		expect(decodeDtcs(Uint8Array.from([0x43, 0x00]), { can: true })).toEqual([]);
	});
	it('decodes RPM, monitor status and ECU names', () => {
		expect(decodeRpm(Uint8Array.from([0x0c, 0x1a, 0xf8]))).toBe(1726);
		expect(decodeMonitorStatus(Uint8Array.from([0x01, 0x82, 0x07, 0x65, 0x00]))).toMatchObject({
			milOn: true,
			dtcCount: 2
		});
		const name = Uint8Array.from([
			0x49,
			0x0a,
			0x01,
			...Buffer.from('ECM\0-EngineControl\0\0', 'latin1')
		]);
		expect(decodeEcuName(name)).toBe('EngineControl (ECM)');
	});
	it('parses ATDPN', () => {
		expect(parseDpn('A6')).toEqual({ auto: true, code: '6' });
		expect(parseDpn('3')).toEqual({ auto: false, code: '3' });
		expect(parseDpn('?')).toEqual({ auto: false, code: null });
	});
});
