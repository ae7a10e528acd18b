/** Hex text as the ELM327 prints it, and back. */

/** `n` as upper-case hex, zero-padded to `width` digits: hex(0x7e8, 3) → "7E8", hex(5) → "05". */
export function hex(n: number, width = 2): string {
	return n.toString(16).toUpperCase().padStart(width, '0');
}

/** Bytes as "41 0C 1A F8" (or joined by `separator`). */
export function bytesToHex(bytes: ArrayLike<number>, separator = ' '): string {
	return Array.from(bytes, (b) => hex(b)).join(separator);
}

/** "41 0C 1A F8" or "410C1AF8" → bytes; null when the text is not whole hex bytes. */
export function hexToBytes(text: string): Uint8Array | null {
	const compact = text.replace(/\s+/g, '');
	if (compact.length % 2 !== 0 || !/^[0-9A-Fa-f]*$/.test(compact)) return null;
	const out = new Uint8Array(compact.length / 2);
	for (let i = 0; i < out.length; i++) out[i] = parseInt(compact.slice(i * 2, i * 2 + 2), 16);
	return out;
}
