/**
 * The ELM327 adapter session: framing on '>', a one-at-a-time queue with
 * timeouts and re-synchronisation, status texts as typed errors, init and
 * identity (genuine, STN, clone), and a lease so one owner uses it at a time.
 */
import type { ByteLink } from '../transport/byte-link';
import { initialise } from './init';
import { Elm327Session } from './session';
import type { Elm327, OpenOptions } from './types';

export type * from './types';
export type { Clock } from '../simulator/clock';
export type { Timeouts } from './timeouts';
export { DEFAULT_TIMEOUTS } from './timeouts';
export { PromptFramer } from './framer';
export { classifyLine } from './status';
export { classifyAdapter, GENUINE_VERSIONS } from './identity';

/** Opens a session over `link`, resets and identifies the adapter. Closes the link on failure. */
export async function openElm327(link: ByteLink, options: OpenOptions = {}): Promise<Elm327> {
	const session = new Elm327Session(link, {
		clock: options.clock,
		timeouts: options.timeouts,
		transcriptLimit: options.transcriptLimit
	});
	try {
		await initialise(session, options.onProgress ?? (() => undefined), options.signal);
		return session;
	} catch (error) {
		await session.close();
		throw error;
	}
}
