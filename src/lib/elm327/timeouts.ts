import { normaliseCommand } from '../codec/command-text';

/** Time limits of a session, in milliseconds; each can be overridden when opening one. */
export interface Timeouts {
	/** An AT or ST command: clones answer them slowly, but well within this. */
	readonly at: number;
	/** ATZ / ATWS / ATD: a full reset with its LED test takes about a second on a genuine chip. */
	readonly reset: number;
	/** An OBD request once the bus is awake (K-line answers take 100–300 ms). */
	readonly obd: number;
	/** After SEARCHING... or BUS INIT:: a 5-baud init and a full protocol search (10+ s). */
	readonly searching: number;
	/** Waiting for the marker's answer while re-synchronising. */
	readonly resync: number;
}

/**
 * Default limits. ELM327 datasheet: "Z" resets like a power cycle including
 * the LED test, "WS" the same without it; an automatic search tries up to
 * nine protocols, three of them with a K-line wake-up of about 2–3 s each.
 */
export const DEFAULT_TIMEOUTS: Timeouts = {
	at: 2_000,
	reset: 5_000,
	obd: 6_000,
	searching: 30_000,
	resync: 1_500
};

/** The default limit for `command` (a reset, another AT/ST command, or an OBD request). */
export function defaultTimeout(command: string, timeouts: Timeouts = DEFAULT_TIMEOUTS): number {
	const c = normaliseCommand(command);
	if (c === 'ATZ' || c === 'ATWS' || c === 'ATD') return timeouts.reset;
	if (c.startsWith('AT') || c.startsWith('ST')) return timeouts.at;
	return timeouts.obd;
}

/** Commands whose normal answer is the banner (so a banner there is not a reset). */
export function expectsBanner(command: string): boolean {
	const c = normaliseCommand(command);
	return c === 'ATZ' || c === 'ATWS' || c === 'ATI';
}
