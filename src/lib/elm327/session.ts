import { normaliseCommand } from '../codec/command-text';
import { abortError, AdapterError, isAdapterError } from '../transport/adapter-error';
import type { ByteLink } from '../transport/byte-link';
import { realClock, type Clock } from '../simulator/clock';
import { PromptFramer } from './framer';
import { SessionLease } from './lease';
import { classifyLine, noiseRatio } from './status';
import { DEFAULT_TIMEOUTS, defaultTimeout, expectsBanner, type Timeouts } from './timeouts';
import { Transcript } from './transcript';
import type {
	AcquireOptions,
	AdapterIdentity,
	Elm327,
	Elm327Lease,
	OptionalCommand,
	SendOptions,
	TranscriptEntry
} from './types';

interface Waiter {
	resolve(lines: string[]): void;
	reject(error: AdapterError): void;
	/** Called with text received so far while no prompt has come. */
	onPending(text: string): void;
}

const encoder = new TextEncoder();

/** How a session is built: its clock, time limits and transcript size. */
export interface SessionOptions {
	clock?: Clock;
	timeouts?: Partial<Timeouts>;
	transcriptLimit?: number;
}

/** Settings FobSync relies on, re-applied after the adapter resets itself. */
export const SETTINGS = ['ATE0', 'ATH1'] as const;

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
	readonly #watchers = new Set<(entry: TranscriptEntry) => void>();
	readonly #clock: Clock;
	readonly timeouts: Timeouts;
	#waiter: Waiter | null = null;
	#tail: Promise<unknown> = Promise.resolve();
	#closedWith: AdapterError | null = null;
	#needsResync = false;
	#needsReinit = false;
	#holder: Elm327Lease | null = null;
	/** The last protocol choice a caller made (ATSP/ATTP), re-applied after a reset. */
	#protocolCommand: string | null = null;
	/** The current holder changed an adapter setting (the console can): restore them all on release. */
	#holderChangedSettings = false;
	#needsRestore = false;

	constructor(link: ByteLink, options: SessionOptions = {}) {
		this.#link = link;
		this.linkLabel = link.label;
		this.#clock = options.clock ?? realClock;
		this.timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
		this.#log = new Transcript(options.transcriptLimit ?? 2000, () => this.#clock.now());
		this.#writer = link.writable.getWriter();
		this.#reader = link.readable.getReader();
		void this.#readLoop();
	}

	get closed(): boolean {
		return this.#closedWith !== null;
	}

	get holder(): string | null {
		return this.#holder?.owner ?? null;
	}

	transcript(): readonly TranscriptEntry[] {
		return this.#log.entries();
	}

	/** Entries ever written to the transcript (the ring keeps the last `limit`). */
	get transcriptTotal(): number {
		return this.#log.total;
	}

	onTranscript(listener: (entry: TranscriptEntry) => void): () => void {
		this.#watchers.add(listener);
		return () => this.#watchers.delete(listener);
	}

	onClose(listener: (reason: AdapterError | null) => void): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	/** Listeners currently attached (close and transcript), for leak checks. */
	get listenerCount(): number {
		return this.#listeners.size + this.#watchers.size;
	}

	acquire(owner: string, options: AcquireOptions = {}): Elm327Lease {
		if (!owner.trim()) throw new TypeError('a lease needs an owner');
		if (this.#closedWith) throw this.#closedWith;
		if (options.signal?.aborted) throw abortError();
		if (this.#holder) throw busyError(this.#holder.owner);
		const lease: Elm327Lease = new SessionLease(
			this,
			owner,
			{
				send: (by, command, sendOptions) => this.#send(command, sendOptions ?? {}, by),
				release: (by) => {
					if (this.#holder !== by) return;
					this.#holder = null;
					this.#note('event', `${by.owner} released the adapter`);
					// Whatever the holder set (headers off, another header, a timeout…), the
					// next user gets the adapter as FobSync set it up.
					if (this.#holderChangedSettings) this.#needsRestore = true;
					this.#holderChangedSettings = false;
				}
			},
			options.signal
		);
		this.#holder = lease;
		this.#holderChangedSettings = false;
		this.#note('event', `${owner} holds the adapter`);
		return lease;
	}

	send(command: string, options: SendOptions = {}): Promise<string[]> {
		return this.#send(command, options, null);
	}

	/** Like send, but returns the raw lines (echo removed) without judging them; for init. */
	sendRaw(command: string, options: SendOptions = {}): Promise<string[]> {
		return this.#enqueue(
			async () => stripEcho(command, await this.#exchange(command, options)),
			options.signal,
			null
		);
	}

	#send(command: string, options: SendOptions, by: Elm327Lease | null): Promise<string[]> {
		return this.#enqueue(
			async () => {
				if (by && changesSettings(command)) this.#holderChangedSettings = true;
				const lines = await this.#exchange(command, options);
				return this.#interpret(command, lines);
			},
			options.signal,
			by
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

	/**
	 * Runs `task` after everything queued before it. Refused at once when
	 * another owner holds the adapter; what was queued before an owner took it
	 * still runs, ahead of the owner's own commands, so nothing interleaves
	 * with them. An abort rejects the caller at once; the queue moves on only
	 * when the task has really settled, so nothing the aborted task still does
	 * can overlap the next command.
	 */
	#enqueue<T>(task: () => Promise<T>, signal: AbortSignal | undefined, by: Elm327Lease | null) {
		const refusal = this.#refusal(by);
		if (refusal) return Promise.reject(refusal);
		const run = this.#tail.then(async () => {
			if (this.#closedWith) throw this.#closedWith;
			if (signal?.aborted) throw abortError();
			return task();
		});
		this.#tail = run.catch(() => undefined);
		return signal ? abortable(run, signal) : run;
	}

	/** Why a send by `by` (null: the bare session) may not go ahead now, or null. */
	#refusal(by: Elm327Lease | null): AdapterError | null {
		if (this.#closedWith) return this.#closedWith;
		const holder = this.#holder;
		return holder && holder !== by ? busyError(holder.owner) : null;
	}

	async #exchange(command: string, { timeoutMs, signal }: SendOptions): Promise<string[]> {
		// Housekeeping owed by an earlier command runs even for an aborted caller
		// (the next command needs it), but an aborted command itself never goes out.
		if (this.#needsResync) await this.#resync();
		throwIfAborted(signal);
		if (this.#needsReinit || this.#needsRestore) await this.#reinit();
		throwIfAborted(signal);
		return this.#roundTrip(command, timeoutMs ?? defaultTimeout(command, this.timeouts), signal);
	}

	// ── one round trip ─────────────────────────────────────────────────────

	async #roundTrip(command: string, timeoutMs: number, signal?: AbortSignal): Promise<string[]> {
		const reply = this.#nextReply(timeoutMs, signal, true);
		this.#note('tx', command);
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
			const clock = this.#clock;
			const searching = this.timeouts.searching;
			let limit = timeoutMs;
			let timer = clock.setTimeout(() => finish(timeoutError(limit)), limit);
			const onAbort = () => finish(abortError());
			signal?.addEventListener('abort', onAbort, { once: true });
			const finish = (result: string[] | AdapterError) => {
				clock.clearTimeout(timer);
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
					if (extend && limit < searching && /SEARCHING|BUS INIT/i.test(text)) {
						clock.clearTimeout(timer);
						limit = searching;
						timer = clock.setTimeout(() => finish(timeoutError(limit)), limit);
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
		this.#note('event', 'resynchronising');
		let unanswered = 0;
		while (unanswered < 3) {
			const settled = this.#drainUntilBanner();
			this.#note('tx', 'ATI (resync)');
			await this.#write('ATI\r');
			const outcome = await settled;
			if (outcome === 'banner') return;
			// A marker that interrupted a busy adapter (STOPPED) is cut to "TI" and
			// answered '?': send it again at once rather than after a time limit.
			if (outcome === 'silent') unanswered++;
		}
		// Three markers unanswered: the adapter is gone silent, not just slow. Say
		// so with its own code, so callers stop instead of timing out command by command.
		this.#needsResync = true;
		throw new AdapterError(
			'no-response',
			'The adapter stopped answering. Unplug it, plug it back in, and connect again.'
		);
	}

	/** Discards replies until the marker's banner ('banner'), a mangled marker's '?' ('mangled'), or silence. */
	async #drainUntilBanner(): Promise<'banner' | 'mangled' | 'silent'> {
		let interrupted = false;
		for (;;) {
			let lines: string[];
			try {
				lines = await this.#nextReply(this.timeouts.resync, undefined, false);
			} catch {
				return 'silent';
			}
			const kinds = lines.map((l) => classifyLine(l));
			if (kinds.some((k) => k.kind === 'banner')) return 'banner';
			if (kinds.some((k) => k.kind === 'error' && k.code === 'stopped')) interrupted = true;
			else if (
				interrupted &&
				kinds.some((k) => k.kind === 'error' && k.code === 'unsupported-command')
			)
				return 'mangled';
		}
	}

	/**
	 * Re-applies settings after the adapter reset itself (its defaults: echo on,
	 * headers off, and the protocol back to its stored default), including the
	 * last protocol a caller chose, so a scan carries on where it was.
	 */
	async #reinit(): Promise<void> {
		const restore = this.#needsRestore;
		this.#needsReinit = false;
		this.#needsRestore = false;
		this.#note(
			'event',
			restore
				? 'restoring the adapter settings after the last holder changed them'
				: 'adapter reset detected: re-applying settings'
		);
		// AT D returns every setting to its default (headers, header bytes, timeouts,
		// filters) without a reset; then FobSync's own settings and protocol.
		const commands = [
			...(restore ? ['ATD'] : []),
			...SETTINGS,
			...(this.#protocolCommand ? [this.#protocolCommand] : [])
		];
		for (const c of commands) {
			await this.#roundTrip(c, this.timeouts.at).catch((e) => {
				if (isAdapterError(e, 'disconnected', 'link-closed')) throw e;
			});
		}
	}

	/**
	 * Turns raw lines into data lines or an AdapterError.
	 *
	 * A line the adapter marked damaged (`… <DATA ERROR`, `… <RX ERROR`, or the
	 * marker alone under the line it points to) stays in the data, marker
	 * attached, so the decoder records it with the exchange instead of it
	 * vanishing; a bare `DATA ERROR` means the whole answer is unusable.
	 * `LV RESET` and `ERR94` leave the adapter at its defaults (datasheet), so
	 * the settings are re-applied before the next command.
	 */
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
					// The adapter restarted: if it did so before our command reached it, the
					// command's own answer is still to come. Re-synchronise (drains it) and
					// re-apply the settings before the next command.
					this.#needsResync = true;
					this.#needsReinit = true;
					error = new AdapterError(
						'adapter-reset',
						'The adapter restarted by itself (often a voltage dip). FobSync set it up again; try once more.'
					);
				}
			} else if (k.kind === 'error') {
				if (k.code === 'data-error' && line.trim().startsWith('<') && data.length > 0) {
					data[data.length - 1] += ` ${line.trim()}`;
					continue;
				}
				if (k.code === 'low-voltage-reset' || /^ERR94$/i.test(line.trim())) {
					this.#needsResync = true;
					this.#needsReinit = true;
				}
				error ??= new AdapterError(k.code, k.message);
				this.#note('event', `status: ${line}`);
			}
		}
		this.#learn(
			command,
			error === null ? true : error.code === 'unsupported-command' ? false : null
		);
		if (error) throw error;
		if (/^AT(SP|TP)A?[0-9A-C]$/.test(normaliseCommand(command))) this.#protocolCommand = command;
		return data;
	}

	/** Records whether an optional command was accepted (true), refused with '?' (false), or neither (null). */
	#learn(command: string, accepted: boolean | null): void {
		const which = optionalCommand(command);
		if (!which || accepted === null || this.adapter.supports[which] === accepted) return;
		this.adapter = { ...this.adapter, supports: { ...this.adapter.supports, [which]: accepted } };
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
		this.#note('rx', latin1(bytes));
		for (const reply of this.#framer.push(bytes)) {
			const waiter = this.#waiter;
			if (waiter) {
				this.#waiter = null;
				waiter.resolve(reply);
			} else {
				// Nobody asked: a late reply (dropped) or the adapter restarting by itself.
				this.#note('event', `unclaimed reply: ${reply.join(' | ')}`);
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
		this.#note('event', `closed: ${reason.code}`);
		this.#waiter?.reject(reason);
		this.#waiter = null;
		this.#reader.cancel().catch(() => undefined);
		this.#writer.close().catch(() => undefined);
		if (notify) void this.#link.close().catch(() => undefined);
		for (const l of this.#listeners) l(notify ? reason : null);
		this.#listeners.clear();
		this.#watchers.clear();
	}

	/** Adds to the transcript and tells live watchers; a failing watcher never breaks the session. */
	#note(dir: TranscriptEntry['dir'], text: string): void {
		const entry = this.#log.add(dir, text);
		for (const w of this.#watchers) {
			try {
				w(entry);
			} catch {
				// a view's problem, not the adapter's
			}
		}
	}
}

