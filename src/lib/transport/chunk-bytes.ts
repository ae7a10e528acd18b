/**
 * The largest write sent to a BLE characteristic. Web Bluetooth exposes no
 * MTU, and the default ATT MTU of 23 leaves 20 bytes per write (Bluetooth
 * Core Spec Vol 3 Part F §3.2.9; docs/domain.md §8). ELM327 commands are short, so
 * this costs little.
 */
export const BLE_MAX_WRITE = 20;

/**
 * Splits `bytes` into copies of at most `max` bytes, in order. Copies, because
 * a GATT write takes a plain ArrayBuffer-backed view (WebIDL BufferSource).
 */
export function chunkBytes(
	bytes: Uint8Array,
	max: number = BLE_MAX_WRITE
): Uint8Array<ArrayBuffer>[] {
	if (!Number.isInteger(max) || max < 1)
		throw new RangeError('chunk size must be a positive integer');
	const chunks: Uint8Array<ArrayBuffer>[] = [];
	for (let i = 0; i < bytes.length; i += max) chunks.push(bytes.slice(i, i + max));
	return chunks;
}
