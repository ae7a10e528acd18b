import { dtcFromBytes } from '../../codec/dtc-bytes';

/**
 * Codes from a service 03/07/0A answer (43/47/4A …).
 *
 * Whether a count byte follows the service byte depends on the protocol, not
 * on the length: on CAN it does (ISO 15765-4: `43 02 05 13 C1 67`); on SAE
 * J1850, ISO 9141-2 and ISO 14230-4 it does not, and each message is padded
 * with 00 00 to three codes (SAE J1979 non-CAN: `43 05 13 C1 67 00 00`).
 *
 * Returns null when the answer cannot be whole: a CAN count larger than the
 * codes that came, or a legacy answer with half a code.
 */
export function decodeDtcs(data: Uint8Array, format: { can: boolean }): string[] | null {
	if (data.length < 1 || ![0x43, 0x47, 0x4a].includes(data[0]!)) return null;
	if (format.can) {
		if (data.length < 2) return null;
		const count = data[1]!;
		if (2 + count * 2 > data.length) return null;
		const out: string[] = [];
		for (let i = 0; i < count; i++) out.push(dtcFromBytes(data[2 + i * 2]!, data[3 + i * 2]!));
		return out;
	}
	if ((data.length - 1) % 2 !== 0) return null;
	const out: string[] = [];
	for (let i = 1; i + 1 < data.length; i += 2) {
		const a = data[i]!;
		const b = data[i + 1]!;
		if (a === 0 && b === 0) continue; // padding
		out.push(dtcFromBytes(a, b));
	}
	return out;
}