/** Adapter commands that only read: everything else AT or ST may change a setting. */
const READ_ONLY_ADAPTER =
	/^(ATI|AT@[12]|ATRV|ATDPN?|ATIGN|ATPPS|ATCS|ATKW|ATBD|ATRD|STI|STDI|STMFR|STSN|STSLCS|STSLLT|STSLXS)$/;

/** Whether `command` may change an adapter setting that FobSync relies on. */
function changesSettings(command: string): boolean {
	const c = normaliseCommand(command);
	// A protocol choice is not one: the session re-applies the last one itself.
	if (/^AT(SP|TP)A?[0-9A-C]$/.test(c)) return false;
	return (c.startsWith('AT') || c.startsWith('ST')) && !READ_ONLY_ADAPTER.test(c);
}

/** Which optional command `command` is, if any (see AdapterIdentity.supports). */
function optionalCommand(command: string): OptionalCommand | null {
	const c = normaliseCommand(command);
	if (c === 'ATRV') return 'RV';
	if (c === 'ATIGN') return 'IGN';
	if (c === 'ATDPN') return 'DPN';
	if (c === 'ATAT1') return 'AT1';
	if (c === 'ATAT2') return 'AT2';
	if (/^ATCAF[01]$/.test(c)) return 'CAF';
	if (/^ATST[0-9A-F]{2}$/.test(c)) return 'ST';
	if (/^ATSH[0-9A-F]{3,8}$/.test(c)) return 'SH';
	if (/^ATCRA[0-9A-FX]{3,8}$/.test(c)) return 'CRA';
	return null;
}

