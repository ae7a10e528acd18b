import { AdapterError, isAdapterError } from '../transport/adapter-error';

/**
 * The outcome of one command where a failure is an answer to reason about
 * (NO DATA, '?', a bus error) rather than the end: its reply lines, or the
 * AdapterError that stands for the adapter's reason. The one shape results
 * take below the UI besides a thrown AdapterError.
 */
export type Reply = { ok: true; lines: string[] } | { ok: false; error: AdapterError };

/**
 * Settles `sending` into a Reply. Anything that is not an AdapterError is a
 * bug or an unreadable answer, and becomes 'garbled' so it never escapes raw.
 */
export async function attempt(sending: Promise<string[]>): Promise<Reply> {
	try {
		return { ok: true, lines: await sending };
	} catch (error) {
		return {
			ok: false,
			error: isAdapterError(error)
				? error
				: new AdapterError('garbled', 'The adapter sent a reply FobSync could not read.', {
						cause: error
					})
		};
	}
}
