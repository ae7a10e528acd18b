/** Small seeded PRNG (mulberry32), so chunk sizes repeat run to run. */
export function seededRandom(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Cuts `bytes` into uneven chunks of 1..maxChunk bytes. */
export function unevenChunks(
	bytes: Uint8Array,
	maxChunk: number,
	random: () => number
): Uint8Array[] {
	const out: Uint8Array[] = [];
	for (let i = 0; i < bytes.length;) {
		const n = Math.max(1, Math.min(bytes.length - i, 1 + Math.floor(random() * maxChunk)));
		out.push(bytes.slice(i, i + n));
		i += n;
	}
	return out;
}
