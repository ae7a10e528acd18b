import type { Elm327, Elm327Lease, TranscriptEntry } from '../elm327/types';
import type { CommandVerdict } from '../obd/command-safety';
import { isAdapterError } from '../transport/adapter-error';
import { toUserFacing, type UserFacingError } from './session.svelte';

/** How the console names itself when it holds the adapter ("… is using it"). */
export const CONSOLE_OWNER = 'the expert console';

/** One line of the console's log: a command and what became of it. */
export interface ConsoleEntry {
	readonly id: number;
	readonly command: string;
	/** 'help': answered by FobSync itself, nothing went to the adapter. */
	readonly outcome: 'answered' | 'failed' | 'refused' | 'cancelled' | 'help';
	/** The adapter's reply lines (prompt and echo removed), or the help's lines. */
	readonly lines: readonly string[];
	/** The error's or the refusal's plain message. */
	readonly note?: string;
	readonly ms?: number;
}

export interface ConsoleDeps {
	/** The safety filter (obd/command-safety.ts). */
	check: (command: string) => CommandVerdict;
	/** Puts text on the clipboard (navigator.clipboard.writeText in the page). */
	copy?: (text: string) => Promise<void>;
	/** Told when a confirmed clear went to the car (ISO 8601 time), for the shop report. */
	onCodesCleared?: (at: string) => void;
	now?: () => number;
}

/**
 * What `help` lists: what the console accepts, answered here without the
 * adapter (an ELM327 would only answer "?"). Every example is a read the
 * safety filter lets through (obd/command-safety.ts).
 */
export const CONSOLE_HELP: readonly string[] = [
	'AT commands for the adapter: AT RV (battery voltage), AT DPN (protocol in use), AT I (adapter version), AT H0 / AT H1 (headers off / on).',
	'ST commands on OBDLink (STN) adapters: STI (version), STDI (hardware).',
	'OBD-II reads in hex: 01 xx live data (01 0C engine speed, 01 05 coolant temperature, 01 00 what is supported), 03 stored codes, 07 pending codes, 0A permanent codes, 09 02 VIN.',
	'04 clears the trouble codes, after you confirm what it erases.',
	'Anything that writes, programs or resets a control unit is not sent: see "What is blocked and why".',
	'help shows this list; arrow up and down bring back earlier commands.'
];

/** True for what asks for the console's own help rather than the adapter. */
export function isHelpRequest(command: string): boolean {
	return /^(help|\?)$/i.test(command.trim());
}

/** How many log entries, transcript entries and history commands the console keeps on screen. */
export const CONSOLE_LIMITS = { entries: 200, transcript: 400, history: 100 } as const;

/**
 * The expert console: raw commands through the safety filter, their replies,
 * a history to recall them, a copy of the log, and the live transcript. It
 * holds the adapter (its lease) while attached, so nothing interleaves with
 * a sequence typed here; detaching gives it back, and the session restores
 * the settings the console changed.
 */
export class ConsoleState {
	readonly #deps: ConsoleDeps;
	#lease = $state.raw<Elm327Lease | null>(null);
	#unwatch: (() => void) | null = null;
	#nextId = 1;
	#history: string[] = [];
	#recall = -1;
	#entries = $state.raw<readonly ConsoleEntry[]>([]);
	#transcript = $state.raw<readonly TranscriptEntry[]>([]);
	#pending = $state.raw<{ command: string; message: string } | null>(null);
	#sending = $state(false);
	#error = $state.raw<UserFacingError | null>(null);

	constructor(deps: ConsoleDeps) {
		this.#deps = deps;
	}

	get entries(): readonly ConsoleEntry[] {
		return this.#entries;
	}
	get transcript(): readonly TranscriptEntry[] {
		return this.#transcript;
	}
	/** A command waiting for the user to confirm what it erases. */
	get pending(): { command: string; message: string } | null {
		return this.#pending;
	}
	get sending(): boolean {
		return this.#sending;
	}
	/** Why the console cannot use the adapter (someone else holds it, the link ended), or null. */
	get error(): UserFacingError | null {
		return this.#error;
	}
	get attached(): boolean {
		return this.#lease !== null && !this.#lease.released;
	}