/** Drops the echoed command line (echo on), compared without spaces or case. */
export function stripEcho(command: string, lines: string[]): string[] {
	const c = normaliseCommand(command);
	return lines.length && normaliseCommand(lines[0]!) === c ? lines.slice(1) : lines;
}

function timeoutError(ms: number): AdapterError {
	return new AdapterError(
		'timeout',
		`The adapter did not answer within ${Math.round(ms / 100) / 10} s.`
	);
}

function throwIfAborted(signal: AbortSignal | undefined): void {
	if (signal?.aborted) throw abortError();
}

/** The refusal a second owner gets, naming the holder in its own words. */
export function busyError(holder: string): AdapterError {
	return new AdapterError('adapter-busy', `The adapter is busy: ${holder} is using it.`);
}

/** Follows `run`, but rejects with 'aborted' as soon as `signal` fires. */
function abortable<T>(run: Promise<T>, signal: AbortSignal): Promise<T> {
	if (signal.aborted) return Promise.reject(abortError());
	return new Promise<T>((resolve, reject) => {
		const onAbort = () => reject(abortError());
		signal.addEventListener('abort', onAbort, { once: true });
		run.then(
			(value) => {
				signal.removeEventListener('abort', onAbort);
				resolve(value);
			},
			(error: unknown) => {
				signal.removeEventListener('abort', onAbort);
				reject(error);
			}
		);
	});
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
	supports: {}
};
