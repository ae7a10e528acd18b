/**
 * The time source of a session: its timeouts and transcript stamps. Injected
 * so tests can drive time (fake timers, or a hand-made clock) instead of
 * waiting real seconds.
 */
export interface Clock {
	now(): number;
	setTimeout(callback: () => void, ms: number): unknown;
	clearTimeout(handle: unknown): void;
}

/**
 * The platform's clock. The globals are looked up at each call, not captured
 * at import, so fake timers installed later (vi.useFakeTimers) still apply.
 */
export const systemClock: Clock = {
	now: () => Date.now(),
	setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
	clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>)
};
