/**
 * The one time source: the ELM327 session's timeouts and transcript stamps, the
 * simulated car's windows and the guide's timer. Injected so tests drive time
 * (fake timers or a hand-made clock) instead of waiting real seconds. It lives
 * in the lowest layer that needs it, so the layers above import it from here.
 */
export interface Clock {
	/** Milliseconds since an arbitrary origin (Date.now() in the browser). */
	now(): number;
	/** Calls `callback` once after `ms`; returns a handle for clearTimeout. */
	setTimeout(callback: () => void, ms: number): unknown;
	clearTimeout(handle: unknown): void;
}

/**
 * Real time. The globals are looked up at each call rather than bound once, so
 * fake timers installed later (vi.useFakeTimers, Playwright's `page.clock`)
 * still apply.
 */
export const realClock: Clock = {
	now: () => Date.now(),
	setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
	clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>)
};
