/**
 * Incremental framing of ELM327 output on its '>' prompt (ELM327 datasheet,
 * "Communicating with the ELM327": every reply ends with a prompt, lines end
 * with CR, or CR LF after AT L1).
 *
 * Pure and stateful: feed chunks split anywhere, get whole replies back as
 * lines with line endings, NUL bytes (some clones pad with them) and blank
 * lines removed. Bytes after the last prompt stay buffered for the next chunk.
 */
export class PromptFramer {
	#buffer = '';

	/** Adds bytes; returns the replies completed by them, each as its lines. */
	push(chunk: Uint8Array): string[][] {
		for (const b of chunk) {
			// Latin-1 keeps every byte one character, so garbage stays countable.
			if (b !== 0) this.#buffer += String.fromCharCode(b);
		}
		const replies: string[][] = [];
		let at: number;
		while ((at = this.#buffer.indexOf('>')) !== -1) {
			replies.push(splitLines(this.#buffer.slice(0, at)));
			this.#buffer = this.#buffer.slice(at + 1);
		}
		return replies;
	}

	/** Text received since the last prompt (for SEARCHING... detection while waiting). */
	get pending(): string {
		return this.#buffer;
	}

	/** Drops any partial reply (after a reset of our side). */
	clear(): void {
		this.#buffer = '';
	}
}

export function splitLines(text: string): string[] {
	return text
		.split(/[\r\n]+/)
		.map((l) => l.trim())
		.filter((l) => l.length > 0);
}
