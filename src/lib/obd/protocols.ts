import { normaliseCommand } from '../codec/command-text';

/** Protocol families, by how their frames look on the ELM327's output. */
export type ProtocolFamily = 'can11' | 'can29' | 'j1850' | 'iso9141' | 'kwp';

export interface ProtocolInfo {
	/** The number `ATDPN` prints (without the leading 'A' for "found automatically"). */
	readonly code: string;
	readonly name: string;
	readonly family: ProtocolFamily | null;
}

/** ELM327 protocol numbers (ELM327 datasheet, "SP h — Set Protocol to h"). */
export const PROTOCOLS: readonly ProtocolInfo[] = [
	{ code: '0', name: 'Automatic', family: null },
	{ code: '1', name: 'SAE J1850 PWM (41.6 kbaud)', family: 'j1850' },
	{ code: '2', name: 'SAE J1850 VPW (10.4 kbaud)', family: 'j1850' },
	{ code: '3', name: 'ISO 9141-2 (5 baud init, 10.4 kbaud)', family: 'iso9141' },
	{ code: '4', name: 'ISO 14230-4 KWP (5 baud init, 10.4 kbaud)', family: 'kwp' },
	{ code: '5', name: 'ISO 14230-4 KWP (fast init, 10.4 kbaud)', family: 'kwp' },
	{ code: '6', name: 'ISO 15765-4 CAN (11 bit ID, 500 kbaud)', family: 'can11' },
	{ code: '7', name: 'ISO 15765-4 CAN (29 bit ID, 500 kbaud)', family: 'can29' },
	{ code: '8', name: 'ISO 15765-4 CAN (11 bit ID, 250 kbaud)', family: 'can11' },
	{ code: '9', name: 'ISO 15765-4 CAN (29 bit ID, 250 kbaud)', family: 'can29' },
	{ code: 'A', name: 'SAE J1939 CAN (29 bit ID, 250 kbaud)', family: 'can29' },
	{ code: 'B', name: 'USER1 CAN (11 bit ID, 125 kbaud)', family: 'can11' },
	{ code: 'C', name: 'USER2 CAN (11 bit ID, 50 kbaud)', family: 'can11' }
];

/** The table row for `code`; an unknown code gets a generic row rather than a crash. */
export function protocolInfo(code: string): ProtocolInfo {
	const c = code.trim().toUpperCase();
	return PROTOCOLS.find((p) => p.code === c) ?? { code: c, name: `Protocol ${c}`, family: null };
}

export function isCan(code: string): boolean {
	const f = protocolInfo(code).family;
	return f === 'can11' || f === 'can29';
}

/**
 * Parses `ATDPN` output: "A6" means protocol 6 found by the automatic search,
 * "6" means protocol 6 set explicitly (ELM327 datasheet, "DPN").
 */
export function parseDpn(text: string): { auto: boolean; code: string | null } {
	const t = normaliseCommand(text);
	const m = /^(A?)([0-9A-C])$/.exec(t);
	if (!m) return { auto: false, code: null };
	return { auto: m[1] === 'A', code: m[2]! };
}
