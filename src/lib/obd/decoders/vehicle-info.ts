import { bytesToHex } from '../../codec/hex';

/**
 * Service 09 InfoType 02, the VIN (SAE J1979 §6.9): 17 ASCII characters after
 * `49 02`, preceded on CAN by a count byte (01) and on legacy cars by the
 * padding of the first numbered message (00 00 00). Some cars pad with more
 * zeros; the VIN is the last 17 characters once non-printables are dropped.
 */
export function decodeVinData(data: Uint8Array): string | null {
	if (data[0] !== 0x49 || data[1] !== 0x02) return null;
	const text = ascii(data.subarray(2));
	const vin = text.slice(-17);
	return /^[A-HJ-NPR-Z0-9]{17}$/.test(vin) ? vin : null;
}

/**
 * InfoType 04, calibration IDs: 16 ASCII bytes each, NUL padded, after `49 04`
 * and (CAN) a count byte. Several IDs per ECU are possible.
 */
export function decodeCalibrationIds(data: Uint8Array): string[] {
	if (data[0] !== 0x49 || data[1] !== 0x04) return [];
	const body = stripCount(data.subarray(2), 16);
	const out: string[] = [];
	for (let i = 0; i + 16 <= body.length; i += 16) {
		const id = ascii(body.subarray(i, i + 16)).trim();
		if (id) out.push(id);
	}
	return out;
}

/** InfoType 06, calibration verification numbers: 4 bytes each, shown as 8 hex digits. */
export function decodeCvns(data: Uint8Array): string[] {
	if (data[0] !== 0x49 || data[1] !== 0x06) return [];
	const body = stripCount(data.subarray(2), 4);
	const out: string[] = [];
	for (let i = 0; i + 4 <= body.length; i += 4) {
		out.push(bytesToHex(body.subarray(i, i + 4), ''));
	}
	return out;
}

/**
 * InfoType 0A, ECU name: 20 bytes, a 4-character acronym, '-' (or NUL), then a
 * name, NUL padded (SAE J1979 Table: "ECUNAME"), e.g. "ECM\0-EngineControl".
 */
export function decodeEcuName(data: Uint8Array): string | null {
	if (data[0] !== 0x49 || data[1] !== 0x0a) return null;
	const body = stripCount(data.subarray(2), 20);
	if (body.length < 20) return null;
	const acronym = ascii(body.subarray(0, 4)).trim();
	const name = ascii(body.subarray(5, 20)).trim();
	if (!acronym && !name) return null;
	return name ? `${name}${acronym ? ` (${acronym})` : ''}` : acronym;
}

/** Drops a leading count byte when the rest is a whole number of `size`-byte items. */
function stripCount(body: Uint8Array, size: number): Uint8Array {
	if (body.length % size === 1) return body.subarray(1);
	if (body.length % size === 3 && body[0] === 0 && body[1] === 0 && body[2] === 0)
		return body.subarray(3);
	return body;
}

/** Printable ASCII only: NULs and padding disappear. */
function ascii(bytes: Uint8Array): string {
	let s = '';
	for (const b of bytes) if (b >= 0x20 && b < 0x7f) s += String.fromCharCode(b);
	return s;
}
