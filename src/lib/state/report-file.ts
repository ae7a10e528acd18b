import type { AttemptEntry, AttemptOutcome, GuideSummary, KeyOutcome } from '../resync/types';
import type { FrameProblemKind } from '../obd/obd-message';
import type { VehicleReport } from '../scan/types';

/**
 * The saved report: what "Save for a shop" writes and "Open a saved report"
 * reads back, and what the device keeps between visits. A file is untrusted
 * input (it may be edited, truncated or not ours at all), so `parseSavedReport`
 * checks every field the screens use, and rejects the whole file on the first
 * problem rather than showing half of it.
 */
export interface SavedReport {
	readonly format: typeof FORMAT;
	readonly version: 1;
	/** When the car was read (ISO 8601); the report's own start time. */
	readonly savedAt: string;
	readonly report: VehicleReport;
	/** What the resync guide tried and its outcome; null when the guide was not used. */
	readonly guide: GuideSummary | null;
	/** Set when trouble codes were cleared from the expert console (absent in older files). */
	readonly codesCleared?: CodesCleared;
}

/** A trouble-code clear sent from the expert console after the owner confirmed it. */
export interface CodesCleared {
	/** When the clear request went to the car (ISO 8601). */
	readonly at: string;
	readonly from: 'expert-console';
}

export const FORMAT = 'fobsync-report';

const FRAME_PROBLEMS = [
	'checksum',
	'adapter-checksum',
	'malformed',
	'bad-length',
	'too-long',
	'incomplete',
	'unknown-protocol'
] as const satisfies readonly FrameProblemKind[];
/** Far above any real report (a K-line scan with every raw reply is about 20 KB). */
export const MAX_FILE_BYTES = 2_000_000;

/**
 * A file that is not a FobSync report: `message` in plain words for the screen,
 * `detail` (the field that failed, e.g. "report.raw[3].lines is not a list")
 * for whoever opens the Details disclosure, or null.
 */
export class ReportFileError extends Error {
	override readonly name = 'ReportFileError';
	readonly detail: string | null;

	constructor(message: string, detail: string | null = null) {
		super(message);
		this.detail = detail;
	}
}

export function toSavedReport(
	report: VehicleReport,
	guide: GuideSummary | null,
	codesCleared: CodesCleared | null = null
): SavedReport {
	return {
		format: FORMAT,
		version: 1,
		savedAt: report.startedAt,
		report,
		guide,
		// Only when there was a clear: files without one stay as they were.
		...(codesCleared ? { codesCleared } : {})
	};
}

export function serialiseSavedReport(saved: SavedReport): string {
	return JSON.stringify(saved, null, 2);
}

/**
 * Reads a saved report from text. Accepts this format and the bare report
 * JSON that earlier versions saved. Throws ReportFileError with a plain reason.
 */
export function parseSavedReport(text: string): SavedReport {
	if (text.length > MAX_FILE_BYTES) {
		throw new ReportFileError('This file is far too large to be a FobSync report.');
	}
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		throw new ReportFileError('This file is not a FobSync report: it is not readable as one.');
	}
	const ours = isObject(data) && data.format === FORMAT;
	try {
		if (isObject(data) && ours) {
			if (data.version !== 1) {
				throw new ReportFileError(
					'This report was saved by a newer FobSync. Reload the page to update, then open it again.'
				);
			}
			const report = checkReport(data.report, 'report');
			return {
				format: FORMAT,
				version: 1,
				savedAt: isoDate(data.savedAt, 'savedAt'),
				report,
				guide: data.guide === null || data.guide === undefined ? null : checkGuide(data.guide),
				...(data.codesCleared === null || data.codesCleared === undefined
					? {}
					: { codesCleared: checkCleared(data.codesCleared) })
			};
		}
		const report = checkReport(data, 'report');
		return { format: FORMAT, version: 1, savedAt: report.startedAt, report, guide: null };
	} catch (error) {
		if (error instanceof ReportFileError) throw error;
		// The field path is for an expert, behind Details; the owner gets one plain sentence.
		throw new ReportFileError(
			ours
				? 'This file was changed after it was saved, so FobSync cannot trust it.'
				: 'This file is not a FobSync report, or it was changed after it was saved, so FobSync cannot trust it.',
			(error as Error).message
		);
	}
}

