import {
	decodeMonitorStatus,
	decodeObdStandard,
	decodeRpm,
	isCan,
	PID_DATA_LENGTH,
	supportedFromBitmap,
	type ObdMessage
} from '../obd';
import { hex } from '../codec/hex';
import type { Exchange } from './exchange';

/**
 * The mode 01 PIDs the report uses: monitor status (MIL, code count), engine
 * speed, coolant, vehicle speed, OBD standard, run time, module voltage.
 */
export const LIVE_PIDS = [0x01, 0x0c, 0x05, 0x0d, 0x1c, 0x1f, 0x42] as const;

/**
 * ISO 15765-4 lets one service 01 request carry up to six PIDs (SAE J1979,
 * "multiple PIDs per request", CAN only); K-line and J1850 take one PID each.
 */
const MAX_PIDS_PER_CAN_REQUEST = 6;

/** Supported mode 01 PIDs, the union over every ECU, from the 00/20/40 bitmaps. */
export async function readSupportedPids(
	x: Exchange,
	protocolCode: string,
	first0100: ObdMessage[]
): Promise<Set<number>> {
	const supported = new Set<number>();
	const add = (messages: ObdMessage[]) => {
		for (const m of messages) for (const [, d] of splitPids(m.data)) addBitmap(d);
	};
	const addBitmap = (pidAndData: Uint8Array) => {
		for (const pid of supportedFromBitmap(pidAndData)) supported.add(pid);
	};
	add(first0100);
	if (!supported.has(0x20)) return supported;
	if (isCan(protocolCode)) {
		// 0120 and 0140 in one request: an ECU answers only the ranges it has.
		// Some emulators and clones reject multi-PID requests; then ask one by one.
		const both = await x.ask('012040');
		if (both.ok) add(x.decode(both, protocolCode).messages);
		if (both.ok && supportedHas(supported, 0x21, 0x40)) return supported;
	}
	for (const base of [0x20, 0x40]) {
		if (!supported.has(base)) break;
		const answer = await x.ask(`01${hex(base)}`);
		if (!answer.ok) break;
		add(x.decode(answer, protocolCode).messages);
	}
	return supported;
}

export interface LiveData {
	milOn: boolean | null;
	dtcCount: number | null;
	rpm: number | null;
	coolantC: number | null;
	speedKmh: number | null;
	obdStandard: string | null;
	runTimeS: number | null;
	moduleVolts: number | null;
}

/** Reads the supported live PIDs, packing them into as few requests as the protocol allows. */
export async function readLiveData(
	x: Exchange,
	protocolCode: string,
	supported: Set<number>
): Promise<LiveData> {
	const wanted = LIVE_PIDS.filter((p) => supported.has(p));
	const groups = isCan(protocolCode)
		? chunk(wanted, MAX_PIDS_PER_CAN_REQUEST)
		: wanted.map((p) => [p]);
	const values = new Map<number, Uint8Array>();
	const ask = async (pids: number[]) => {
		const answer = await x.ask('01' + pids.map((p) => hex(p)).join(''));
		if (!answer.ok) return;
		for (const m of x.decode(answer, protocolCode).messages) {
			for (const [pid, data] of splitPids(m.data)) if (!values.has(pid)) values.set(pid, data);
		}
	};
	for (const group of groups) {
		await ask(group);
		// A multi-PID request that came back empty was probably refused as a whole
		// (clones, emulators): fall back to one PID per request for this group.
		if (group.length > 1 && !group.some((p) => values.has(p))) {
			for (const pid of group) await ask([pid]);
		}
	}
	const status = values.has(0x01) ? decodeMonitorStatus(values.get(0x01)!) : null;
	return {
		milOn: status?.milOn ?? null,
		dtcCount: status?.dtcCount ?? null,
		rpm: values.has(0x0c) ? decodeRpm(values.get(0x0c)!) : null,
		coolantC: byte(values.get(0x05), (a) => a - 40),
		speedKmh: byte(values.get(0x0d), (a) => a),
		obdStandard: values.has(0x1c) ? decodeObdStandard(values.get(0x1c)!) : null,
		runTimeS: word(values.get(0x1f), (v) => v),
		moduleVolts: word(values.get(0x42), (v) => v / 1000)
	};
}

/**
 * Splits a service 01 answer `41 p1 d… p2 d…` into [pid, pid+data] pairs by
 * the known data length of each PID (SAE J1979 Annex B). Stops at the first
 * PID of unknown length rather than guess.
 */
export function splitPids(data: Uint8Array): [number, Uint8Array][] {
	const out: [number, Uint8Array][] = [];
	if (data[0] !== 0x41) return out;
	let i = 1;
	while (i < data.length) {
		const pid = data[i]!;
		const len = PID_DATA_LENGTH[pid];
		if (len === undefined || i + 1 + len > data.length) break;
		out.push([pid, data.subarray(i, i + 1 + len)]);
		i += 1 + len;
	}
	return out;
}

/** Whether any PID in [from, to] is known supported: the ranges beyond 0x20 were read. */
function supportedHas(supported: Set<number>, from: number, to: number): boolean {
	for (let p = from; p <= to; p++) if (supported.has(p)) return true;
	return false;
}

function byte(d: Uint8Array | undefined, f: (a: number) => number): number | null {
	return d && d.length >= 2 ? f(d[1]!) : null;
}
function word(d: Uint8Array | undefined, f: (v: number) => number): number | null {
	return d && d.length >= 3 ? f(d[1]! * 256 + d[2]!) : null;
}
function chunk<T>(items: readonly T[], size: number): T[][] {
	const out: T[][] = [];
	for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
	return out;
}
