import { describe, expect, it } from 'vitest';
import { crc8J1850, hex, sum8 } from '../codec';
import { decodeDtcs, decodeVinData, parseResponse } from '.';

/** A headers-on legacy line with its check byte computed by the bus's own rule. */
function legacyLine(
	header: number[],
	data: number[],
	check: 'sum' | 'crc',
	corrupt = false
): string {
	const body = [...header, ...data];
	const cs = (check === 'sum' ? sum8(body) : crc8J1850(body)) ^ (corrupt ? 0x01 : 0);
	return [...body, cs].map((b) => hex(b)).join(' ');
}
const K = [0x48, 0x6b, 0x10];
const vinMessages = (n: number[]) => {
	const chunks = [
		[0x00, 0x00, 0x00, 0x57],
		[0x4d, 0x57, 0x52, 0x45],
		[0x33, 0x33, 0x34, 0x35],
		[0x35, 0x54, 0x44, 0x31],
		[0x32, 0x33, 0x34, 0x35]
	];
	return n.map((i) => legacyLine(K, [0x49, 0x02, i, ...chunks[i - 1]!], 'sum'));
};

describe('CAN frames the standard refuses are refused', () => {
	it('a single frame whose length byte is above 7 is ignored (ISO 15765-2, SF_DL 1..7)', () => {
		const r = parseResponse(['7E8 0A 49 02 01 31 44 34 47 50 30 30'], '6', { headers: true });
		expect(r.messages).toEqual([]);
		expect(r.problems[0]?.kind).toMatch(/bad-length|too-long/);
		const eight = parseResponse(['7E8 08 41 00 BE 3F A8 13 00'], '6', { headers: true });
		expect(eight.messages).toEqual([]);
		expect(eight.problems[0]).toMatchObject({ kind: 'bad-length', ecu: '7E8' });
	});

	it('a headers-on line that lost a digit is refused, never read with its CAN id as data', () => {
		const spaced = parseResponse(['7E8 06 41 00 BE 3F A8 1'], '6', { headers: true });
		expect(spaced.messages).toEqual([]);
		expect(spaced.problems[0]?.kind).toBe('malformed');
		// Without spaces the same loss leaves an even number of digits, which once
		// read as headers-off data (7E 80 64 …); headers known on, it is refused.
		const unspaced = parseResponse(['7E8064100BE3FA81'], '6', { headers: true });
		expect(unspaced.messages).toEqual([]);
		expect(unspaced.problems[0]?.kind).toBe('malformed');
		// With spaces on, the 3-digit id group tells a header even when the setting is unknown.
		const inferred = parseResponse(['7E8 06 41 00 BE 3F A8 13'], '6');
		expect(inferred.messages[0]?.ecu).toBe('7E8');
	});

	it('a frame longer than 8 bytes, or a first frame announcing 7 bytes or fewer, is refused', () => {
		expect(
			parseResponse(['7E8 03 41 0D 00 00 00 00 00 00'], '6', { headers: true }).problems[0]?.kind
		).toBe('too-long');
		expect(
			parseResponse(['7E8 10 05 49 02 01 31 44 34'], '6', { headers: true }).problems[0]?.kind
		).toBe('bad-length');
	});

	it('a frame the adapter marked <RX ERROR is refused and kept as a problem', () => {
		const r = parseResponse(
			['7E8 06 41 00 BE 3F A8 13', '7E9 06 41 00 98 18 80 11 <RX ERROR'],
			'6',
			{ headers: true }
		);
		expect(r.messages.map((m) => m.ecu)).toEqual(['7E8']);
		expect(r.problems[0]).toMatchObject({
			kind: 'adapter-checksum',
			line: '7E9 06 41 00 98 18 80 11 <RX ERROR'
		});
	});
});

describe('legacy messages the standard refuses are refused', () => {
	it('more than 7 data bytes in one message is refused (SAE J1979 non-CAN)', () => {
		const line = legacyLine(K, [0x41, 0x00, 0xbe, 0x1f, 0xb8, 0x10, 0xaa, 0xbb], 'sum');
		const r = parseResponse([line], '3', { headers: true });
		expect(r.messages).toEqual([]);
		expect(r.problems[0]).toMatchObject({ kind: 'too-long', ecu: '10' });
	});

	it('a KWP format byte that disagrees with the data length is refused', () => {
		const bad = legacyLine([0x84, 0xf1, 0x10], [0x41, 0x0d, 0x00], 'sum');
		expect(parseResponse([bad], '5', { headers: true }).problems[0]?.kind).toBe('bad-length');
		const good = legacyLine([0x83, 0xf1, 0x10], [0x41, 0x0d, 0x00], 'sum');
		expect(parseResponse([good], '5', { headers: true }).messages).toHaveLength(1);
	});

	it('a J1850 line with a wrong CRC is refused and kept with its line', () => {
		const bad = legacyLine([0x41, 0x6b, 0x10], [0x41, 0x0d, 0x00], 'crc', true);
		const r = parseResponse([bad], '1', { headers: true });
		expect(r.messages).toEqual([]);
		expect(r.problems).toEqual([
			expect.objectContaining({ kind: 'checksum', line: bad, ecu: '10' })
		]);
	});
});

