import type { RawExchange } from '$lib/scan/types';

const hex = (n: number) => n.toString(16).toUpperCase().padStart(2, '0');

/**
 * What the scan kept about one exchange beyond its reply lines: the
 * computers' refusals (`7F` answers) and the lines or answers decoding
 * refused. One line each, for the raw-replies table and the transcript, so an
 * expert sees why an answer is missing without opening the JSON.
 */
export function exchangeNotes(x: RawExchange): string[] {
	return [
		...(x.negatives ?? []).map(
			(n) => `refused by ${n.ecu}: service ${hex(n.service)}, code ${hex(n.code)} (${n.meaning})`
		),
		...(x.problems ?? []).map(
			(p) =>
				`not used${p.ecu ? ` from ${p.ecu}` : ''}: ${p.detail}${p.line !== undefined ? ` in “${p.line}”` : ''}`
		)
	];
}