	/** Takes the adapter and starts following its transcript. True when the console holds it. */
	attach(elm: Elm327): boolean {
		this.detach();
		try {
			this.#lease = elm.acquire(CONSOLE_OWNER);
		} catch (error) {
			this.#error = toUserFacing(error);
			return false;
		}
		this.#error = null;
		this.#transcript = elm.transcript().slice(-CONSOLE_LIMITS.transcript);
		this.#unwatch = elm.onTranscript((entry) => {
			const next = [...this.#transcript, entry];
			this.#transcript =
				next.length > CONSOLE_LIMITS.transcript ? next.slice(-CONSOLE_LIMITS.transcript) : next;
		});
		return true;
	}

	/** Gives the adapter back and stops following it. Safe to call more than once. */
	detach(): void {
		this.#unwatch?.();
		this.#unwatch = null;
		this.#lease?.release();
		this.#lease = null;
		this.#pending = null;
	}

	/** Checks `typed` and sends it, asks to confirm it first, or logs the refusal. */
	async submit(typed: string): Promise<void> {
		const command = typed.trim();
		if (!command) return;
		this.#remember(command);
		if (isHelpRequest(command)) {
			this.#log({ command, outcome: 'help', lines: CONSOLE_HELP });
			return;
		}
		const verdict = this.#deps.check(command);
		if (verdict.kind === 'refused') {
			this.#log({ command, outcome: 'refused', lines: [], note: verdict.message });
			return;
		}
		if (verdict.kind === 'confirm') {
			this.#pending = { command, message: verdict.message };
			return;
		}
		await this.#send(command);
	}

	/** The user read what the pending command erases and agreed. */
	async confirm(): Promise<void> {
		const pending = this.#pending;
		this.#pending = null;
		if (!pending) return;
		const now = this.#deps.now ?? (() => Date.now());
		// A one-off timestamp, turned into text at once: nothing to make reactive.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const at = new Date(now()).toISOString();
		// Recorded once it was written to the adapter, whatever the reply: the car may have acted on it.
		if (await this.#send(pending.command)) this.#deps.onCodesCleared?.(at);
	}

	/** The user declined the pending command. */
	cancel(): void {
		const pending = this.#pending;
		this.#pending = null;
		if (pending)
			this.#log({ command: pending.command, outcome: 'cancelled', lines: [], note: 'Not sent.' });
	}

	/** An earlier command (arrow up: -1) or a later one (arrow down: +1); '' past the newest. */
	recall(step: -1 | 1): string {
		if (this.#history.length === 0) return '';
		const last = this.#history.length - 1;
		const at = this.#recall === -1 ? (step === -1 ? last : -1) : this.#recall + step;
		this.#recall = at < 0 ? (step === -1 ? 0 : -1) : at > last ? -1 : at;
		return this.#recall === -1 ? '' : this.#history[this.#recall]!;
	}

	/** Copies the log as plain text. Resolves false when the browser refused. */
	async copyLog(): Promise<boolean> {
		if (!this.#deps.copy) return false;
		try {
			await this.#deps.copy(formatConsoleLog(this.#entries));
			return true;
		} catch {
			return false;
		}
	}

	/** Sends `command`; false when nothing was written (the console does not hold the adapter). */
	async #send(command: string): Promise<boolean> {
		const lease = this.#lease;
		if (!lease || lease.released) {
			this.#log({
				command,
				outcome: 'failed',
				lines: [],
				note: 'The console does not hold the adapter.'
			});
			return false;
		}
		const now = this.#deps.now ?? (() => Date.now());
		const started = now();
		this.#sending = true;
		try {
			const lines = await lease.send(command);
			this.#log({ command, outcome: 'answered', lines, ms: now() - started });
		} catch (error) {
			const e = toUserFacing(error);
			this.#log({ command, outcome: 'failed', lines: [], note: e.message, ms: now() - started });
			if (isAdapterError(error, 'disconnected', 'link-closed')) {
				this.#error = e;
				this.detach();
			}
		} finally {
			this.#sending = false;
		}
		return true;
	}

	#remember(command: string): void {
		if (this.#history.at(-1) !== command) this.#history.push(command);
		if (this.#history.length > CONSOLE_LIMITS.history) this.#history.shift();
		this.#recall = -1;
	}

	#log(entry: Omit<ConsoleEntry, 'id'>): void {
		const next = [...this.#entries, { id: this.#nextId++, ...entry }];
		this.#entries =
			next.length > CONSOLE_LIMITS.entries ? next.slice(-CONSOLE_LIMITS.entries) : next;
	}
}

/** The log as plain text, one command after "> " and its reply or fate below it. */
export function formatConsoleLog(entries: readonly ConsoleEntry[]): string {
	return entries
		.map((e) => {
			const body =
				e.outcome === 'answered' || e.outcome === 'help'
					? e.lines.length
						? e.lines.join('\n')
						: '(no reply lines)'
					: `(${e.outcome}: ${e.note ?? ''})`;
			return `> ${e.command}\n${body}`;
		})
		.join('\n\n');
}