// ── field checks: each returns the value typed, or throws naming the field ──

type Obj = Record<string, unknown>;

function isObject(v: unknown): v is Obj {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function obj(v: unknown, at: string): Obj {
	if (!isObject(v)) throw new Error(`${at} is missing`);
	return v;
}
function str(v: unknown, at: string, max = 2000): string {
	if (typeof v !== 'string' || v.length > max) throw new Error(`${at} is not a text`);
	return v;
}
function strOrNull(v: unknown, at: string, max = 2000): string | null {
	return v === null || v === undefined ? null : str(v, at, max);
}
function num(v: unknown, at: string): number {
	if (typeof v !== 'number' || !Number.isFinite(v)) throw new Error(`${at} is not a number`);
	return v;
}
function numOrNull(v: unknown, at: string): number | null {
	return v === null || v === undefined ? null : num(v, at);
}
function bool(v: unknown, at: string): boolean {
	if (typeof v !== 'boolean') throw new Error(`${at} is not true or false`);
	return v;
}
function boolOrNull(v: unknown, at: string): boolean | null {
	return v === null || v === undefined ? null : bool(v, at);
}
function oneOf<T extends string>(v: unknown, options: readonly T[], at: string): T {
	if (typeof v !== 'string' || !(options as readonly string[]).includes(v)) {
		throw new Error(`${at} has an unknown value`);
	}
	return v as T;
}
function list<T>(v: unknown, at: string, each: (x: unknown, at: string) => T, max = 5000): T[] {
	if (!Array.isArray(v) || v.length > max) throw new Error(`${at} is not a list`);
	return v.map((x, i) => each(x, `${at}[${i}]`));
}
function isoDate(v: unknown, at: string): string {
	const s = str(v, at, 40);
	if (!/^\d{4}-\d\d-\d\dT/.test(s) || Number.isNaN(Date.parse(s))) {
		throw new Error(`${at} is not a date`);
	}
	return s;
}

const CONFIDENCE = ['M', 'C', 'S', 'U'] as const;
const OLD_OBD_NOTE = /^The engine computer follows (.+)\.$/;

/** `obdStandard`, or the note older versions wrote instead ("The engine computer follows …"). */
function obdStandardOf(r: Obj): { obdStandard?: string } {
	if (r.obdStandard !== undefined) return { obdStandard: str(r.obdStandard, 'obdStandard', 100) };
	const notes = Array.isArray(r.notes) ? r.notes : [];
	for (const n of notes) {
		const old = typeof n === 'string' ? OLD_OBD_NOTE.exec(n) : null;
		if (old?.[1]) return { obdStandard: old[1].slice(0, 100) };
	}
	return {};
}
const FACT_FIELDS = ['body', 'engine', 'steering', 'market', 'plant'] as const;

/** The vehicle rows' own marks: known fields only, each a known mark. */
function checkMarks(v: unknown): NonNullable<NonNullable<VehicleReport['vehicle']>['marks']> {
	const o = obj(v, 'vehicle.marks');
	const out: Partial<Record<(typeof FACT_FIELDS)[number], (typeof CONFIDENCE)[number]>> = {};
	for (const [key, mark] of Object.entries(o)) {
		const field = oneOf(key, FACT_FIELDS, 'vehicle.marks');
		out[field] = oneOf(mark, CONFIDENCE, `vehicle.marks.${field}`);
	}
	return out;
}

function checkReport(v: unknown, at: string): VehicleReport {
	const r = obj(v, at);
	const a = obj(r.adapter, `${at}.adapter`);
	const supports = obj(a.supports, `${at}.adapter.supports`);
	const adapter: VehicleReport['adapter'] = {
		identity: str(a.identity, 'adapter.identity', 200),
		version: strOrNull(a.version, 'adapter.version', 40),
		kind: oneOf(a.kind, ['elm327', 'stn', 'clone', 'unknown'] as const, 'adapter.kind'),
		description: strOrNull(a.description, 'adapter.description', 200),
		stnFirmware: strOrNull(a.stnFirmware, 'adapter.stnFirmware', 200),
		stnDevice: strOrNull(a.stnDevice, 'adapter.stnDevice', 200),
		reasons: list(a.reasons, 'adapter.reasons', (x, p) => str(x, p), 50),
		supports: Object.fromEntries(
			Object.entries(supports).map(([k, x]) => [str(k, 'adapter.supports', 10), bool(x, k)])
		) as VehicleReport['adapter']['supports']
	};
	const p = r.protocol === null ? null : obj(r.protocol, 'protocol');
	const vehicle = r.vehicle === null ? null : obj(r.vehicle, 'vehicle');
	const battery = obj(r.battery, 'battery');
	const live = obj(r.live, 'live');
	return {
		adapter,
		protocol: p
			? { code: str(p.code, 'protocol.code', 4), name: str(p.name, 'protocol.name') }
			: null,
		protocolAttempts: list(r.protocolAttempts, 'protocolAttempts', (x, at2) => {
			const o = obj(x, at2);
			return {
				code: str(o.code, at2, 8),
				name: str(o.name, at2),
				ok: bool(o.ok, at2),
				detail: str(o.detail, at2)
			};
		}),
		vin: strOrNull(r.vin, 'vin', 17),
		vinSource:
			r.vinSource === null ? null : oneOf(r.vinSource, ['mode09', 'manual'] as const, 'vinSource'),
		vinValid: boolOrNull(r.vinValid, 'vinValid'),
		vehicle: vehicle
			? {
					make: strOrNull(vehicle.make, 'vehicle.make', 100),
					model: strOrNull(vehicle.model, 'vehicle.model', 200),
					chassis: strOrNull(vehicle.chassis, 'vehicle.chassis', 40),
					modelYear: numOrNull(vehicle.modelYear, 'vehicle.modelYear'),
					body: strOrNull(vehicle.body, 'vehicle.body', 100),
					engine: strOrNull(vehicle.engine, 'vehicle.engine', 100),
					steering:
						vehicle.steering === null
							? null
							: oneOf(vehicle.steering, ['left', 'right'] as const, 'vehicle.steering'),
					market: strOrNull(vehicle.market, 'vehicle.market', 200),
					plant: strOrNull(vehicle.plant, 'vehicle.plant', 200),
					confidence: oneOf(vehicle.confidence, CONFIDENCE, 'vehicle.confidence'),
					...(vehicle.marks === undefined ? {} : { marks: checkMarks(vehicle.marks) }),
					notes: list(vehicle.notes, 'vehicle.notes', (x, p2) => str(x, p2), 50)
				}
			: null,
		batteryVolts: numOrNull(r.batteryVolts, 'batteryVolts'),
		battery: {
			verdict: oneOf(
				battery.verdict,
				['charging', 'rested-good', 'weak', 'low', 'unknown'] as const,
				'battery.verdict'
			),
			advice: str(battery.advice, 'battery.advice')
		},
		// Files saved before these fields existed: "answered" when some computer is listed.
		contact:
			r.contact === undefined
				? ecusAnswered(r.ecus)
				: oneOf(r.contact, ['answered', 'silent', 'ignition-off'] as const, 'contact'),
		dtcReads:
			r.dtcReads === undefined
				? []
				: list(
						r.dtcReads,
						'dtcReads',
						(x, at2) => {
							const o = obj(x, at2);
							return {
								kind: oneOf(o.kind, ['stored', 'pending', 'permanent'] as const, `${at2}.kind`),
								outcome: oneOf(
									o.outcome,
									['read', 'no-answer', 'refused', 'incomplete', 'not-asked'] as const,
									`${at2}.outcome`
								)
							};
						},
						3
					),
		ignition: oneOf(r.ignition, ['off', 'on', 'running', 'unknown'] as const, 'ignition'),
		ignitionSource: str(r.ignitionSource, 'ignitionSource'),
		rpm: numOrNull(r.rpm, 'rpm'),
		milOn: boolOrNull(r.milOn, 'milOn'),
		live: {
			dtcCount: numOrNull(live.dtcCount, 'live.dtcCount'),
			coolantC: numOrNull(live.coolantC, 'live.coolantC'),
			speedKmh: numOrNull(live.speedKmh, 'live.speedKmh'),
			runTimeS: numOrNull(live.runTimeS, 'live.runTimeS'),
			moduleVolts: numOrNull(live.moduleVolts, 'live.moduleVolts')
		},
		dtcs: list(r.dtcs, 'dtcs', (x, at2) => {
			const o = obj(x, at2);
			const code = str(o.code, `${at2}.code`, 5);
			if (!/^[PCBU][0-9A-F]{4}$/.test(code)) throw new Error(`${at2}.code is not a trouble code`);
			return {
				code,
				kind: oneOf(o.kind, ['stored', 'pending', 'permanent'] as const, `${at2}.kind`),
				description: o.description === undefined ? undefined : str(o.description, at2, 300),
				keyRelated: bool(o.keyRelated, `${at2}.keyRelated`),
				ecu: o.ecu === undefined ? undefined : str(o.ecu, `${at2}.ecu`, 16)
			};
		}),
		ecus: list(r.ecus, 'ecus', (x, at2) => {
			const o = obj(x, at2);
			return {
				address: str(o.address, `${at2}.address`, 16),
				name: o.name === undefined ? undefined : str(o.name, `${at2}.name`, 100),
				calibrationIds: list(o.calibrationIds, at2, (y, p2) => str(y, p2, 40), 50),
				cvns: list(o.cvns, at2, (y, p2) => str(y, p2, 40), 50)
			};
		}),
		keyStatus: list(r.keyStatus, 'keyStatus', (x, at2) => {
			const o = obj(x, at2);
			return {
				subject: str(o.subject, `${at2}.subject`, 200),
				exposed: bool(o.exposed, `${at2}.exposed`),
				...(o.state === undefined
					? {}
					: {
							state: oneOf(
								o.state,
								['ok', 'attention', 'unknown', 'not-readable'] as const,
								`${at2}.state`
							)
						}),
				detail: str(o.detail, `${at2}.detail`),
				confidence: oneOf(o.confidence, CONFIDENCE, `${at2}.confidence`),
				source: o.source === undefined ? undefined : str(o.source, `${at2}.source`)
			};
		}),
		// Reports saved before the field existed carry it as a note at the top of the page.
		...obdStandardOf(r),
		notes: list(r.notes, 'notes', (x, p2) => str(x, p2), 100).filter((n) => !OLD_OBD_NOTE.test(n)),
		raw: list(
			r.raw,
			'raw',
			(x, at2) => {
				const o = obj(x, at2);
				return {
					command: str(o.command, `${at2}.command`, 100),
					lines: list(o.lines, `${at2}.lines`, (y, p2) => str(y, p2, 500), 500),
					error: o.error === undefined ? undefined : str(o.error, `${at2}.error`, 100),
					ms: num(o.ms, `${at2}.ms`),
					...(o.negatives === undefined
						? {}
						: {
								negatives: list(
									o.negatives,
									`${at2}.negatives`,
									(y, p2) => {
										const n = obj(y, p2);
										return {
											ecu: str(n.ecu, `${p2}.ecu`, 16),
											service: num(n.service, `${p2}.service`),
											code: num(n.code, `${p2}.code`),
											meaning: str(n.meaning, `${p2}.meaning`, 300)
										};
									},
									50
								)
							}),
					...(o.problems === undefined
						? {}
						: {
								problems: list(
									o.problems,
									`${at2}.problems`,
									(y, p2) => {
										const f = obj(y, p2);
										return {
											kind: oneOf(f.kind, FRAME_PROBLEMS, `${p2}.kind`),
											detail: str(f.detail, `${p2}.detail`, 500),
											line: f.line === undefined ? undefined : str(f.line, `${p2}.line`, 500),
											ecu: f.ecu === undefined ? undefined : str(f.ecu, `${p2}.ecu`, 16)
										};
									},
									50
								)
							})
				};
			},
			2000
		),
		commandCount: num(r.commandCount, 'commandCount'),
		startedAt: isoDate(r.startedAt, 'startedAt'),
		durationMs: num(r.durationMs, 'durationMs')
	};
}

function ecusAnswered(v: unknown): 'answered' | 'silent' {
	return Array.isArray(v) && v.length > 0 ? 'answered' : 'silent';
}

function checkCleared(v: unknown): CodesCleared {
	const c = obj(v, 'codesCleared');
	if (c.from !== 'expert-console') throw new Error('codesCleared.from is not known');
	return { at: isoDate(c.at, 'codesCleared.at'), from: 'expert-console' };
}

function checkGuide(v: unknown): GuideSummary {
	const g = obj(v, 'guide');
	return {
		procedureId: str(g.procedureId, 'guide.procedureId', 100),
		procedureTitle: str(g.procedureTitle, 'guide.procedureTitle', 300),
		variantId: strOrNull(g.variantId, 'guide.variantId', 100),
		startedAt: isoDate(g.startedAt, 'guide.startedAt'),
		endedAt: g.endedAt === null ? null : isoDate(g.endedAt, 'guide.endedAt'),
		keys: list(
			g.keys,
			'guide.keys',
			(x, at) => {
				const o = obj(x, at);
				return {
					label: str(o.label, `${at}.label`, 100),
					outcome: oneOf<KeyOutcome>(
						o.outcome,
						['confirmed', 'failed', 'skipped', 'not-tried'],
						`${at}.outcome`
					),
					// Each optional field only when the file has it: older files open as they were.
					...(o.tries === undefined ? {} : { tries: count(o.tries, `${at}.tries`) })
				};
			},
			20
		),
		misses: list(g.misses, 'guide.misses', (x, at) => str(x, at, 500), 100),
		attempts: num(g.attempts, 'guide.attempts'),
		result: str(g.result, 'guide.result', 300),
		...(g.shopPathId === undefined
			? {}
			: { shopPathId: strOrNull(g.shopPathId, 'guide.shopPathId', 100) }),
		...(g.gaveUp === undefined ? {} : { gaveUp: str(g.gaveUp, 'guide.gaveUp', 500) }),
		...(g.keysNote === undefined ? {} : { keysNote: str(g.keysNote, 'guide.keysNote', 1000) }),
		...(g.attemptLog === undefined
			? {}
			: { attemptLog: list(g.attemptLog, 'guide.attemptLog', checkAttempt, 200) })
	};
}

const ATTEMPT_OUTCOMES: readonly AttemptOutcome[] = [
	'worked',
	'not-every-key',
	'time-ran-out',
	'no-sign',
	'key-failed',
	'gave-up',
	'shop',
	'stopped',
	'in-progress'
];

function checkAttempt(v: unknown, at: string): AttemptEntry {
	const a = obj(v, at);
	return {
		procedureId: str(a.procedureId, `${at}.procedureId`, 100),
		title: str(a.title, `${at}.title`, 300),
		startedAt: isoDate(a.startedAt, `${at}.startedAt`),
		endedAt: a.endedAt === null ? null : isoDate(a.endedAt, `${at}.endedAt`),
		outcome: oneOf(a.outcome, ATTEMPT_OUTCOMES, `${at}.outcome`),
		reason: str(a.reason, `${at}.reason`, 500)
	};
}

/** A whole number of times (0 or more). */
function count(v: unknown, at: string): number {
	const n = num(v, at);
	if (!Number.isInteger(n) || n < 0) throw new Error(`${at} is not a count`);
	return n;
}
