import { crc8J1850, sum8 } from '../codec/checksums';
import { hex, hexToBytes } from '../codec/hex';
import type { FrameProblem, ObdMessage } from './obd-message';
import { readPrintedLine, spacedBytes } from './printed-line';

/** SAE J1979 non-CAN: a message carries at most 7 data bytes after its 3-byte header. */
export const MAX_LEGACY_DATA = 7;

type LegacyFamily = 'j1850' | 'iso9141' | 'kwp';

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
 * A line with a bad check byte, more than 7 data bytes, or a length byte
 * that disagrees with its data is refused and reported: on a noisy K-line a
 * corrupt byte must not become a wrong VIN or code. `dropped` tells the
 * merge step that some line of this answer was lost.
 */
export function parseLegacyLines(
	lines: readonly string[],
	family: LegacyFamily,
	problems: FrameProblem[],
	headers?: boolean
): { messages: ObdMessage[]; dropped: boolean } {
	const messages: ObdMessage[] = [];
	let dropped = false;
	const refuse = (kind: FrameProblem['kind'], line: string, detail: string, ecu?: string) => {
		dropped = true;
		problems.push({ kind, line, detail, ...(ecu ? { ecu } : {}) });
	};
	for (const raw of lines) {
		const line = readPrintedLine(raw);
		if (!line.text) continue;
		if (line.damaged) {
			refuse('adapter-checksum', raw, 'the adapter found a bad checksum on this line');
			continue;
		}
		const bytes = line.spaced ? spacedBytes(line.text) : hexToBytes(line.text);
		if (!bytes || bytes.length === 0) {
			refuse('malformed', raw, 'not whole hex bytes');
			continue;
		}
		if (!(headers ?? looksHeadered(bytes, family))) {
			if (bytes.length > MAX_LEGACY_DATA)
				refuse('too-long', raw, `${bytes.length} data bytes; a message carries at most 7`);
			else messages.push({ ecu: '?', data: bytes });
			continue;
		}
		if (bytes.length < 5) {
			refuse('malformed', raw, 'too short for a header, data and a check byte');
			continue;
		}
		const ecu = hex(bytes[2]!);
		const body = bytes.subarray(0, bytes.length - 1);
		const check = bytes[bytes.length - 1]!;
		const expected = family === 'j1850' ? crc8J1850(body) : sum8(body);
		if (check !== expected) {
			refuse('checksum', raw, `check byte ${hex(check)}, expected ${hex(expected)}`, ecu);
			continue;
		}
		const data = bytes.slice(3, bytes.length - 1);
		if (data.length > MAX_LEGACY_DATA) {
			refuse('too-long', raw, `${data.length} data bytes; a message carries at most 7`, ecu);
			continue;
		}
		// ISO 14230-2: the format byte's low six bits give the data length (0: a separate length byte).
		const declared = bytes[0]! & 0x3f;
		if (family === 'kwp' && declared !== 0 && declared !== data.length) {
			refuse(
				'bad-length',
				raw,
				`format byte announces ${declared} data bytes, ${data.length} came`,
				ecu
			);
			continue;
		}
		messages.push({ ecu, data });
	}
	return { messages, dropped };
}

/**
 * Whether a line starts with a 3-byte header, when the caller does not know
 * the adapter's setting: the tester address F1 (or 6B on J1850/ISO 9141
 * functional answers) as target, and room for header, service byte and check.
 */
function looksHeadered(bytes: Uint8Array, family: LegacyFamily): boolean {
	if (bytes.length < 5) return false;
	const target = bytes[1]!;
	if (family === 'kwp') return (bytes[0]! & 0xc0) === 0x80 && (target === 0xf1 || target === 0x6b);
	return target === 0x6b || target === 0xf1;
}

/**
 * Service 09 infotypes that non-CAN cars answer in one message without a
 * message number: the message counts (01 VIN, 03 calibration IDs, 05 CVNs,
 * 07 in-use performance) (SAE J1979 non-CAN format).
 */
