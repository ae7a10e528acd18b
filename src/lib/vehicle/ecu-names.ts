import { normaliseCommand } from '../codec/command-text';
import { hex } from '../codec/hex';
import type { Sourced } from './sourced';

/**
 * Generic names for the response addresses an ELM327 prints with headers on.
 *
 *   11-bit CAN (ISO 15765-4):   7E8..7EF = ECU #1..#8 (request id + 8)
 *   29-bit CAN (ISO 15765-4):   18 DA F1 xx  = to tester F1 from ECU xx
 *   K-line / J1850 (J1979):     source byte of the header, e.g. 48 6B [10]
 * Engine and transmission are ECU #1/#2 (11-bit) and 10/18 (29-bit, K-line)
 * by recommendation and common practice; the other numbers are not assigned.
 */

export interface EcuAddressInfo extends Sourced {
	/** Plain-language name, e.g. "Engine control module (ECM)". */
	readonly name: string;
	readonly addressing: 'can-11bit' | 'can-29bit' | 'legacy';
}

const CAN_11_SOURCE =
	'ISO 15765-4 11-bit OBD identifiers (7E0-7E7 requests, 7E8-7EF responses; 7E0/7E8 recommended for the ECM, 7E1/7E9 for the TCM); ELM327 datasheet';
const CAN_29_SOURCE =
	'ISO 15765-4 29-bit normal fixed addressing (18DAF1xx = response from ECU xx to the tester F1); ELM327 datasheet';
const LEGACY_SOURCE =
	'SAE J2178-1 physical address ranges as used by J1979 (10-17 engine controllers, 18-1F transmission controllers)';

const ENGINE = 'Engine control module (ECM)';
const TRANSMISSION = 'Transmission control module (TCM)';

/** Name of the module behind a 1-byte node address (29-bit CAN or K-line/J1850 source). */
function nodeName(node: number): { name: string; known: boolean } {
	if (node >= 0x10 && node <= 0x17) return { name: ENGINE, known: true };
	if (node >= 0x18 && node <= 0x1f) return { name: TRANSMISSION, known: true };
	return {
		name: `Module at address ${hex(node)}`,
		known: false
	};
}

/** What a response address tells about the module that answered; null for unrecognised text. */
export function ecuInfoFor(address: string): EcuAddressInfo | null {
	const a = normaliseCommand(address);
	if (/^7E[89A-F]$/.test(a)) {
		const n = Number.parseInt(a.charAt(2), 16) - 7;
		if (n === 1)
			return { name: ENGINE, addressing: 'can-11bit', confidence: 'C', source: CAN_11_SOURCE };
		if (n === 2) {
			return {
				name: TRANSMISSION,
				addressing: 'can-11bit',
				confidence: 'C',
				source: CAN_11_SOURCE
			};
		}
		return {
			name: `Emissions-related module #${n}`,
			addressing: 'can-11bit',
			confidence: 'M',
			source: CAN_11_SOURCE
		};
	}
	const can29 = /^18DAF1([0-9A-F]{2})$/.exec(a);
	if (can29?.[1]) {
		const node = nodeName(Number.parseInt(can29[1], 16));
		return {
			name: node.name,
			addressing: 'can-29bit',
			confidence: node.known ? 'C' : 'M',
			source: CAN_29_SOURCE
		};
	}
	if (/^[0-9A-F]{2}$/.test(a)) {
		const node = nodeName(Number.parseInt(a, 16));
		if (!node.known) return null;
		return { name: node.name, addressing: 'legacy', confidence: 'C', source: LEGACY_SOURCE };
	}
	return null;
}

/** Generic name for a response address ("7E8", "18DAF110", "10"), or null when we cannot tell. */
export function ecuNameFor(address: string): string | null {
	return ecuInfoFor(address)?.name ?? null;
}
