import type { TranscriptEntry } from './types';

/** A bounded, timestamped record of both directions, oldest entries dropped first. */
export class Transcript {
	readonly #entries: TranscriptEntry[] = [];
	readonly #limit: number;
	readonly #start: number;
	readonly #now: () => number;

	constructor(limit = 2000, now: () => number = () => Date.now()) {
		this.#limit = limit;
		this.#now = now;
		this.#start = now();
	}

	add(dir: TranscriptEntry['dir'], text: string): void {
		this.#entries.push({ t: this.#now() - this.#start, dir, text });
		if (this.#entries.length > this.#limit)
			this.#entries.splice(0, this.#entries.length - this.#limit);
	}

	entries(): readonly TranscriptEntry[] {
		return [...this.#entries];
	}
}
