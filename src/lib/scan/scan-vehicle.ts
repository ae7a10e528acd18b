import type { Elm327 } from '../elm327/types';
import {
	decodeCalibrationIds,
	decodeCvns,
	decodeDtcs,
	decodeEcuName,
	decodeVinData,
	isCan,
	parseResponse,
	supportedFromBitmap,
	type ObdMessage
} from '../obd';
import { describeDtc, ecuNameFor, interpretBattery } from '../vehicle';
import { Exchange } from './exchange';
import { findProtocol } from './find-protocol';
import { inferIgnition } from './ignition';
import { buildKeyStatus } from './key-status';
import { readLiveData, readSupportedPids } from './live-data';
import { progressReporter } from './progress';
import { identifyVehicle } from './vehicle-identity';
import type { DtcKind, ReportDtc, ReportEcu, ScanProgress, VehicleReport } from './types';

/** Shown when the car gives no VIN; removed again once the user types one. */
export const NO_VIN_NOTE =
	'This car does not report its VIN over OBD-II (common before about 2005). Type it in from the windscreen base or the registration document to identify the car.';

export interface ScanOptions {
	signal?: AbortSignal;
	onProgress?: (p: ScanProgress) => void;
	/** A protocol code remembered for this car: tried first, then the automatic search. */
	protocolHint?: string;
	/** A VIN the user typed, used when the car does not report one. */
	manualVin?: string;
	/** Clock, injectable for tests. */
	now?: () => number;
}

/** Service bytes of the read-only DTC services and what they hold (SAE J1979). */
const DTC_SERVICES: readonly { request: string; kind: DtcKind; canOnly: boolean }[] = [
	{ request: '03', kind: 'stored', canOnly: false },
	{ request: '07', kind: 'pending', canOnly: false },
	// Permanent codes (service 0A) came with CAN-era cars (MY2010+ in the US); older
	// K-line cars answer nothing but cost a slow NO DATA, so they are not asked.
	{ request: '0A', kind: 'permanent', canOnly: true }
];

/**
 * One read-only pass over the car behind `elm`: battery, protocol, supported
 * data, status, VIN, control units, trouble codes and what the adapter cannot
 * reach. Only asks for what the car says it supports (except the VIN, worth
 * one try even without a mode 09 bitmap). Throws only when the link is lost or
 * the scan is aborted; every other failure becomes part of the report.
 */
