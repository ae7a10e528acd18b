/**
 * The time source of the simulated body module. Injected so tests drive the
 * car's windows with a fake clock; the demo uses the browser's real time.
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
 * a page whose timers are replaced later (Playwright's `page.clock`) still
 * drives the car.
 */
export const realClock: Clock = {
	now: () => Date.now(),
	setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
	clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>)
};
