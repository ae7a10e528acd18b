/**
 * Trouble-code bytes ↔ "P0513" (SAE J2012 §5.3, two bytes per code):
 *
 *   A7 A6 │ A5 A4 │ A3..A0 │ B7..B4 │ B3..B0
 *   letter│ digit1│ digit2 │ digit3 │ digit4      letter: 00 P, 01 C, 10 B, 11 U
 */

const LETTERS = 'PCBU';

/** Two bytes → the five-character code. */
export function dtcFromBytes(a: number, b: number): string {
	const letter = LETTERS[(a >> 6) & 0x03]!;
	const d1 = (a >> 4) & 0x03;
	return `${letter}${d1}${((a & 0x0f).toString(16) + (b >> 4).toString(16) + (b & 0x0f).toString(16)).toUpperCase()}`;
}

/** The inverse of dtcFromBytes; null for text that is not a trouble code. */
export function dtcToBytes(code: string): [number, number] | null {
	const m = /^([PCBU])([0-3])([0-9A-F])([0-9A-F]{2})$/i.exec(code.trim());
	if (!m) return null;
	const letter = LETTERS.indexOf(m[1]!.toUpperCase());
	return [(letter << 6) | (Number(m[2]) << 4) | parseInt(m[3]!, 16), parseInt(m[4]!, 16)];
}
