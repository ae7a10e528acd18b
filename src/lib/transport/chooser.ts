import { AdapterError, isAdapterError } from './adapter-error';
import { withDeadline, type IoOptions } from './deadline';

/**
 * How long FobSync waits for a device chooser (requestDevice / requestPort).
 * Long enough for an owner who reads the list, pairs a dongle or answers
 * Android's permission prompts first (a minute and a half); short enough that
 * a chooser that never opened (Bluetooth or its permission refused without a
 * prompt, a browser that drops the request) does not leave the page on
 * "Opening the connection…" for ever. The browser's chooser itself cannot be
 * closed from a page: its answer, if one still comes, is ignored.
 */
export const CHOOSER_TIMEOUT_MS = 90_000;

/** What the owner reads when the chooser gave no answer in time. */
export const CHOOSER_TIMEOUT_MESSAGE =
	'No device was chosen within a minute and a half (or the list never opened), so FobSync stopped waiting.';

/**
 * Waits for a chooser's answer, bounded by `timeoutMs` (CHOOSER_TIMEOUT_MS by
 * default); a chooser that outlasts it ends as 'no-device-selected', the same
 * outcome as a closed chooser, with its own plain message.
 */
export async function awaitChooser<T>(
	chooser: Promise<T>,
	options: IoOptions & { what: string }
): Promise<T> {
	try {
		return await withDeadline(chooser, {
			...options,
			timeoutMs: options.timeoutMs ?? CHOOSER_TIMEOUT_MS
		});
	} catch (error) {
		if (isAdapterError(error, 'timeout')) {
			throw new AdapterError('no-device-selected', CHOOSER_TIMEOUT_MESSAGE, { cause: error });
		}
		throw error;
	}
}