export async function scanVehicle(elm: Elm327, options: ScanOptions = {}): Promise<VehicleReport> {
	const now = options.now ?? (() => Date.now());
	const started = now();
	const x = new Exchange(elm, options.signal, now);
	const report = progressReporter(options.onProgress);
	const notes: string[] = [];

	// 1. Battery at the socket (ATRV reads the adapter's supply pin, ±2 %: DOMAIN.md §6).
	report('voltage', 'Reading the battery voltage…');
	const batteryVolts = elm.adapter.supports.RV ? parseVolts(await x.ask('ATRV')) : null;

	// 2. Reach the car; AT IGN only matters when the car stays silent.
	let ignPin: 'on' | 'off' | null = null;
	const outcome = await findProtocol(x, {
		hint: options.protocolHint,
		report,
		beforeFallbacks: async () => {
			if (!elm.adapter.supports.IGN) return false;
			ignPin = parseIgn(await x.ask('ATIGN'));
			return ignPin === 'off';
		}
	});
	const protocol = outcome.protocol;

	let milOn: boolean | null = null;
	let rpm: number | null = null;
	let live: VehicleReport['live'] = {
		dtcCount: null,
		coolantC: null,
		speedKmh: null,
		runTimeS: null,
		moduleVolts: null
	};
	const dtcs: ReportDtc[] = [];
	const ecus = new Map<string, { name?: string; calibrationIds: string[]; cvns: string[] }>();
	let reportedVin: string | null = null;

	if (protocol && outcome.first0100) {
		const can = isCan(protocol.code);
		const first = parse(outcome.first0100, protocol.code);
		for (const m of first) ecus.set(m.ecu, { calibrationIds: [], cvns: [] });

		// 3. What the car supports, then its status and engine data.
		report('status', 'Reading the engine computer status…');
		const supported = await readSupportedPids(x, protocol.code, first);
		const data = await readLiveData(x, protocol.code, supported);
		milOn = data.milOn;
		rpm = data.rpm;
		const { dtcCount, coolantC, speedKmh, runTimeS, moduleVolts } = data;
		live = { dtcCount, coolantC, speedKmh, runTimeS, moduleVolts };
		if (data.obdStandard) notes.push(`The engine computer follows ${data.obdStandard}.`);

		// 4. Vehicle information (service 09): the support bitmap, then the VIN regardless.
		report('vin', 'Reading the VIN…');
		const info09 = await x.ask('0900');
		const infotypes = new Set<number>();
		if (info09.ok) {
			for (const m of parse(info09.lines, protocol.code)) {
				for (const t of supportedFromBitmap(m.data)) infotypes.add(t);
			}
		}
		const vinAnswer = await x.ask('0902');
		if (vinAnswer.ok) {
			for (const m of parse(vinAnswer.lines, protocol.code)) {
				reportedVin ??= decodeVinData(m.data);
			}
		}
		if (!reportedVin) {
			notes.push(NO_VIN_NOTE);
		}

		// 5. Control units: names, calibration IDs and CVNs where supported.
		report('ecus', 'Reading control unit names and calibrations…');
		if (infotypes.has(0x04)) {
			await collect(x, '0904', protocol.code, ecus, (e, d) =>
				e.calibrationIds.push(...decodeCalibrationIds(d))
			);
		}
		if (infotypes.has(0x06)) {
			await collect(x, '0906', protocol.code, ecus, (e, d) => e.cvns.push(...decodeCvns(d)));
		}
		if (infotypes.has(0x0a)) {
			await collect(x, '090A', protocol.code, ecus, (e, d) => {
				e.name = decodeEcuName(d) ?? e.name;
			});
		}

		// 6. Trouble codes.
		report('dtcs', 'Reading trouble codes…');
		for (const service of DTC_SERVICES) {
			if (service.canOnly && !can) continue;
			const answer = await x.ask(service.request);
			if (!answer.ok) continue;
			for (const m of parse(answer.lines, protocol.code)) {
				for (const code of decodeDtcs(m.data)) {
					if (dtcs.some((d) => d.code === code && d.kind === service.kind)) continue;
					const known = describeDtc(code);
					dtcs.push({
						code,
						kind: service.kind,
						description: known.description ?? undefined,
						keyRelated: known.keyRelated,
						ecu: m.ecu
					});
				}
			}
		}
	}

	report('engine', 'Putting the report together…');
	const carAnswered = protocol !== null;
	const ignition = inferIgnition({ ignPin, carAnswered, rpm, volts: batteryVolts });
	if (!carAnswered) {
		notes.push(
			ignition.state === 'off'
				? 'The car did not answer. Turn the ignition on (position 2, dashboard lights on) and read again.'
				: 'No engine computer answered any OBD-II protocol this adapter speaks.'
		);
	}
	const identity = identifyVehicle(options.manualVin ?? null, reportedVin);
	notes.push(...identity.notes);
	const battery = interpretBattery(batteryVolts, ignition.state === 'running');

	const ecuList: ReportEcu[] = [...ecus].map(([address, e]) => ({
		address,
		name: e.name ?? ecuNameFor(address) ?? undefined,
		calibrationIds: e.calibrationIds,
		cvns: e.cvns
	}));

	report('done', 'Done.');
	return {
		adapter: elm.adapter,
		protocol,
		protocolAttempts: outcome.attempts,
		vin: identity.vin,
		vinSource: identity.source,
		vinValid: identity.valid,
		vehicle: identity.vehicle,
		batteryVolts,
		battery: { verdict: battery.verdict, advice: battery.advice },
		ignition: ignition.state,
		ignitionSource: ignition.source,
		rpm,
		milOn,
		live,
		dtcs,
		ecus: ecuList,
		keyStatus: buildKeyStatus({
			vehicle: identity.vehicle,
			ignition: ignition.state,
			dtcs,
			carAnswered
		}),
		notes,
		raw: x.raw,
		commandCount: x.count,
		startedAt: new Date(started).toISOString(),
		durationMs: now() - started
	};
}

function parse(lines: string[], protocolCode: string): ObdMessage[] {
	return parseResponse(lines, protocolCode).messages;
}

async function collect(
	x: Exchange,
	request: string,
	protocolCode: string,
	ecus: Map<string, { name?: string; calibrationIds: string[]; cvns: string[] }>,
	add: (ecu: { name?: string; calibrationIds: string[]; cvns: string[] }, data: Uint8Array) => void
): Promise<void> {
	const answer = await x.ask(request);
	if (!answer.ok) return;
	for (const m of parse(answer.lines, protocolCode)) {
		let ecu = ecus.get(m.ecu);
		if (!ecu) ecus.set(m.ecu, (ecu = { calibrationIds: [], cvns: [] }));
		add(ecu, m.data);
	}
}

/** `ATRV` → "12.4V" (ELM327 datasheet, "RV"). Anything else reads as unknown. */
export function parseVolts(answer: { ok: boolean; lines?: string[] }): number | null {
	if (!answer.ok || !answer.lines) return null;
	const match = /(\d{1,2}(?:\.\d{1,2})?)\s*V/i.exec(answer.lines.join(' '));
	if (!match?.[1]) return null;
	const volts = Number(match[1]);
	return Number.isFinite(volts) && volts >= 0 && volts < 40 ? volts : null;
}

/** `ATIGN` → "ON" / "OFF" (ELM327 v1.4+, pin 15). */
export function parseIgn(answer: { ok: boolean; lines?: string[] }): 'on' | 'off' | null {
	if (!answer.ok || !answer.lines) return null;
	const text = answer.lines.join(' ').trim().toUpperCase();
	return text === 'ON' ? 'on' : text === 'OFF' ? 'off' : null;
}
