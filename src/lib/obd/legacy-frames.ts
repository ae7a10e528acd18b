import { byteHex, hexToBytes } from './hex';
import type { ObdMessage } from './obd-message';

/**
 * Messages on SAE J1850, ISO 9141-2 and ISO 14230-4 as the ELM327 prints them.
 *
 * Headers on (ATH1), one line per message:
 *
 *   ISO 9141-2:  48 6B 10 │ 41 00 BE 1F B8 10 │ CS     priority, target, source │ data │ sum mod 256
 *   ISO 14230-4: 86 F1 10 │ 41 00 BE 1F B8 10 │ CS     format (0x80 | length), target, source
 *   SAE J1850:   41 6B 10 │ 41 00 …          │ CRC   CRC-8 (SAE J1850 §5.4.1)
 *
 * Headers off: the data bytes alone, checksum removed by the adapter.
 *
 * A bad checksum is reported but the message is dropped: on a noisy K-line
 * a corrupt byte must not become a wrong VIN or code.
 */
export function parseLegacyLines(
	lines: string[],
	family: 'j1850' | 'iso9141' | 'kwp',
	problems: string[]
): ObdMessage[] {
	const out: ObdMessage[] = [];
	for (const raw of lines) {
		const bytes = hexToBytes(raw.trim());
		if (!bytes || bytes.length === 0) {
			if (raw.trim()) problems.push(`unreadable line: "${raw}"`);
			continue;
		}
		if (!looksHeadered(bytes, family)) {
			out.push({ ecu: '?', data: bytes });
			continue;
		}
		const body = bytes.subarray(0, bytes.length - 1);
		const check = bytes[bytes.length - 1]!;
		const expected = family === 'j1850' ? crc8J1850(body) : sum8(body);
		if (check !== expected) {
			problems.push(`checksum mismatch in "${raw}" (expected ${byteHex(expected)})`);
			continue;
		}
		out.push({ ecu: byteHex(bytes[2]!), data: bytes.slice(3, bytes.length - 1) });
	}
	return out;
}

/**
 * Whether a line starts with a 3-byte header: the tester address F1 (or 6B on
 * J1850/ISO 9141 functional answers) as target, and the whole line long enough
 * for header + service byte + checksum. Answers' service bytes are 0x41–0x4A or
 * 0x7F, never 0x48/0x86-style header values in that position.
 */
function looksHeadered(bytes: Uint8Array, family: 'j1850' | 'iso9141' | 'kwp'): boolean {
	if (bytes.length < 5) return false;
	const target = bytes[1]!;
	if (family === 'kwp') return (bytes[0]! & 0xc0) === 0x80 && (target === 0xf1 || target === 0x6b);
	return target === 0x6b || target === 0xf1;
}

/** ISO 9141-2 / ISO 14230-2 checksum: the sum of all bytes, modulo 256. */
export function sum8(bytes: Uint8Array): number {
	let s = 0;
	for (const b of bytes) s = (s + b) & 0xff;
	return s;
}

/** SAE J1850 CRC-8: polynomial x^8+x^4+x^3+x^2+1 (0x1D), initial 0xFF, result inverted. */
export function crc8J1850(bytes: Uint8Array): number {
	let crc = 0xff;
	for (const b of bytes) {
		crc ^= b;
		for (let i = 0; i < 8; i++) crc = crc & 0x80 ? ((crc << 1) ^ 0x1d) & 0xff : (crc << 1) & 0xff;
	}
	return ~crc & 0xff;
}

/**
 * Joins numbered legacy messages into one answer per ECU and service/PID, the
 * way a CAN car sends it in one ISO-TP message (SAE J1979 non-CAN format):
 *
 *   49 02 01 00 00 00 57     service 49, infotype 02, message 1, 4 data bytes
 *   49 02 02 4D 57 52 43     …
 *   49 02 05 …               → 49 02 │ 00 00 00 57 4D 57 52 43 … (20 bytes)
 *
 * Service 43/47 (trouble codes) answers come as several messages of up to
 * three codes each; they are concatenated after one service byte.
 */
export function mergeLegacy(messages: ObdMessage[]): ObdMessage[] {
	const out: ObdMessage[] = [];
	const groups = new Map<string, ObdMessage[]>();
	for (const m of messages) {
		const sid = m.data[0];
		let key: string | null = null;
		if (sid === 0x49 && m.data.length >= 3) key = `${m.ecu}/49/${m.data[1]}`;
		else if ((sid === 0x43 || sid === 0x47 || sid === 0x4a) && m.data.length >= 1)
			key = `${m.ecu}/${sid}`;
		if (key === null) {
			out.push(m);
			continue;
		}
		const g = groups.get(key);
		if (g) g.push(m);
		else {
			groups.set(key, [m]);
			out.push(m); // placeholder, replaced below
		}
	}
	return out.map((m) => {
		const sid = m.data[0];
		const key =
			sid === 0x49
				? `${m.ecu}/49/${m.data[1]}`
				: sid === 0x43 || sid === 0x47 || sid === 0x4a
					? `${m.ecu}/${sid}`
					: null;
		const g = key ? groups.get(key) : undefined;
		if (!g) return m;
		if (sid === 0x49) {
			// Numbered only when every message carries a counter 1..n.
			const sorted = [...g].sort((a, b) => a.data[2]! - b.data[2]!);
			const numbered = g.length > 1 && sorted.every((x, i) => x.data[2] === i + 1);
			if (!numbered) return m;
			const bytes = [0x49, m.data[1]!];
			for (const x of sorted) bytes.push(...x.data.slice(3));
			return { ecu: m.ecu, data: Uint8Array.from(bytes) };
		}
		const bytes = [sid!];
		for (const x of g) bytes.push(...x.data.slice(1));
		return { ecu: m.ecu, data: Uint8Array.from(bytes) };
	});
}
