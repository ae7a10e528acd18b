import type { ByteLink } from './byte-link';
import { withDeadline, type IoOptions } from './deadline';
import { isAdapterError } from './adapter-error';

/** What the bytes seen so far say about the speed: an ELM327 prompt, noise, or not enough yet. */
export type ProbeVerdict = 'prompt' | 'garbage' | 'incomplete';

const PROMPT = 0x3e; // '>'

/**
 * Judges bytes read after a probe. At the right speed an ELM327 answers in
 * printable ASCII ending with the '>' prompt (ELM327 datasheet, "Communicating
 * with the ELM327"); at a wrong speed a UART delivers bytes outside that range.
 * NUL bytes are ignored: some clones emit one when the line wakes up.
 */
export function judgeProbeReply(bytes: Uint8Array): ProbeVerdict {
	let printable = 0;
	for (const b of bytes) {
		if (b === 0) continue;
		const isText = (b >= 0x20 && b <= 0x7e) || b === 0x0d || b === 0x0a;
		if (!isText) return 'garbage';
		if (b === PROMPT && printable > 0) return 'prompt';
		if (b !== 0x0d && b !== 0x0a) printable += 1;
	}
	return 'incomplete';
}

/** The probe: ATI makes any ELM327 (or clone) print its identity and a prompt. */
export const PROBE_COMMAND = new TextEncoder().encode('ATI\r');

/**
 * Sends the probe over `link` and waits up to `timeoutMs` for a prompt.
 * Resolves with the verdict; 'incomplete' means nothing useful arrived in time.
 * The link stays open and its reader is released, so a session can take it over.
 */
export async function probeForPrompt(
	link: ByteLink,
	options: IoOptions & { timeoutMs: number }
): Promise<ProbeVerdict> {
	const writer = link.writable.getWriter();
	try {
		await withDeadline(writer.write(PROBE_COMMAND), { ...options, what: 'Sending the probe' });
	} finally {
		writer.releaseLock();
	}
	const reader = link.readable.getReader();
	const deadline = Date.now() + options.timeoutMs;
	let seen: Uint8Array = new Uint8Array(0);
	try {
		for (;;) {
			const left = deadline - Date.now();
			if (left <= 0) return 'incomplete';
			const { value, done } = await withDeadline(reader.read(), {
				signal: options.signal,
				timeoutMs: left,
				what: 'Waiting for the adapter'
			});
			if (done) return 'incomplete';
			seen = concat(seen, value);
			const verdict = judgeProbeReply(seen);
			if (verdict !== 'incomplete') return verdict;
		}
	} catch (error) {
		if (isAdapterError(error, 'timeout')) return 'incomplete';
		throw error;
	} finally {
		// Also rejects a read still pending after a timeout (WHATWG Streams, releaseLock).
		reader.releaseLock();
	}
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
	const out = new Uint8Array(a.length + b.length);
	out.set(a);
	out.set(b, a.length);
	return out;
}