const COUNT_INFOTYPES = new Set([0x01, 0x03, 0x05, 0x07, 0x09]);

/** How many numbered messages a complete answer has, where SAE J1979 fixes it. */
function completeCount(infotype: number, n: number): boolean | null {
	if (infotype === 0x02 || infotype === 0x0a) return n === 5; // 17-char VIN, 20-byte ECU name
	if (infotype === 0x04) return n > 0 && n % 4 === 0; // 16-byte calibration IDs
	if (infotype === 0x00) return n === 1; // supported-infotype bitmap
	return null;
}

/**
 * Joins numbered legacy messages into one answer per ECU and service/PID, the
 * way a CAN car sends it in one ISO-TP message (SAE J1979 non-CAN format):
 *
 *   49 02 01 00 00 00 57     service 49, infotype 02, message 1, 4 data bytes
 *   49 02 02 4D 57 52 43     …
 *   49 02 05 …               → 49 02 │ 00 00 00 57 4D 57 52 43 … (20 bytes)
 *
 * Service 43/47/4A (trouble codes) answers come as several messages of up to
 * three codes each; they are concatenated after one service byte.
 *
 * An incomplete answer is refused, never returned in part: message numbers
 * must run 1..n without a gap, n must be what SAE J1979 fixes for the
 * infotype, and when `dropped` says some line of this answer was refused,
 * answers whose completeness cannot be proved are refused too.
 */
export function mergeLegacy(
	messages: readonly ObdMessage[],
	problems: FrameProblem[],
	dropped = false
): ObdMessage[] {
	const out: (ObdMessage | string)[] = [];
	const groups = new Map<string, ObdMessage[]>();
	for (const m of messages) {
		const key = groupKey(m);
		if (key === null) {
			out.push(m);
			continue;
		}
		const g = groups.get(key);
		if (g) g.push(m);
		else {
			groups.set(key, [m]);
			out.push(key); // the merged answer takes the first message's place
		}
	}
	const merged: ObdMessage[] = [];
	for (const item of out) {
		if (typeof item !== 'string') {
			merged.push(item);
			continue;
		}
		const g = groups.get(item)!;
		const first = g[0]!;
		const sid = first.data[0]!;
		if (sid === 0x49) {
			const infotype = first.data[1]!;
			const sorted = [...g].sort((a, b) => a.data[2]! - b.data[2]!);
			const numbers = sorted.map((x) => x.data[2]!);
			const gapless = numbers.every((n, i) => n === i + 1);
			const fixed = completeCount(infotype, g.length);
			if (!gapless || fixed === false || (fixed === null && dropped)) {
				problems.push({
					kind: 'incomplete',
					ecu: first.ecu,
					detail: `infotype ${hex(infotype)} from ${first.ecu}: message${numbers.length > 1 ? 's' : ''} ${numbers.join(', ')} arrived, not a complete set`
				});
				continue;
			}
			const bytes = [0x49, infotype];
			for (const x of sorted) bytes.push(...x.data.slice(3));
			merged.push({ ecu: first.ecu, data: Uint8Array.from(bytes) });
			continue;
		}
		if (dropped) {
			problems.push({
				kind: 'incomplete',
				ecu: first.ecu,
				detail: `service ${hex(sid)} answer from ${first.ecu}: a message was refused, so codes may be missing`
			});
			continue;
		}
		const bytes = [sid];
		for (const x of g) bytes.push(...x.data.slice(1));
		merged.push({ ecu: first.ecu, data: Uint8Array.from(bytes) });
	}
	return merged;
}

function groupKey(m: ObdMessage): string | null {
	const sid = m.data[0];
	if (sid === 0x49 && m.data.length >= 3 && !COUNT_INFOTYPES.has(m.data[1]!))
		return `${m.ecu}/49/${m.data[1]}`;
	if ((sid === 0x43 || sid === 0x47 || sid === 0x4a) && m.data.length >= 1)
		return `${m.ecu}/${sid}`;
	return null;
}
