// Virtual time for the bench: the simulator's latency model decides how long
// everything takes, and the clock jumps from one timer to the next instead of
// waiting for it, so a 10-second protocol search costs milliseconds of real
// time and every figure repeats exactly run to run.
//
// Installed once, before the code under measurement runs: setTimeout,
// clearTimeout, Date.now and performance.now all read the virtual clock.
// Streams and promises run on microtasks, which drain between timer jumps.

type Timer = { at: number; seq: number; run: () => void };

const realSetImmediate = globalThis.setImmediate;
const timers = new Map<number, Timer>();
let now = 0;
let nextId = 1;
let seq = 0;
const EPOCH = Date.UTC(2025, 0, 1);

export function installVirtualTime(): void {
	const g = globalThis as unknown as Record<string, unknown>;
	g.setTimeout = (fn: (...a: unknown[]) => void, ms = 0, ...args: unknown[]) => {
		const id = nextId++;
		timers.set(id, { at: now + Math.max(0, Number(ms) || 0), seq: seq++, run: () => fn(...args) });
		return id;
	};
	g.clearTimeout = (id: unknown) => void timers.delete(id as number);
	Date.now = () => EPOCH + now;
	performance.now = () => now;
}

/** Virtual milliseconds since installation. */
export function virtualNow(): number {
	return now;
}

/** Runs until `promise` settles, jumping the clock from timer to timer. */
export async function run<T>(promise: Promise<T>): Promise<T> {
	let settled = false;
	promise.then(
		() => (settled = true),
		() => (settled = true)
	);
	for (;;) {
		// Let every microtask (stream reads, awaits) finish before time moves.
		await new Promise((r) => realSetImmediate(r));
		if (settled) return promise;
		let next: [number, Timer] | null = null;
		for (const entry of timers) {
			if (
				!next ||
				entry[1].at < next[1].at ||
				(entry[1].at === next[1].at && entry[1].seq < next[1].seq)
			)
				next = entry;
		}
		if (!next)
			throw new Error('virtual time: nothing left to wait for, but the work never finished');
		timers.delete(next[0]);
		now = Math.max(now, next[1].at);
		next[1].run();
	}
}
