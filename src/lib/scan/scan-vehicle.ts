import type { Elm327 } from '../elm327/types';
import {
	decodeCalibrationIds,
	decodeCvns,
	decodeDtcs,
	decodeEcuName,
	decodeVinData,
	isCan,
	supportedFromBitmap,
	type ObdMessage
} from '../obd';
import { describeDtc, ecuNameFor, interpretBattery } from '../vehicle';
import { Exchange, type Answer } from './exchange';
import { findProtocol, type FirstContact } from './find-protocol';
import { inferIgnition } from './ignition';
import { buildKeyStatus } from './key-status';
import { readLiveData, readSupportedPids } from './live-data';
import { progressReporter } from './progress';
import { identifyVehicle } from './vehicle-identity';
import type {
	CarContact,
	DtcKind,
	DtcReadOutcome,
	ReportDtc,
	ReportEcu,
	ScanProgress,
	VehicleReport
} from './types';
import { parseVolts } from './volts';

/** Shown when the car gives no VIN; removed again once the user types one. */
export const NO_VIN_NOTE =
	'This car does not report its VIN over OBD-II (common before about 2005). Type it in from the windscreen base or the registration document to identify the car.';

const VIN_NOT_READ = 'The VIN could not be read this time';

/**
 * Shown when reading the VIN failed for a reason other than the car having none.
 * The reason is its own sentence: adapter messages are sentences themselves, and
 * wrapping them in brackets nested brackets on screen.
 */
export function vinNotReadNote(reason: string): string {
	const why = reason.trim().replace(/[.!?]*$/, '.');
	return `${VIN_NOT_READ}. ${why.charAt(0).toUpperCase()}${why.slice(1)} Read again, or type it in from the windscreen base or the registration document.`;
}

/** Whether `note` is one of the notes about a missing VIN (dropped once the user types one). */
export function isMissingVinNote(note: string): boolean {
	return note === NO_VIN_NOTE || note.startsWith(VIN_NOT_READ);
}

export interface ScanOptions {
	signal?: AbortSignal;
	onProgress?: (p: ScanProgress) => void;
	/** A protocol code remembered for this car: tried first, then the automatic search. */
	protocolHint?: string;
	/** A VIN the user typed, used when the car does not report one. */
	manualVin?: string;
	/** Clock, injectable for tests. */
	now?: () => number;
	/** How the first contact is made; 'likely-first' unless a benchmark compares strategies. */
	firstContact?: FirstContact;
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

	// 1. Battery at the socket (ATRV reads the adapter's supply pin, ±2 %), unless the adapter refused it before.
	report('voltage', 'Reading the battery voltage…');
	const batteryVolts = elm.adapter.supports.RV !== false ? parseVolts(await x.ask('ATRV')) : null;

	// 2. Reach the car; AT IGN only matters when the car stays silent.
	const outcome = await findProtocol(x, {
		hint: options.protocolHint,
		strategy: options.firstContact,
		report,
		readIgnitionPin: async () =>
			elm.adapter.supports.IGN === false ? null : parseIgn(await x.ask('ATIGN'))
	});
	const protocol = outcome.protocol;
	const ignPin = outcome.ignPin;

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
	const dtcReads: { kind: DtcKind; outcome: DtcReadOutcome }[] = DTC_SERVICES.map((d) => ({
		kind: d.kind,
		outcome: 'not-asked'
	}));
	const ecus = new Map<string, EcuRecord>();
	let reportedVin: string | null = null;
	let obdStandard: string | undefined;

