import { hexToBytes } from '../codec/hex';

/**
 * One line of an OBD answer as the ELM327 printed it.
 *
 * The adapter appends `<DATA ERROR` (legacy buses: bad checksum) or
 * `<RX ERROR` (CAN: a frame received with errors) to a line it received
 * damaged, and still prints the bytes (ELM327 datasheet, "Messages and
 * Alerts"). Such a line is never data.
 */
export interface PrintedLine {
	/** As received. */
	readonly raw: string;
	/** Trimmed, upper case, any damage marker removed. */
	readonly text: string;
	/** Whether the adapter marked the line damaged. */
	readonly damaged: boolean;
	/** Whether bytes are separated by spaces (ATS1), which makes headers unambiguous. */
	readonly spaced: boolean;
}

const DAMAGE_MARK = /\s*<\s*(DATA|RX)\s+ERROR\s*$/i;

export function readPrintedLine(raw: string): PrintedLine {
	const upper = raw.trim().toUpperCase();
	const damaged = DAMAGE_MARK.test(upper);
	const text = upper.replace(DAMAGE_MARK, '');
	return { raw, text, damaged, spaced: /\s/.test(text) };
}

/**
 * Bytes of space-separated text where every group is exactly two hex digits
 * (a group of one or three means a digit was lost or added); null otherwise.
 */
export function spacedBytes(text: string): Uint8Array | null {
	const groups = text.split(/\s+/).filter(Boolean);
	if (groups.length === 0 || groups.some((g) => !/^[0-9A-F]{2}$/.test(g))) return null;
	return hexToBytes(groups.join(''));
}
