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

export interface ParsedResponse {
	readonly messages: ObdMessage[];
	readonly negatives: NegativeResponse[];
	/** Lines or frames that could not be used, in plain words (for the transcript and tests). */
	readonly problems: string[];
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
