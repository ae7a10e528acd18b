import { AdapterError, isAdapterError } from './adapter-error';
import type { ByteLink } from './byte-link';
import { abortReason, type IoOptions } from './deadline';
import { probeForPrompt } from './prompt-probe';

/**
 * Speeds to try, most likely first: 38400 is the ELM327 default, 9600 the
 * old default some clones keep, the rest what faster adapters and STN chips
 * are often set to (docs/domain.md §8; ELM327 datasheet, PP 0C).
 */
export const BAUD_RATES: readonly number[] = [38400, 9600, 115200, 230400, 500000];

/** How long one speed gets to answer the probe; an ELM327 answers ATI within a few ms. */
export const PROBE_TIMEOUT_MS = 700;

export interface BaudDetectOptions extends IoOptions {
	/** Rates to try in order; defaults to BAUD_RATES. A preferred rate can be put first. */
	rates?: readonly number[];
	probeTimeoutMs?: number;
	onProgress?: (message: string) => void;
}

/**
 * Finds the speed an adapter talks at: opens the port at each rate in turn
 * (Web Serial cannot change the speed of an open port, so each try is a fresh
 * open), probes for a prompt, and keeps the first link that answers in clean
 * text. `open` errors other than a missing rate end the search: a busy or
 * vanished port will not get better at another speed.
 */
export async function detectBaudRate(
	open: (baudRate: number) => Promise<ByteLink>,
	options: BaudDetectOptions = {}
): Promise<{ link: ByteLink; baudRate: number }> {
	const rates = options.rates ?? BAUD_RATES;
	const probeTimeoutMs = options.probeTimeoutMs ?? PROBE_TIMEOUT_MS;
	const deadline = options.timeoutMs === undefined ? null : Date.now() + options.timeoutMs;
	for (const baudRate of rates) {
		if (options.signal?.aborted) throw abortReason(options.signal);
		if (deadline !== null && Date.now() >= deadline) break;
		// A figure in baud means nothing to the owner; the result carries the rate that answered.
		options.onProgress?.(
			baudRate === rates[0] ? 'Finding the adapter’s speed…' : 'Trying another speed…'
		);
		let link: ByteLink;
		try {
			link = await open(baudRate);
		} catch (error) {
			// Some chips refuse high rates at open(); move on to the next one.
			if (isAdapterError(error, 'not-supported')) continue;
			throw error;
		}
		try {
			const verdict = await probeForPrompt(link, {
				signal: options.signal,
				timeoutMs:
					deadline === null ? probeTimeoutMs : Math.min(probeTimeoutMs, deadline - Date.now())
			});
			if (verdict === 'prompt') return { link, baudRate };
		} catch (error) {
			await link.close();
			throw error;
		}
		await link.close();
	}
	throw new AdapterError(
		'no-response',
		'The adapter did not answer at any speed FobSync tried. Check that it is plugged into the car and its light is on, unplug it from the computer and back in, and try again.'
	);
}
