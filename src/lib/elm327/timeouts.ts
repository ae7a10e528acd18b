/**
 * Default time limits per kind of command. Clones answer AT commands slowly;
 * ATZ takes about a second on a genuine chip (ELM327 datasheet, "Z") and more
 * on clones; an OBD request on a K-line car answers in 100–300 ms once the bus
 * is awake, but the first one may search every protocol.
 */
export const TIMEOUTS = {
	at: 2_000,
	reset: 5_000,
	obd: 6_000,
	/** After SEARCHING... or BUS INIT: the 5-baud init and a full protocol search (10+ s). */
	searching: 30_000,
	/** Waiting for the marker's answer while re-synchronising. */
	resync: 1_500
} as const;

export function defaultTimeout(command: string): number {
	const c = command.replace(/\s+/g, '').toUpperCase();
	if (c === 'ATZ' || c === 'ATWS' || c === 'ATD') return TIMEOUTS.reset;
	if (c.startsWith('AT') || c.startsWith('ST')) return TIMEOUTS.at;
	return TIMEOUTS.obd;
}

/** Commands whose normal answer is the banner (so a banner there is not a reset). */
export function expectsBanner(command: string): boolean {
	const c = command.replace(/\s+/g, '').toUpperCase();
	return c === 'ATZ' || c === 'ATWS' || c === 'ATI';
}
