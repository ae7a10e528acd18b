import { crc8J1850, sum8 } from '../codec/checksums';
import { bytesToHex, hex } from '../codec/hex';
import type { SimEcu } from './sim-ecu';

export interface FormatOptions {
	headers: boolean;
	spaces: boolean;
	/** CAN auto formatting (ATCAF1): PCI bytes hidden when headers are off. */
	caf: boolean;
}

type Family = 'can11' | 'can29' | 'j1850pwm' | 'j1850vpw' | 'iso9141' | 'kwp';

export function familyOf(protocol: string): Family {
	switch (protocol) {
		case '1':
			return 'j1850pwm';
		case '2':
			return 'j1850vpw';
		case '3':
			return 'iso9141';
		case '4':
		case '5':
			return 'kwp';
		case '7':
		case '9':
		case 'A':
			return 'can29';
		default:
			return 'can11';
	}
}

/**
 * Prints module answers the way an ELM327 does on `protocol` (ELM327
 * datasheet, "Multiline Responses", "Message Formats"): ISO-TP frames on CAN,
 * numbered 7-byte messages on the legacy buses. Answers of several modules
 * are interleaved frame by frame, as on a real bus.
 */
export function formatAnswers(
	protocol: string,
	answers: { ecu: SimEcu; data: number[] }[],
	o: FormatOptions
): string[] {
	const family = familyOf(protocol);
	const perEcu = answers.map(({ ecu, data }) =>
		family === 'can11' || family === 'can29'
			? canLines(family, ecu, data, o)
			: legacyLines(family, ecu, data, o)
	);
	const lines: string[] = [];
	for (let i = 0; perEcu.some((l) => i < l.length); i++) {
		for (const l of perEcu) if (i < l.length) lines.push(l[i]!);
	}
	return lines;
}

function join(bytes: number[], spaces: boolean): string {
	return bytesToHex(bytes, spaces ? ' ' : '');
}

function canLines(
	family: 'can11' | 'can29',
	ecu: SimEcu,
	data: number[],
	o: FormatOptions
): string[] {
	const id =
		family === 'can11'
			? hex(ecu.spec.canId, 3)
			: join([0x18, 0xda, 0xf1, ecu.spec.address], o.spaces);
	const prefix = (frame: number[]) =>
		(o.headers ? `${id}${o.spaces ? ' ' : ''}` : '') + join(frame, o.spaces);
	if (data.length <= 7) {
		const frame = o.headers || !o.caf ? [data.length, ...data] : data;
		return [prefix(frame)];
	}
	// ISO 15765-2 first frame + consecutive frames (8 bytes each, padded).
	const frames: number[][] = [[0x10 | (data.length >> 8), data.length & 0xff, ...data.slice(0, 6)]];
	for (let i = 6, seq = 1; i < data.length; i += 7, seq = (seq + 1) & 0x0f) {
		frames.push(pad([0x20 | seq, ...data.slice(i, i + 7)]));
	}
	if (o.headers || !o.caf) return frames.map(prefix);
	// Headers off: byte count, then "n: data" lines without PCI bytes.
	const out = [hex(data.length, 3)];
	frames.forEach((f, n) =>
		out.push(
			`${hex(n & 0x0f, 1)}:${o.spaces ? ' ' : ''}${join(f.slice(n === 0 ? 2 : 1), o.spaces)}`
		)
	);
	return out;
}

function pad(frame: number[]): number[] {
	while (frame.length < 8) frame.push(0x00);
	return frame;
}

/**
 * Legacy buses carry at most 7 data bytes per message, so long answers come as
 * numbered messages (SAE J1979 non-CAN): service 09 as `49 <type> <n>` + 4
 * bytes, trouble codes as up to three codes per `43` message, padded 00 00.
 */
function legacyLines(
	family: Exclude<Family, 'can11' | 'can29'>,
	ecu: SimEcu,
	data: number[],
	o: FormatOptions
): string[] {
	const messages: number[][] = [];
	const sid = data[0];
	if (sid === 0x49 && data.length > 7) {
		// Drop the CAN item count, pad the first message to whole 4-byte chunks.
		let body = data.slice(3);
		const rem = body.length % 4;
		if (rem) body = [...Array(4 - rem).fill(0), ...body];
		for (let i = 0, n = 1; i < body.length; i += 4, n++)
			messages.push([0x49, data[1]!, n, ...body.slice(i, i + 4)]);
	} else if (sid === 0x49 && data[1] === 0x00) {
		messages.push([0x49, 0x00, 0x01, ...data.slice(2)]);
	} else if (sid === 0x43 || sid === 0x47 || sid === 0x4a) {
		const codes = data.slice(2);
		if (codes.length === 0) messages.push([sid, 0, 0, 0, 0, 0, 0]);
		for (let i = 0; i < codes.length; i += 6) {
			const chunk = codes.slice(i, i + 6);
			while (chunk.length < 6) chunk.push(0);
			messages.push([sid, ...chunk]);
		}
	} else messages.push(data);
	return messages.map((m) => {
		if (!o.headers) return join(m, o.spaces);
		const header =
			family === 'kwp'
				? [0x80 | m.length, 0xf1, ecu.spec.address]
				: family === 'j1850pwm'
					? [0x41, 0x6b, ecu.spec.address]
					: [0x48, 0x6b, ecu.spec.address];
		const body = [...header, ...m];
		const check = family.startsWith('j1850') ? crc8J1850(body) : sum8(body);
		return join([...body, check], o.spaces);
	});
}
