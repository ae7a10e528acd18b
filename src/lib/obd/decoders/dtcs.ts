/**
 * Trouble-code bytes → "P0513" (SAE J2012 §5.3, two bytes per code):
 *
 *   A7 A6 │ A5 A4 │ A3..A0 │ B7..B4 │ B3..B0
 *   letter│ digit1│ digit2 │ digit3 │ digit4      letter: 00 P, 01 C, 10 B, 11 U
 */
export function dtcFromBytes(a: number, b: number): string {
	const letter = 'PCBU'[a >> 6]!;
	const d1 = (a >> 4) & 0x03;
	return `${letter}${d1}${(a & 0x0f).toString(16)}${(b >> 4).toString(16)}${(b & 0x0f).toString(16)}`.toUpperCase();
}

/** The inverse of dtcFromBytes, for tests and the simulator's data. */
export function dtcToBytes(code: string): [number, number] {
	const m = /^([PCBU])([0-3])([0-9A-F])([0-9A-F])([0-9A-F])$/i.exec(code);
	if (!m) throw new Error(`not a trouble code: ${code}`);
	const letter = 'PCBU'.indexOf(m[1]!.toUpperCase());
	const a = (letter << 6) | (Number(m[2]) << 4) | parseInt(m[3]!, 16);
	return [a, parseInt(m[4]! + m[5]!, 16)];
}

/**
 * Codes from a service 03/07/0A answer (43/47/4A …). On CAN the service byte
 * is followed by a count of codes (ISO 15765-4); on legacy protocols it is not,
 * and each message is padded with 00 00 to three codes (SAE J1979 non-CAN).
 * The count byte is recognised by the odd number of bytes left.
 */
export function decodeDtcs(data: Uint8Array): string[] {
	if (data.length < 1 || ![0x43, 0x47, 0x4a].includes(data[0]!)) return [];
	let start = 1;
	let count: number | null = null;
	if ((data.length - 1) % 2 === 1) {
		count = data[1]!;
		start = 2;
	}
	const out: string[] = [];
	for (let i = start; i + 1 < data.length; i += 2) {
		const a = data[i]!;
		const b = data[i + 1]!;
		if (a === 0 && b === 0) continue; // padding
		out.push(dtcFromBytes(a, b));
	}
	return count === null ? out : out.slice(0, count);
}
