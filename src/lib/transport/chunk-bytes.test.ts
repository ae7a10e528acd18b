import { describe, expect, it } from 'vitest';
import { BLE_MAX_WRITE, chunkBytes } from './chunk-bytes';

describe('chunkBytes', () => {
	it('keeps every byte in order and no chunk exceeds the limit, for every length up to 3 chunks', () => {
		for (let n = 0; n <= BLE_MAX_WRITE * 3 + 1; n++) {
			const bytes = Uint8Array.from({ length: n }, (_, i) => i);
			const chunks = chunkBytes(bytes);
			expect(chunks.every((c) => c.length >= 1 && c.length <= BLE_MAX_WRITE)).toBe(true);
			expect(chunks.length).toBe(Math.ceil(n / BLE_MAX_WRITE));
			expect(Array.from(chunks.flatMap((c) => Array.from(c)))).toEqual(Array.from(bytes));
		}
	});

	it('honours a smaller limit and rejects nonsense', () => {
		expect(chunkBytes(new Uint8Array(5), 2).map((c) => c.length)).toEqual([2, 2, 1]);
		expect(() => chunkBytes(new Uint8Array(5), 0)).toThrow(RangeError);
	});
});
