import { dtcToBytes } from '../codec/dtc-bytes';

/** Trouble codes held by one simulated control unit, by service. */
export interface SimDtcs {
	stored: string[];
	pending: string[];
	permanent: string[];
}

export interface SimEcuSpec {
	/** CAN response id for 11-bit (e.g. 0x7E8); the 29-bit and K-line source address derive from it. */
	canId: number;
	/** Source address on 29-bit CAN and K-line (0x10 engine, 0x18 transmission; ISO 15765-4 / SAE J2178). */
	address: number;
	/** Service 01 PIDs it answers, with a function giving the data bytes (after the PID byte). */
	pids: Record<number, (car: CarReadings) => number[]>;
	/** Service 09 infotypes and their CAN-style payload after the infotype byte; null: no service 09. */
	info: Record<number, number[]> | null;
	dtcs: SimDtcs;
	/** Whether it answers service 0A (permanent codes). */
	permanent: boolean;
}

/** What the simulated engine reports, shared by every module. */
export interface CarReadings {
	readonly rpm: number;
	readonly coolantC: number;
	readonly speedKmh: number;
	readonly runTimeS: number;
	readonly volts: number;
	readonly milOn: boolean;
	readonly storedCount: number;
}

/** A simulated OBD-answering control unit: request bytes in, CAN-style answer bytes out. */
export class SimEcu {
	constructor(readonly spec: SimEcuSpec) {}

	/** The answer payload (from the response service byte), or null for silence. */
	answer(request: Uint8Array, car: CarReadings): number[] | null {
		const service = request[0];
		switch (service) {
			case 0x01:
				return this.#service01(request.subarray(1), car);
			case 0x03:
				return dtcAnswer(0x43, this.spec.dtcs.stored);
			case 0x07:
				return dtcAnswer(0x47, this.spec.dtcs.pending);
			case 0x0a:
				return this.spec.permanent ? dtcAnswer(0x4a, this.spec.dtcs.permanent) : [0x7f, 0x0a, 0x11];
			case 0x09: {
				if (!this.spec.info) return null;
				const infotype = request[1];
				if (infotype === undefined) return null;
				if (infotype === 0x00)
					return [0x49, 0x00, ...bitmap(Object.keys(this.spec.info).map(Number), 0)];
				const data = this.spec.info[infotype];
				return data ? [0x49, infotype, ...data] : null;
			}
			default:
				return [0x7f, service ?? 0, 0x11];
		}
	}

	#service01(pids: Uint8Array, car: CarReadings): number[] | null {
		const out = [0x41];
		for (const pid of pids) {
			if (pid % 0x20 === 0) {
				const supported = Object.keys(this.spec.pids).map(Number);
				const inRange = supported.filter((p) => p > pid && p <= pid + 0x20);
				// A range is answered only when the previous bitmap announced it (J1979).
				if (pid !== 0 && !supported.includes(pid)) continue;
				if (inRange.length === 0 && pid !== 0) continue;
				out.push(pid, ...bitmap(supported, pid));
				continue;
			}
			const f = this.spec.pids[pid];
			if (f) out.push(pid, ...f(car));
		}
		return out.length > 1 ? out : null;
	}
}

/** Supported-PID bitmap for the 32 PIDs after `base` (SAE J1979 PID 00). */
export function bitmap(supported: number[], base: number): number[] {
	const bytes = [0, 0, 0, 0];
	for (const p of supported) {
		const i = p - base - 1;
		if (i >= 0 && i < 32) bytes[i >> 3]! |= 0x80 >> (i & 7);
	}
	return bytes;
}

/** CAN-style trouble-code answer: service byte, count, two bytes per code (SAE J2012). */
export function dtcAnswer(sid: number, codes: string[]): number[] {
	const pairs = codes.map(dtcToBytes).filter((p) => p !== null);
	return [sid, pairs.length, ...pairs.flat()];
}
