/**
 * Service 01 data lengths in bytes, for splitting multi-PID answers
 * (SAE J1979 / ISO 15031-5 Annex B). Only PIDs with a fixed length are listed.
 */
export const PID_DATA_LENGTH: Readonly<Record<number, number>> = {
	0x00: 4,
	0x01: 4,
	0x02: 2,
	0x03: 2,
	0x04: 1,
	0x05: 1,
	0x06: 1,
	0x07: 1,
	0x08: 1,
	0x09: 1,
	0x0a: 1,
	0x0b: 1,
	0x0c: 2,
	0x0d: 1,
	0x0e: 1,
	0x0f: 1,
	0x10: 2,
	0x11: 1,
	0x12: 1,
	0x13: 1,
	0x1c: 1,
	0x1d: 1,
	0x1e: 1,
	0x1f: 2,
	0x20: 4,
	0x21: 2,
	0x2f: 1,
	0x30: 1,
	0x31: 2,
	0x33: 1,
	0x40: 4,
	0x42: 2,
	0x46: 1,
	0x4d: 2,
	0x4e: 2,
	0x51: 1,
	0x60: 4,
	0x80: 4,
	0xa0: 4,
	0xc0: 4
};

/**
 * Supported-PID bitmap: `pid A B C D` where `pid` is 00, 20, 40 … and bit 7 of
 * A stands for pid+1, bit 0 of D for pid+32 (SAE J1979 §6.1, PID 00).
 * Accepts `pid A B C D` or a whole answer starting with the service byte (41/49).
 */
export function supportedFromBitmap(d: Uint8Array): number[] {
	let base: number | undefined;
	let bits: Uint8Array;
	if (d[0] === 0x41 || d[0] === 0x49) {
		base = d[1];
		// Non-CAN service 09 answers carry a message counter before the data (SAE J1979 non-CAN format).
		bits = d[0] === 0x49 && d.length >= 7 ? d.subarray(3, 7) : d.subarray(2, 6);
	} else {
		base = d[0];
		bits = d.subarray(1, 5);
	}
	if (base === undefined || base % 0x20 !== 0 || bits.length < 4) return [];
	const out: number[] = [];
	for (let i = 0; i < 4; i++) {
		const byte = bits[i]!;
		for (let bit = 0; bit < 8; bit++) if (byte & (0x80 >> bit)) out.push(base + i * 8 + bit + 1);
	}
	return out;
}

/** PID 0C engine speed: (256·A + B) / 4 rpm. Input: `0C A B`. */
export function decodeRpm(d: Uint8Array): number | null {
	return d.length >= 3 ? (d[1]! * 256 + d[2]!) / 4 : null;
}

export interface MonitorStatus {
	readonly milOn: boolean;
	readonly dtcCount: number;
	readonly compressionIgnition: boolean;
}

/**
 * PID 01 monitor status since codes cleared: A7 = MIL on, A6..A0 = number of
 * confirmed codes; B3 = compression ignition (SAE J1979 PID 01). Input: `01 A B C D`.
 */
export function decodeMonitorStatus(d: Uint8Array): MonitorStatus | null {
	if (d.length < 5) return null;
	return {
		milOn: (d[1]! & 0x80) !== 0,
		dtcCount: d[1]! & 0x7f,
		compressionIgnition: (d[2]! & 0x08) !== 0
	};
}

/** PID 1C: which OBD requirements the vehicle was designed to (SAE J1979 Table A7, common values). */
const OBD_STANDARDS: Readonly<Record<number, string>> = {
	1: 'OBD-II as defined by CARB',
	2: 'OBD as defined by the EPA',
	3: 'OBD and OBD-II',
	4: 'OBD-I',
	5: 'no OBD requirement',
	6: 'EOBD (Europe)',
	7: 'EOBD and OBD-II',
	8: 'EOBD and OBD',
	9: 'EOBD, OBD and OBD-II',
	10: 'JOBD (Japan)',
	11: 'JOBD and OBD-II',
	12: 'JOBD and EOBD',
	13: 'JOBD, EOBD and OBD-II',
	17: 'Engine Manufacturer Diagnostics (EMD)',
	18: 'EMD+',
	19: 'Heavy Duty On-Board Diagnostics (Child/Partial)',
	20: 'Heavy Duty On-Board Diagnostics',
	21: 'World Wide Harmonized OBD',
	23: 'Heavy Duty Euro OBD Stage I without NOx control',
	24: 'Heavy Duty Euro OBD Stage I with NOx control',
	25: 'Heavy Duty Euro OBD Stage II without NOx control',
	26: 'Heavy Duty Euro OBD Stage II with NOx control',
	28: 'Brazil OBD Phase 1',
	29: 'Brazil OBD Phase 2',
	30: 'Korean OBD',
	31: 'India OBD I',
	32: 'India OBD II',
	33: 'Heavy Duty Euro OBD Stage VI'
};

/** PID 1C → a readable name. Input: `1C A`. */
export function decodeObdStandard(d: Uint8Array): string | null {
	if (d.length < 2) return null;
	return OBD_STANDARDS[d[1]!] ?? `OBD standard code ${d[1]}`;
}
