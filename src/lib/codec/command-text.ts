/**
 * A command or address as the adapter reads it: ELM327 ignores spaces and
 * letter case in what it receives (datasheet, "AT Commands"), so "at sp 6",
 * "ATSP6" and "AT SP6" are one command.
 */
export function normaliseCommand(text: string): string {
	return text.replace(/\s+/g, '').toUpperCase();
}
