import type { Clock } from '../clock';

interface Timer {
	id: number;
	at: number;
	callback: () => void;
}

/**
 * A clock that moves only when told to, for tests: `advance(ms)` fires every
 * timer due on the way, in order, at its own time.
 */
export class FakeClock implements Clock {
	#now: number;
	#timers: Timer[] = [];
	#nextId = 1;

	constructor(start = 1_000_000) {
		this.#now = start;
	}

	now(): number {
		return this.#now;
	}

	setTimeout(callback: () => void, ms: number): number {
		const id = this.#nextId++;
		this.#timers.push({ id, at: this.#now + Math.max(0, ms), callback });
		return id;
	}

	clearTimeout(handle: unknown): void {
		this.#timers = this.#timers.filter((t) => t.id !== handle);
	}

	/** Moves time forward by `ms`, firing due timers in time order (ties in creation order). */
	advance(ms: number): void {
		const end = this.#now + ms;
		for (;;) {
			const due = this.#timers
				.filter((t) => t.at <= end)
				.sort((a, b) => a.at - b.at || a.id - b.id)[0];
			if (!due) break;
			this.#timers = this.#timers.filter((t) => t !== due);
			this.#now = due.at;
			due.callback();
		}
		this.#now = end;
	}

	/**
	 * Moves time forward without firing anything, as in a background tab whose
	 * timers are held back; due timers fire at the next `advance`.
	 */
	jump(ms: number): void {
		this.#now += ms;
	}

	/** How many timers are waiting (for tests that check nothing is left running). */
	get pending(): number {
		return this.#timers.length;
	}
}