	if (protocol && outcome.first0100) {
		const can = isCan(protocol.code);
		const parse = (answer: Answer): ObdMessage[] =>
			answer.ok ? x.decode(answer, protocol.code).messages : [];
		const first = parse(outcome.first0100);
		for (const m of first) ecus.set(m.ecu, { calibrationIds: [], cvns: [] });

		// 3. What the car supports, then its status and engine data.
		report('status', 'Reading the engine computer status…');
		const supported = await readSupportedPids(x, protocol.code, first);
		const data = await readLiveData(x, protocol.code, supported);
		milOn = data.milOn;
		rpm = data.rpm;
		const { dtcCount, coolantC, speedKmh, runTimeS, moduleVolts } = data;
		live = { dtcCount, coolantC, speedKmh, runTimeS, moduleVolts };
		obdStandard = data.obdStandard ?? undefined;

		// 4. Vehicle information (service 09): the support bitmap, then the VIN regardless.
		report('vin', 'Reading the VIN…');
		const infotypes = new Set<number>();
		for (const m of parse(await x.ask('0900'))) {
			for (const t of supportedFromBitmap(m.data)) infotypes.add(t);
		}
		const vinAnswer = await x.ask('0902');
		const vinParsed = vinAnswer.ok ? x.decode(vinAnswer, protocol.code) : null;
		for (const m of vinParsed?.messages ?? []) reportedVin ??= decodeVinData(m.data);
		if (!reportedVin) {
			// "Does not report its VIN" only when the car said so (NO DATA, a refusal, an
			// answer without one); a read the adapter or the bus spoiled is not that.
			const spoiled = vinAnswer.ok
				? (vinParsed?.problems.length ?? 0) > 0
					? 'part of the answer arrived damaged or incomplete'
					: null
				: vinAnswer.error.code === 'no-data'
					? null
					: vinAnswer.error.message;
			notes.push(spoiled ? vinNotReadNote(spoiled) : NO_VIN_NOTE);
		}

		// 5. Control units: names, calibration IDs and CVNs where supported.
		report('ecus', 'Reading control unit names and calibrations…');
		const collect = async (request: string, add: (e: EcuRecord, data: Uint8Array) => void) => {
			for (const m of parse(await x.ask(request))) {
				let ecu = ecus.get(m.ecu);
				if (!ecu) ecus.set(m.ecu, (ecu = { calibrationIds: [], cvns: [] }));
				add(ecu, m.data);
			}
		};
		if (infotypes.has(0x04)) {
			await collect('0904', (e, d) => e.calibrationIds.push(...decodeCalibrationIds(d)));
		}
		if (infotypes.has(0x06)) await collect('0906', (e, d) => e.cvns.push(...decodeCvns(d)));
		if (infotypes.has(0x0a)) {
			await collect('090A', (e, d) => {
				e.name = decodeEcuName(d) ?? e.name;
			});
		}

		// 6. Trouble codes: whether a count byte leads is a matter of protocol (CAN yes, legacy no).
		report('dtcs', 'Reading trouble codes…');
		for (const [i, service] of DTC_SERVICES.entries()) {
			if (service.canOnly && !can) continue;
			const answer = await x.ask(service.request);
			if (!answer.ok) {
				dtcReads[i]!.outcome = 'no-answer';
				continue;
			}
			const parsed = x.decode(answer, protocol.code);
			const answers: { ecu: string; codes: string[] }[] = [];
			for (const m of parsed.messages) {
				const codes = decodeDtcs(m.data, { can });
				if (codes) answers.push({ ecu: m.ecu, codes });
				else {
					x.note(answer, {
						kind: 'incomplete',
						ecu: m.ecu,
						detail: `trouble-code answer from ${m.ecu} cannot be whole: its length does not fit its codes`
					});
				}
			}
			const damaged = parsed.problems.length > 0 || answers.length < parsed.messages.length;
			dtcReads[i]!.outcome = damaged
				? 'incomplete'
				: answers.length
					? 'read'
					: parsed.negatives.length
						? 'refused'
						: 'no-answer';
			for (const { ecu, codes } of answers) {
				for (const code of codes) {
					if (dtcs.some((d) => d.code === code && d.kind === service.kind)) continue;
					const known = describeDtc(code);
					dtcs.push({
						code,
						kind: service.kind,
						description: known.description ?? undefined,
						keyRelated: known.keyRelated,
						ecu
					});
				}
			}
		}
	}

	report('engine', 'Putting the report together…');
	const carAnswered = protocol !== null;
	const contact: CarContact = carAnswered
		? 'answered'
		: ignPin === 'off'
			? 'ignition-off'
			: 'silent';
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
		...(obdStandard ? { obdStandard } : {}),
		contact,
		dtcReads,
		ecus: ecuList,
		keyStatus: buildKeyStatus({
			vehicle: identity.vehicle,
			ignition: ignition.state,
			dtcs,
			dtcReads,
			carAnswered
		}),
		notes,
		raw: x.raw,
		commandCount: x.count,
		startedAt: new Date(started).toISOString(),
		durationMs: now() - started
	};
}

interface EcuRecord {
	name?: string;
	calibrationIds: string[];
	cvns: string[];
}

/** `ATIGN` → "ON" / "OFF" (ELM327 v1.4+, pin 15). */
export function parseIgn(answer: { ok: boolean; lines?: string[] }): 'on' | 'off' | null {
	if (!answer.ok || !answer.lines) return null;
	const text = answer.lines.join(' ').trim().toUpperCase();
	return text === 'ON' ? 'on' : text === 'OFF' ? 'off' : null;
}