describe('an incomplete numbered answer is an error, never partial data', () => {
	it('the first VIN message alone (49 02 01 00 00 00 31 …) is not an answer', () => {
		const r = parseResponse(
			[legacyLine(K, [0x49, 0x02, 0x01, 0x00, 0x00, 0x00, 0x31], 'sum')],
			'3',
			{
				headers: true
			}
		);
		expect(r.messages).toEqual([]);
		expect(r.problems[0]).toMatchObject({ kind: 'incomplete', ecu: '10' });
	});

	it('a message missing in the middle or at the end makes the whole VIN incomplete', () => {
		for (const set of [
			[1, 2, 4, 5],
			[1, 2, 3, 4]
		]) {
			const r = parseResponse(vinMessages(set), '3', { headers: true });
			expect(r.messages, `messages ${set}`).toEqual([]);
			expect(r.problems.map((p) => p.kind)).toEqual(['incomplete']);
		}
		const whole = parseResponse(vinMessages([1, 3, 2, 5, 4]), '3', { headers: true });
		expect(decodeVinData(whole.messages[0]!.data)).toBe('WMWRE33455TD12345');
	});

	it('a message dropped for a bad checksum makes the answer incomplete, and both are recorded', () => {
		const lines = vinMessages([1, 2, 3, 4, 5]);
		const corrupt = lines.map((l, i) => (i === 2 ? l.slice(0, -2) + '00' : l));
		const r = parseResponse(corrupt, '3', { headers: true });
		expect(r.messages).toEqual([]);
		expect(r.problems.map((p) => p.kind).sort()).toEqual(['checksum', 'incomplete']);
	});

	it('trouble codes over several messages are refused when one message was dropped', () => {
		const first = legacyLine(K, [0x43, 0x05, 0x13, 0x06, 0x33, 0x01, 0x71], 'sum');
		const second = legacyLine(K, [0x43, 0x04, 0x20, 0x00, 0x00, 0x00, 0x00], 'sum', true);
		const r = parseResponse([first, second], '3', { headers: true });
		expect(r.messages).toEqual([]);
		expect(r.problems.map((p) => p.kind).sort()).toEqual(['checksum', 'incomplete']);
		const whole = parseResponse(
			[first, second.slice(0, -2) + hex(sum8([...K, 0x43, 0x04, 0x20, 0, 0, 0, 0]))],
			'3',
			{
				headers: true
			}
		);
		expect(decodeDtcs(whole.messages[0]!.data, { can: false })).toEqual([
			'P0513',
			'P0633',
			'P0171',
			'P0420'
		]);
	});

	it('message-count infotypes (49 01 05) come as one message without a number and stay whole', () => {
		const r = parseResponse([legacyLine(K, [0x49, 0x01, 0x05], 'sum')], '3', { headers: true });
		expect(r.problems).toEqual([]);
		expect(Array.from(r.messages[0]!.data)).toEqual([0x49, 0x01, 0x05]);
	});
});

describe('the DTC count byte is decided by protocol, not by length', () => {
	it('CAN carries a count: 43 01 01 33 00 is one code, P0133 (a padding byte does not shift it)', () => {
		const data = Uint8Array.from([0x43, 0x01, 0x01, 0x33, 0x00]);
		// Read by parity, the even remainder once made this "P0101, P3300".
		expect(decodeDtcs(data, { can: true })).toEqual(['P0133']);
	});

	it('legacy answers carry none: 43 01 33 00 00 00 00 is P0133, and half a code is refused', () => {
		expect(decodeDtcs(Uint8Array.from([0x43, 0x01, 0x33, 0, 0, 0, 0]), { can: false })).toEqual([
			'P0133'
		]);
		expect(decodeDtcs(Uint8Array.from([0x43, 0x01, 0x33, 0x00]), { can: false })).toBeNull();
	});

	it('a CAN count larger than the codes that came means the answer is not whole', () => {
		expect(decodeDtcs(Uint8Array.from([0x43, 0x03, 0x05, 0x13]), { can: true })).toBeNull();
	});
});

describe('negative responses are kept', () => {
	it('7F with its service and reason, next to the answers of other units', () => {
		const r = parseResponse(['7E8 03 7F 03 22', '7E9 02 43 00'], '6', { headers: true });
		expect(r.negatives).toEqual([
			{ ecu: '7E8', service: 0x03, code: 0x22, meaning: 'conditions not correct' }
		]);
		expect(r.messages.map((m) => m.ecu)).toEqual(['7E9']);
	});
});
