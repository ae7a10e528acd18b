import { normaliseCommand } from '../codec/command-text';
import { AdapterError } from '../transport/adapter-error';
import type { ByteLink } from '../transport/byte-link';

/** A scripted reply: text the adapter sends (before its prompt), or a function of the command. */
export type Script = Record<string, string | ((command: string) => string | null)>;

export interface ScriptedLinkOptions {
	/** Echo the command line back (ELM327 default after reset). */
	echo?: boolean;
	/** Line ending the adapter uses. */
	eol?: '\r' | '\r\n' | '\n';
	/** Largest chunk of output; 1 sends byte by byte. */
	chunk?: number;
	/** Delay before each reply, ms (a number, or per command). */
	delayMs?: number | ((command: string) => number);
	/** Reply for commands missing from the script; default '?'. */
	fallback?: string;
}

/**
 * A fake adapter at the ByteLink boundary for session tests: each command
 * line written gets its scripted reply, formatted like an ELM327 (echo,
 * line endings, blank line, prompt). Not an emulator: it knows no AT logic.
 * A reply of null sends nothing (silence).
 */
export function scriptedLink(script: Script, options: ScriptedLinkOptions = {}) {
	const eol = options.eol ?? '\r';
	let controller!: ReadableStreamDefaultController<Uint8Array>;
	let line = '';
	let closed = false;
	const written: string[] = [];
	// Replies leave strictly in order, like a real adapter that finishes one command
	// before the next: one queue, one timer (independent timers may fire out of order).
	const queue: { text: string; due: number }[] = [];
	let timer: ReturnType<typeof setTimeout> | null = null;
	let lastDue = 0;
	const pump = () => {
		timer = null;
		const head = queue[0];
		if (!head) return;
		const wait = head.due - Date.now();
		if (wait > 0) {
			timer = setTimeout(pump, wait);
			return;
		}
		queue.shift();
		emit(head.text);
		timer = setTimeout(pump, 0);
	};
	const stop = () => {
		if (timer) clearTimeout(timer);
		queue.length = 0;
	};
	const emit = (text: string) => {
		if (closed) return;
		const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
		const size = options.chunk ?? bytes.length;
		for (let i = 0; i < bytes.length; i += size) controller.enqueue(bytes.slice(i, i + size));
	};
	const respond = (command: string) => {
		const key = normaliseCommand(command);
		const entry = script[key];
		const body = typeof entry === 'function' ? entry(key) : (entry ?? options.fallback ?? '?');
		const delay =
			typeof options.delayMs === 'function' ? options.delayMs(key) : (options.delayMs ?? 0);
		const echo = options.echo ? command + eol : '';
		if (body === null) {
			if (echo) emit(echo);
			return;
		}
		const text = echo + body.split('\n').join(eol) + eol + eol + '>';
		lastDue = Math.max(lastDue, Date.now()) + delay;
		queue.push({ text, due: lastDue });
		timer ??= setTimeout(pump, 0);
	};
	const link: ByteLink & {
		written: string[];
		/** Sends raw text now, as if the adapter said it unprompted. */
		say(text: string): void;
		/** The cable is pulled. */
		unplug(): void;
	} = {
		label: 'Scripted adapter',
		written,
		readable: new ReadableStream<Uint8Array>({ start: (c) => void (controller = c) }),
		writable: new WritableStream<Uint8Array>({
			write(chunk) {
				for (const b of chunk) {
					if (b === 0x0d) {
						written.push(line);
						respond(line);
						line = '';
					} else line += String.fromCharCode(b);
				}
			}
		}),
		say: emit,
		unplug() {
			closed = true;
			stop();
			controller.error(new AdapterError('disconnected', 'The USB cable was pulled.'));
		},
		async close() {
			closed = true;
			stop();
			try {
				controller.close();
			} catch {
				// already closed or errored
			}
		}
	};
	return link;
}

/** A genuine-looking ELM327 v1.4b script for the init commands. */
export const GENUINE_INIT: Script = {
	ATZ: '\rELM327 v1.4b',
	ATWS: '\rELM327 v1.4b',
	ATE0: 'OK',
	ATL0: 'OK',
	ATS1: 'OK',
	ATH1: 'OK',
	ATAT1: 'OK',
	ATSP0: 'OK',
	ATI: 'ELM327 v1.4b',
	'AT@1': 'OBDII to RS232 Interpreter',
	STI: '?',
	ATRV: '12.4V',
	ATIGN: 'ON',
	ATDPN: 'A0'
};
