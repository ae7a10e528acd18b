import { AdapterError, isAdapterError } from '../transport/adapter-error';
import type { ByteLink } from '../transport/byte-link';
import { PromptFramer } from './framer';
import { classifyLine, noiseRatio } from './status';
import { defaultTimeout, expectsBanner, TIMEOUTS } from './timeouts';
import { Transcript } from './transcript';
import type { AdapterIdentity, Elm327, SendOptions, TranscriptEntry } from './types';

interface Waiter {
	resolve(lines: string[]): void;
	reject(error: AdapterError): void;
	/** Called with text received so far while no prompt has come. */
	onPending(text: string): void;
}

const encoder = new TextEncoder();

/** Settings FobSync relies on, re-applied after the adapter resets itself. */
export const SETTINGS = ['ATE0', 'ATL0', 'ATS1', 'ATH1', 'ATAT1'] as const;

/**
 * An ELM327 session over a ByteLink: one command in flight, a FIFO queue,
 * timeouts, status texts turned into AdapterErrors, and re-synchronisation
 * after anything that may leave a reply in flight.
 */
export class Elm327Session implements Elm327 {
	adapter: AdapterIdentity = UNKNOWN_ADAPTER;
	readonly linkLabel: string;
	readonly #link: ByteLink;
	readonly #writer: WritableStreamDefaultWriter<Uint8Array>;
	readonly #reader: ReadableStreamDefaultReader<Uint8Array>;
	readonly #framer = new PromptFramer();
	readonly #log: Transcript;
	readonly #listeners = new Set<(reason: AdapterError | null) => void>();
	#waiter: Waiter | null = null;
	#tail: Promise<unknown> = Promise.resolve();
	#closedWith: AdapterError | null = null;
	#needsResync = false;
	#needsReinit = false;

	constructor(link: ByteLink, now?: () => number) {
		this.#link = link;
		this.linkLabel = link.label;
		this.#log = new Transcript(2000, now);
		this.#writer = link.writable.getWriter();
		this.#reader = link.readable.getReader();
		void this.#readLoop();
	}

	get closed(): boolean {
		return this.#closedWith !== null;
	}

	transcript(): readonly TranscriptEntry[] {
		return this.#log.entries();
	}

