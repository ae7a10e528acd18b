import type { Clock } from '../clock';

/**
 * The body module's windows as timestamps. A window that ends at `at` still
 * accepts an action at exactly `at` ("within 30 s" includes 30 s) and has
 * expired once the clock is past it. One timer wakes the module at the
 * earliest end; `catchUp()` also runs before every input, so a late timer (a
 * background tab) never lets an action slip into a window already over.
 */
export class Deadlines {
	#items = new Map<string, { at: number; fire: () => void }>();
	#handle: unknown = null;

	constructor(
		private readonly clock: Clock,
		/** Called after a timer fired one or more deadlines. */
		private readonly onFired: () => void
	) {}

	set(name: string, at: number, fire: () => void): void {
		this.#items.set(name, { at, fire });
		this.#arm();
	}

	clear(name: string): void {
		if (this.#items.delete(name)) this.#arm();
	}

	/** When the named window ends, or null. */
	get(name: string): number | null {
		return this.#items.get(name)?.at ?? null;
	}

	/** Fires every deadline already passed, earliest first; true when any fired. */
	catchUp(): boolean {
		let fired = false;
		for (;;) {
			const now = this.clock.now();
			let due: [string, { at: number; fire: () => void }] | null = null;
			for (const entry of this.#items)
				if (entry[1].at < now && (!due || entry[1].at < due[1].at)) due = entry;
			if (!due) break;
			this.#items.delete(due[0]);
			fired = true;
			due[1].fire();
		}
		this.#arm();
		return fired;
	}

	dispose(): void {
		this.#items.clear();
		this.#disarm();
	}

	#disarm(): void {
		if (this.#handle !== null) this.clock.clearTimeout(this.#handle);
		this.#handle = null;
	}

	#arm(): void {
		this.#disarm();
		let earliest = Infinity;
		for (const { at } of this.#items.values()) earliest = Math.min(earliest, at);
		if (earliest === Infinity) return;
		this.#handle = this.clock.setTimeout(
			() => {
				this.#handle = null;
				if (this.catchUp()) this.onFired();
			},
			Math.max(0, earliest - this.clock.now()) + 1
		);
	}
}
