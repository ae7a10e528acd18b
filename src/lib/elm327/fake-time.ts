/**
 * Test helper: drives fake timers (vi.useFakeTimers) until a promise settles,
 * so tests of timeouts and slow adapters run in milliseconds of real time.
 */
import { vi } from 'vitest';

/**
 * Advances fake time in `stepMs` steps until `promise` settles, at most
 * `limitMs` of fake time; resolves or rejects as the promise did.
 */
export async function settle<T>(promise: Promise<T>, stepMs = 10, limitMs = 300_000): Promise<T> {
	if (!vi.isFakeTimers()) return promise;
	let done = false;
	promise.then(
		() => (done = true),
		() => (done = true)
	);
	for (let t = 0; !done && t < limitMs; t += stepMs) await vi.advanceTimersByTimeAsync(stepMs);
	return promise;
}
