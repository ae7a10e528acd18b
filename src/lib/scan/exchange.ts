import { attempt, type Reply } from '../elm327/reply';
import type { Elm327 } from '../elm327/types';
import { parseResponse, type FrameProblem, type ParsedResponse } from '../obd';
import { abortError, isAdapterError, type AdapterErrorCode } from '../transport/adapter-error';
import type { RawExchange } from './types';

/** A Reply, and where the scan recorded it (so what decoding finds joins the same record). */
export type Answer = Reply & { readonly at: number };

/**
 * Errors that end the scan: the link is gone, the adapter went silent, the
 * user stopped it, or someone else holds the adapter. Anything else (NO
 * DATA, a rejected command, a bus error) is an answer the scan can reason about.
 */
const FATAL: readonly AdapterErrorCode[] = [
	'disconnected',
	'link-closed',
	'aborted',
	'adapter-busy',
	'no-response'
];

/**
 * Passing faults worth asking again once: the adapter restarted (its settings
 * are back), a noise burst, a damaged frame, a busy or noisy bus (ELM327
 * datasheet, "Messages and Alerts": "try resending"). Not retried: NO DATA
 * (an answer), BUFFER FULL (the same answer overflows again), FB ERROR
 * (wiring), '?' (the adapter lacks the command).
 */
const PASSING: readonly AdapterErrorCode[] = [
	'adapter-reset',
	'low-voltage-reset',
	'garbled',
	'stopped',
	'data-error',
	'bus-busy',
	'bus-error',
	'can-error'
];

/** Faults after which the adapter lost its settings: worth one more try even during a protocol search. */
const RESTARTED: readonly AdapterErrorCode[] = ['adapter-reset', 'low-voltage-reset'];

export interface AskOptions {
	timeoutMs?: number;
	/** Ask once more after a passing fault (default true; false while trying protocols, where CAN ERROR means "not this one"). */
	retry?: boolean;
}

/**
 * Sends commands for the scan, one at a time, recording each attempt with its
 * raw reply for the report ("raw values on demand") together with what
 * decoding refused in it (negative responses, damaged or incomplete frames).
 */
export class Exchange {
	readonly #elm: Elm327;
	readonly #signal: AbortSignal | undefined;
	readonly #now: () => number;
	readonly #raw: RawExchange[] = [];

	constructor(elm: Elm327, signal: AbortSignal | undefined, now: () => number = () => Date.now()) {
		this.#elm = elm;
		this.#signal = signal;
		this.#now = now;
	}

	/** Every attempt, in order. */
	get raw(): readonly RawExchange[] {
		return this.#raw;
	}

	/** Commands sent (retries included). */
	get count(): number {
		return this.#raw.length;
	}

	/** Sends `command`; resolves with the answer, or throws only when the scan cannot go on. */
	async ask(command: string, options: AskOptions = {}): Promise<Answer> {
		const answer = await this.#once(command, options.timeoutMs);
		if (answer.ok) return answer;
		const again = options.retry === false ? RESTARTED : PASSING;
		return again.includes(answer.error.code) ? this.#once(command, options.timeoutMs) : answer;
	}

	/**
	 * Decodes an answer (headers on, as the session sets them) and keeps what
	 * was refused with its raw record: the report shows it, nothing is lost.
	 */
	decode(answer: Answer & { ok: true }, protocolCode: string): ParsedResponse {
		const parsed = parseResponse(answer.lines, protocolCode, { headers: true });
		const record = this.#raw[answer.at]!;
		if (parsed.negatives.length || parsed.problems.length) {
			this.#raw[answer.at] = {
				...record,
				negatives: [...(record.negatives ?? []), ...parsed.negatives],
				problems: [...(record.problems ?? []), ...parsed.problems]
			};
		}
		return parsed;
	}

	/** Adds a problem found after decoding (e.g. trouble-code bytes that cannot be whole). */
	note(answer: Answer, problem: FrameProblem): void {
		const record = this.#raw[answer.at]!;
		this.#raw[answer.at] = { ...record, problems: [...(record.problems ?? []), problem] };
	}

	async #once(command: string, timeoutMs?: number): Promise<Answer> {
		if (this.#signal?.aborted) throw abortError();
		const started = this.#now();
		const reply = await attempt(this.#elm.send(command, { signal: this.#signal, timeoutMs }));
		const ms = this.#now() - started;
		const at = this.#raw.length;
		if (reply.ok) {
			this.#raw.push({ command, lines: reply.lines, ms });
			return { ...reply, at };
		}
		this.#raw.push({ command, lines: [], error: reply.error.code, ms });
		if (isAdapterError(reply.error, ...FATAL)) throw reply.error;
		if (this.#signal?.aborted) throw abortError();
		return { ...reply, at };
	}
}
