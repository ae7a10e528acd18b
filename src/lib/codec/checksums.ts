/**
 * The check bytes of the legacy OBD buses, as printed last on each line with
 * headers on (ATH1). Both are pinned by published test vectors in
 * codec.test.ts, so one implementation serves the decoder and the
 * simulator alike.
 */

/**
 * ISO 9141-2 and ISO 14230-2 (KWP2000) checksum: the sum of every byte of
 * the message (header and data), modulo 256.
 */
export function sum8(bytes: ArrayLike<number>): number {
	let s = 0;
	for (let i = 0; i < bytes.length; i++) s = (s + bytes[i]!) & 0xff;
	return s;
}

/**
 * SAE J1850 CRC-8 (SAE J1850 §5.4.1): polynomial x^8+x^4+x^3+x^2+1 (0x1D),
 * initial value 0xFF, result inverted. Catalogued as "CRC-8/SAE-J1850";
 * check value over the ASCII text "123456789" is 0x4B.
 */
export function crc8J1850(bytes: ArrayLike<number>): number {
	let crc = 0xff;
	for (let i = 0; i < bytes.length; i++) {
		crc ^= bytes[i]!;
		for (let bit = 0; bit < 8; bit++)
			crc = crc & 0x80 ? ((crc << 1) ^ 0x1d) & 0xff : (crc << 1) & 0xff;
	}
	return ~crc & 0xff;
}