	onClose(listener: (reason: AdapterError | null) => void): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	send(command: string, options: SendOptions = {}): Promise<string[]> {
		return this.#enqueue(async () => {
			const lines = await this.#exchange(command, options);
			return this.#interpret(command, lines);
		}, options.signal);
	}

	/** Like send, but returns the raw lines (echo removed) without judging them; for init. */
	sendRaw(command: string, options: SendOptions = {}): Promise<string[]> {
		return this.#enqueue(
			async () => stripEcho(command, await this.#exchange(command, options)),
			options.signal
		);
	}

	async close(): Promise<void> {
		if (this.#closedWith) return;
		this.#end(new AdapterError('link-closed', 'The connection to the adapter was closed.'), false);
		await this.#link.close().catch(() => undefined);
	}

	/** Init applied the settings itself: no re-apply is pending. */
	settingsApplied(): void {
		this.#needsReinit = false;
	}

	// ── queue ──────────────────────────────────────────────────────────────

	#enqueue<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
		const run = this.#tail.then(async () => {
			if (this.#closedWith) throw this.#closedWith;
			if (signal?.aborted) throw abortError();
			return task();
		});
		this.#tail = run.catch(() => undefined);
		return run;
	}

	async #exchange(command: string, { timeoutMs, signal }: SendOptions): Promise<string[]> {
		if (this.#needsResync) await this.#resync();
		if (this.#needsReinit) await this.#reinit();
		return this.#roundTrip(command, timeoutMs ?? defaultTimeout(command), signal);
	}

	// ── one round trip ─────────────────────────────────────────────────────

	async #roundTrip(command: string, timeoutMs: number, signal?: AbortSignal): Promise<string[]> {
		const reply = this.#nextReply(timeoutMs, signal, true);
		this.#log.add('tx', command);
		await this.#write(command + '\r');
		try {
			return await reply;
		} catch (error) {
			// Whatever the adapter still sends for this command must not become
			// the next command's answer: re-synchronise before the next one.
			if (isAdapterError(error, 'timeout', 'aborted')) this.#needsResync = true;
			throw error;
		}
	}

	#nextReply(
		timeoutMs: number,
		signal: AbortSignal | undefined,
		extend: boolean
	): Promise<string[]> {
		return new Promise<string[]>((resolve, reject) => {
			let limit = timeoutMs;
			let timer = setTimeout(() => finish(timeoutError(limit)), limit);
			const onAbort = () => finish(abortError());
			signal?.addEventListener('abort', onAbort, { once: true });
			const finish = (result: string[] | AdapterError) => {
				clearTimeout(timer);
				signal?.removeEventListener('abort', onAbort);
				if (this.#waiter === waiter) this.#waiter = null;
				if (result instanceof AdapterError) reject(result);
				else resolve(result);
			};
			const waiter: Waiter = {
				resolve: (lines) => finish(lines),
				reject: (error) => finish(error),
				onPending: (text) => {
					// A K-line wake-up or protocol search announces itself: allow it the time it needs.
					if (extend && limit < TIMEOUTS.searching && /SEARCHING|BUS INIT/i.test(text)) {
						clearTimeout(timer);
						limit = TIMEOUTS.searching;
						timer = setTimeout(() => finish(timeoutError(limit)), limit);
					}
				}
			};
			this.#waiter = waiter;
		});
	}

	/**
	 * Brings the adapter back to a known idle state after a timeout or abort.
	 *
	 * Why a marker command and not a bare CR: an idle ELM327 repeats the last
	 * command on a bare CR, and a busy one stops on any byte and prints STOPPED.
	 * Either way an unknown number of replies is still to come. So we send
	 * `ATI`, whose answer (the banner) is recognisable, and discard every reply
	 * until that answer arrives: replies come in order, so everything before it
	 * belongs to the old command. If the first byte interrupted a busy adapter,
	 * the rest of the marker may read as `?`; we then send it again.
	 */
	async #resync(): Promise<void> {
		this.#needsResync = false;
		this.#log.add('event', 'resynchronising');
		for (let attempt = 0; attempt < 3; attempt++) {
			const settled = this.#drainUntilBanner();
			this.#log.add('tx', 'ATI (resync)');
			await this.#write('ATI\r');
			if (await settled) return;
		}
		this.#needsResync = true;
		throw new AdapterError(
			'timeout',
			'The adapter stopped answering. Unplug it, plug it back in, and connect again.'
		);
	}

	async #drainUntilBanner(): Promise<boolean> {
		for (;;) {
			let lines: string[];
			try {
				lines = await this.#nextReply(TIMEOUTS.resync, undefined, false);
			} catch {
				return false;
			}
			if (lines.some((l) => classifyLine(l).kind === 'banner')) return true;
		}
	}

	/** Re-applies settings after the adapter reset itself (its defaults: echo on, headers off). */
	async #reinit(): Promise<void> {
		this.#needsReinit = false;
		this.#log.add('event', 'adapter reset detected: re-applying settings');
		for (const c of SETTINGS) {
			await this.#roundTrip(c, TIMEOUTS.at).catch((e) => {
				if (isAdapterError(e, 'disconnected', 'link-closed')) throw e;
			});
		}
	}

	/** Turns raw lines into data lines or an AdapterError. */
	#interpret(command: string, raw: string[]): string[] {
		const lines = stripEcho(command, raw);
		const text = lines.join('');
		if (noiseRatio(text) > 0.2) {
			this.#needsResync = true;
			throw new AdapterError(
				'garbled',
				'The adapter sent unreadable bytes. The connection speed may be wrong, or the adapter is faulty.'
			);
		}
		const data: string[] = [];
		let error: AdapterError | null = null;
		for (const line of lines) {
			const k = classifyLine(line);
			if (k.kind === 'data') data.push(line);
			else if (k.kind === 'banner') {
				if (expectsBanner(command)) data.push(line);
				else {
					this.#needsReinit = true;
					error = new AdapterError(
						'adapter-reset',
						'The adapter restarted by itself (often a voltage dip). FobSync set it up again; try once more.'
					);
				}
			} else if (k.kind === 'error') {
				error ??= new AdapterError(k.code, k.message);
				this.#log.add('event', `status: ${line}`);
			}
		}
		// A damaged frame among good ones: keep the good lines (the decoder checks
		// completeness); with nothing usable left, the error stands.
		if (error && (error.code !== 'data-error' || data.length === 0)) throw error;
		return data;
	}

	// ── link ───────────────────────────────────────────────────────────────

	async #write(text: string): Promise<void> {
		try {
			await this.#writer.write(encoder.encode(text));
		} catch (cause) {
			const error = isAdapterError(cause)
				? cause
				: new AdapterError('disconnected', 'The connection to the adapter was lost.', { cause });
			this.#end(error, true);
			throw error;
		}
	}

	async #readLoop(): Promise<void> {
		try {
			for (;;) {
				const { value, done } = await this.#reader.read();
				if (done) break;
				if (value?.length) this.#onBytes(value);
			}
			this.#end(new AdapterError('disconnected', 'The connection to the adapter ended.'), true);
		} catch (cause) {
			this.#end(
				isAdapterError(cause)
					? cause
					: new AdapterError('disconnected', 'The connection to the adapter was lost.', { cause }),
				true
			);
		}
	}

	#onBytes(bytes: Uint8Array): void {
		this.#log.add('rx', latin1(bytes));
		for (const reply of this.#framer.push(bytes)) {
			const waiter = this.#waiter;
			if (waiter) {
				this.#waiter = null;
				waiter.resolve(reply);
			} else {
				// Nobody asked: a late reply (dropped) or the adapter restarting by itself.
				this.#log.add('event', `unclaimed reply: ${reply.join(' | ')}`);
				if (reply.some((l) => classifyLine(l).kind === 'banner' || /LV RESET/.test(l))) {
					this.#needsReinit = true;
				}
			}
		}
		if (this.#waiter && this.#framer.pending) this.#waiter.onPending(this.#framer.pending);
	}

	#end(reason: AdapterError, notify: boolean): void {
		if (this.#closedWith) return;
		this.#closedWith = reason;
		this.#log.add('event', `closed: ${reason.code}`);
		this.#waiter?.reject(reason);
		this.#waiter = null;
		this.#reader.cancel().catch(() => undefined);
		this.#writer.close().catch(() => undefined);
		if (notify) void this.#link.close().catch(() => undefined);
		for (const l of this.#listeners) l(notify ? reason : null);
		this.#listeners.clear();
	}
}

/** Drops the echoed command line (echo on), compared without spaces or case. */
export function stripEcho(command: string, lines: string[]): string[] {
	const norm = (s: string) => s.replace(/\s+/g, '').toUpperCase();
	const c = norm(command);
	return lines.length && norm(lines[0]!) === c ? lines.slice(1) : lines;
}

function timeoutError(ms: number): AdapterError {
	return new AdapterError(
		'timeout',
		`The adapter did not answer within ${Math.round(ms / 100) / 10} s.`
	);
}

function abortError(): AdapterError {
	return new AdapterError('aborted', 'Stopped.');
}

function latin1(bytes: Uint8Array): string {
	let s = '';
	for (const b of bytes) s += String.fromCharCode(b);
	return s;
}

export const UNKNOWN_ADAPTER: AdapterIdentity = {
	identity: '',
	version: null,
	kind: 'unknown',
	description: null,
	stnFirmware: null,
	stnDevice: null,
	reasons: [],
	supports: {
		RV: false,
		IGN: false,
		DPN: false,
		AT1: false,
		AT2: false,
		CAF: false,
		ST: false,
		SH: false,
		CRA: false
	}
};
