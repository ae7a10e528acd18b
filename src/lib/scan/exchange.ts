import type { Elm327 } from '../elm327/types';
import { AdapterError, isAdapterError } from '../transport/adapter-error';
import type { RawExchange } from './types';

/** The outcome of one command: its reply lines, or the adapter's reason for having none. */
export type Answer = { ok: true; lines: string[] } | { ok: false; error: AdapterError };

/**
 * Errors that end the scan: the link is gone or the user stopped it. Anything
 * else (NO DATA, a rejected command, a bus error) is an answer the scan can
 * reason about.
 */
const FATAL = ['disconnected', 'link-closed', 'aborted'] as const;

/**
 * Sends commands for the scan, one at a time, recording each with its raw
 * reply for the report ("raw values on demand") and counting them for the
 * command budget.
 */
export class Exchange {
	readonly #elm: Elm327;
	readonly #signal: AbortSignal | undefined;
	readonly #now: () => number;
	readonly raw: RawExchange[] = [];

	constructor(elm: Elm327, signal: AbortSignal | undefined, now: () => number = () => Date.now()) {
		this.#elm = elm;
		this.#signal = signal;
		this.#now = now;
	}

	get count(): number {
		return this.raw.length;
	}

	/** Sends `command`; resolves with the answer, or throws only when the scan cannot go on. */
	async ask(command: string, timeoutMs?: number): Promise<Answer> {
		const answer = await this.#once(command, timeoutMs);
		// The adapter reset itself (power dip at cranking, a clone's watchdog); the
		// session has restored its settings, so the same question is worth one more try.
		if (!answer.ok && answer.error.code === 'adapter-reset') return this.#once(command, timeoutMs);
		return answer;
	}

	async #once(command: string, timeoutMs?: number): Promise<Answer> {
		if (this.#signal?.aborted) throw new AdapterError('aborted', 'The scan was stopped.');
		const started = this.#now();
		try {
			const lines = await this.#elm.send(command, { signal: this.#signal, timeoutMs });
			this.raw.push({ command, lines, ms: this.#now() - started });
			return { ok: true, lines };
		} catch (error) {
			const adapterError = isAdapterError(error)
				? error
				: new AdapterError('garbled', 'The adapter sent a reply FobSync could not read.', {
						cause: error
					});
			this.raw.push({ command, lines: [], error: adapterError.code, ms: this.#now() - started });
			if (isAdapterError(adapterError, ...FATAL)) throw adapterError;
			if (this.#signal?.aborted) throw new AdapterError('aborted', 'The scan was stopped.');
			return { ok: false, error: adapterError };
		}
	}
}
