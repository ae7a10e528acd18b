import type { TranscriptEntry } from './types';

/** The longest text one entry keeps: a flood of noise must not grow memory through one entry. */
export const MAX_ENTRY_TEXT = 512;

/**
 * A bounded, timestamped record of both directions: a ring buffer of
 * `limit` entries, so a session that runs for hours holds the same memory as
 * one that ran for a minute; the oldest entries are overwritten first.
 */
export class Transcript {
	readonly #ring: (TranscriptEntry | undefined)[];
	readonly #start: number;
	readonly #now: () => number;
	/** Index the next entry is written at. */
	#next = 0;
	#size = 0;
	/** Entries written since the session opened, including overwritten ones. */
	#total = 0;

	constructor(limit = 2000, now: () => number = () => Date.now()) {
		if (!Number.isInteger(limit) || limit < 1)
			throw new RangeError('limit must be a positive integer');
		this.#ring = new Array<TranscriptEntry | undefined>(limit);
		this.#now = now;
		this.#start = now();
	}

	get limit(): number {
		return this.#ring.length;
	}

	/** How many entries were ever added (the ring holds at most `limit` of them). */
	get total(): number {
		return this.#total;
	}

	/** Records one entry and returns it. */
	add(dir: TranscriptEntry['dir'], text: string): TranscriptEntry {
		const kept = text.length > MAX_ENTRY_TEXT ? `${text.slice(0, MAX_ENTRY_TEXT)}…` : text;
		const entry: TranscriptEntry = { t: this.#now() - this.#start, dir, text: kept };
		this.#ring[this.#next] = entry;
		this.#next = (this.#next + 1) % this.#ring.length;
		this.#size = Math.min(this.#size + 1, this.#ring.length);
		this.#total++;
		return entry;
	}

	/** The kept entries, oldest first (a copy). */
	entries(): readonly TranscriptEntry[] {
		const out: TranscriptEntry[] = [];
		const first = (this.#next - this.#size + this.#ring.length) % this.#ring.length;
		for (let i = 0; i < this.#size; i++) out.push(this.#ring[(first + i) % this.#ring.length]!);
		return out;
	}
}
