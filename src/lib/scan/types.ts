import type { AdapterIdentity } from '../elm327/types';
import type { FrameProblem, NegativeResponse } from '../obd';
import type { BatteryVerdict, Confidence, KeyStatusItem, VehicleInfo } from '../vehicle/types';

// Shared with the vehicle layer, which sits below the scan; defined there.
export type { BatteryVerdict, Confidence, KeyStatusItem, VehicleInfo };

export type IgnitionState = 'off' | 'on' | 'running' | 'unknown';

export type DtcKind = 'stored' | 'pending' | 'permanent';

/**
 * Whether any computer in the car answered. 'silent': the adapter answers
 * but no computer does (usually the ignition is off, or the car does not
 * speak a protocol this adapter knows); 'ignition-off': the same, and the
 * adapter senses no switched power on its ignition pin.
 */
export type CarContact = 'answered' | 'silent' | 'ignition-off';

/**
 * How one trouble-code read went, so "no codes" (read, none stored) is never
 * confused with "not read": 'no-answer' (NO DATA or an adapter error),
 * 'refused' (the computer answered 7F), 'incomplete' (part of the answer was
 * damaged or missing; nothing from it is used), 'not-asked' (the service does
 * not apply, e.g. permanent codes on a K-line car, or no computer answered).
 */
export type DtcReadOutcome = 'read' | 'no-answer' | 'refused' | 'incomplete' | 'not-asked';

export interface ReportDtc {
	/** e.g. "P0513". */
	readonly code: string;
	readonly kind: DtcKind;
	readonly description?: string;
	readonly keyRelated: boolean;
	/** Address of the ECU that reported it, e.g. "7E8" or "10". */
	readonly ecu?: string;
}

export interface ReportEcu {
	/** Response address as the adapter prints it: "7E8", "18DAF110", or the K-line source "10". */
	readonly address: string;
	/** Mode 09 PID 0A name, or a generic name derived from the address. */
	readonly name?: string;
	readonly calibrationIds: readonly string[];
	readonly cvns: readonly string[];
}

export interface VehicleReport {
	readonly adapter: AdapterIdentity;
	/** Protocol as ATDPN prints it, without the leading 'A' (auto), and its name. */
	readonly protocol: { readonly code: string; readonly name: string } | null;
	/** Protocols tried, in order, with the outcome of each. */
	readonly protocolAttempts: readonly { code: string; name: string; ok: boolean; detail: string }[];
	readonly vin: string | null;
	readonly vinSource: 'mode09' | 'manual' | null;
	readonly vinValid: boolean | null;
	readonly vehicle: VehicleInfo | null;
	readonly batteryVolts: number | null;
	readonly battery: { readonly verdict: BatteryVerdict; readonly advice: string };
	readonly ignition: IgnitionState;
	readonly ignitionSource: string;
	readonly rpm: number | null;
	readonly milOn: boolean | null;
	/** Service 01 readings the car reported (null where not supported). */
	readonly live: {
		readonly dtcCount: number | null;
		readonly coolantC: number | null;
		readonly speedKmh: number | null;
		readonly runTimeS: number | null;
		readonly moduleVolts: number | null;
	};
	readonly dtcs: readonly ReportDtc[];
	/**
	 * The OBD rules the engine computer says it was built to (PID 1C, e.g. "OBD-II
	 * as defined by CARB"); technical, so shown behind Details. Absent when not
	 * reported.
	 */
	readonly obdStandard?: string;
	/** Whether any computer answered at all; with `dtcReads`, tells "no computer answered" from "no codes". */
	readonly contact: CarContact;
	/** One entry per trouble-code service (stored, pending, permanent), in that order. */
	readonly dtcReads: readonly { readonly kind: DtcKind; readonly outcome: DtcReadOutcome }[];
	readonly ecus: readonly ReportEcu[];
	readonly keyStatus: readonly KeyStatusItem[];
	readonly notes: readonly string[];
	/** Every command the scan sent with its raw reply lines or error code, in order ("raw values on demand"). */
	readonly raw: readonly RawExchange[];
	/** Number of adapter commands the scan sent (after initialisation). */
	readonly commandCount: number;
	readonly startedAt: string;
	readonly durationMs: number;
}

export interface RawExchange {
	readonly command: string;
	readonly lines: readonly string[];
	/** AdapterError code when the command failed (e.g. 'no-data'). */
	readonly error?: string;
	readonly ms: number;
	/** Refusals in the reply (`7F <service> <code>`), kept rather than counted and dropped. */
	readonly negatives?: readonly NegativeResponse[];
	/** Lines or answers decoding refused (bad checksum, damaged, malformed, incomplete), with the line. */
	readonly problems?: readonly FrameProblem[];
}

export type ScanStage =
	'voltage' | 'protocol' | 'status' | 'vin' | 'ecus' | 'dtcs' | 'engine' | 'done';

export interface ScanProgress {
	readonly stage: ScanStage;
	/** 0..1 */
	readonly fraction: number;
	/** Plain-language line for the screen, e.g. "Waking the engine computer (K-line, can take 5 s)". */
	readonly message: string;
}
