/** One complete answer from one control unit, headers, PCI and checksum removed. */
export interface ObdMessage {
	/** Who answered: CAN id ('7E8', '18DAF110') or legacy source address ('10'); '?' without headers. */
	readonly ecu: string;
	/** From the response service byte on, e.g. 41 0C 1A F8. */
	readonly data: Uint8Array;
}

/** A control unit's refusal: `7F <service> <code>` (ISO 14229-1 / ISO 14230-3 negative response). */
export interface NegativeResponse {
	readonly ecu: string;
	readonly service: number;
	readonly code: number;
	readonly meaning: string;
}

/** What was wrong with a line or an answer that decoding refused. */
export type FrameProblemKind =
	| 'checksum' // the check byte does not match (ISO 9141-2 / ISO 14230-2 sum, SAE J1850 CRC)
	| 'adapter-checksum' // the adapter marked the line damaged (<DATA ERROR, <RX ERROR)
	| 'malformed' // not whole hex bytes, or a header that cannot be read
	| 'bad-length' // a length field the standard does not allow, or that does not match the bytes
	| 'too-long' // more data bytes than one message may carry on this bus
	| 'incomplete' // a multi-frame or multi-message answer with a part missing
	| 'unknown-protocol';

/** One refused line or answer, kept with the raw exchange for the report. */
export interface FrameProblem {
	readonly kind: FrameProblemKind;
	/** What was wrong, in words a technician reading the raw replies understands. */
	readonly detail: string;
	/** The line as the adapter printed it, when one line is at fault. */
	readonly line?: string;
	/** The answering unit, when known. */
	readonly ecu?: string;
}

export interface ParsedResponse {
	readonly messages: ObdMessage[];
	readonly negatives: NegativeResponse[];
	/** Lines, frames or answers that were refused: never turned into data. */
	readonly problems: FrameProblem[];
}

/** How the adapter prints frames: with headers (ATH1, FobSync's setting) or without; unknown: inferred per line. */
export interface ParseOptions {
	readonly headers?: boolean;
}

/** Negative response codes worth a name (ISO 14229-1 Table A.1, same values in ISO 14230-3). */
export const NEGATIVE_RESPONSE_CODES: Readonly<Record<number, string>> = {
	0x10: 'general reject',
	0x11: 'service not supported',
	0x12: 'sub-function not supported',
	0x13: 'incorrect message length or format',
	0x21: 'busy, repeat request',
	0x22: 'conditions not correct',
	0x31: 'request out of range',
	0x33: 'security access denied',
	0x78: 'response pending'
};
