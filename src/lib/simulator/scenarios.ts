import { bodyModule, virtualKeys } from './body-module/setup';
import type { Clock } from './clock';
import { SimCar, type IgnitionPosition, type SimCarSpec } from './sim-car';
import { SimEcu, type CarReadings, type SimEcuSpec } from './sim-ecu';
import type { AdapterVariantId } from './types';

const ascii = (s: string, len = s.length) => {
	const out = Array.from(s, (c) => c.charCodeAt(0));
	while (out.length < len) out.push(0);
	return out;
};
const word = (v: number) => [(v >> 8) & 0xff, v & 0xff];

/** Service 01 PIDs used by the scan, computed from the car's state (SAE J1979 Annex B scalings). */
const PID: Record<number, (c: CarReadings) => number[]> = {
	0x01: (c) => [(c.milOn ? 0x80 : 0) | Math.min(c.storedCount, 0x7f), 0x07, 0x65, 0x00],
	0x05: (c) => [c.coolantC + 40],
	0x0c: (c) => word(Math.round(c.rpm * 4)),
	0x0d: (c) => [c.speedKmh],
	0x1f: (c) => word(c.runTimeS),
	0x42: (c) => word(Math.round(c.volts * 1000)),
	0x20: () => [],
	0x40: () => []
};

function pids(list: number[], obdStandard: number): SimEcuSpec['pids'] {
	const out: SimEcuSpec['pids'] = {};
	for (const p of list) if (PID[p]) out[p] = PID[p]!;
	out[0x1c] = () => [obdStandard];
	return out;
}

/** CAN-style service 09 payloads: item count (NODI) then data (SAE J1979 §6.9). */
function info(o: {
	vin?: string;
	calIds?: string[];
	cvns?: number[][];
	name?: string;
}): Record<number, number[]> {
	const out: Record<number, number[]> = {};
	if (o.vin) out[0x02] = [0x01, ...ascii(o.vin)];
	if (o.calIds) out[0x04] = [o.calIds.length, ...o.calIds.flatMap((c) => ascii(c, 16))];
	if (o.cvns) out[0x06] = [o.cvns.length, ...o.cvns.flat()];
	if (o.name) out[0x0a] = [0x01, ...ascii(o.name, 20)];
	return out;
}

const dtcs = (stored: string[] = [], pending: string[] = []) => ({
	stored,
	pending,
	permanent: [] as string[]
});

/** What a scenario's car is built with: the body module's clock (real time when absent). */
export interface ScenarioEnv {
	clock?: Clock;
}

interface ScenarioDef {
	id: string;
	title: string;
	/** Plain words for an owner, shown on the demo card. */
	description: string;
	/** The technical side (protocol, adapter chip, codes), shown behind "Details". */
	details: string;
	/**
	 * The VIN on the windscreen of a demo car that does not report it over OBD-II, so a demo
	 * user can type it as an owner types theirs (made up, with a correct check digit).
	 */
	windscreenVin?: string;
	variant: AdapterVariantId;
	build(env?: ScenarioEnv): SimCar;
}

/**
 * PID 1C, the OBD rules the engine computer was certified to (SAE J1979):
 * 1 "OBD-II as defined by CARB" for a car built for the US, 6 "EOBD" for Europe.
 */
const OBD_RULES = { us: 1, europe: 6 } as const;

const canCar = (o: {
	vin: string;
	/** Where the car was sold: decides PID 1C. */
	market: keyof typeof OBD_RULES;
	ignition: IgnitionPosition;
	volts: number;
	protocol?: string;
	stored?: string[];
	pending?: string[];
	tcm?: boolean;
	tcmVin?: boolean;
	/** A rehearsal car's body module (remote locking). */
	body?: SimCarSpec['body'];
}) =>
	new SimCar({
		protocol: o.protocol ?? '6',
		ignition: o.ignition,
		batteryVolts: o.volts,
		body: o.body,
		ecus: [
			new SimEcu({
				canId: 0x7e8,
				address: 0x10,
				pids: pids([0x01, 0x05, 0x0c, 0x0d, 0x1f, 0x20, 0x40, 0x42], OBD_RULES[o.market]),
				info: info({
					vin: o.vin,
					calIds: ['7594983.01'],
					cvns: [[0x4e, 0x2a, 0x91, 0x3c]],
					name: 'ECM\0-EngineControl'
				}),
				dtcs: dtcs(o.stored, o.pending),
				permanent: true
			}),
			...(o.tcm
				? [
						new SimEcu({
							canId: 0x7e9,
							address: 0x18,
							pids: pids([0x01, 0x05, 0x0d], OBD_RULES[o.market]),
							info: info({
								vin: o.tcmVin ? o.vin : undefined,
								calIds: ['GA6F21AW-0412'],
								cvns: [[0x1b, 0x77, 0x02, 0xe5]],
								name: 'TCM\0-TransmissionCtl'
							}),
							dtcs: dtcs(),
							permanent: true
						})
					]
				: [])
		]
	});

/**
 * The simulated cars. VINs are made up, with correct 49 CFR 565 check digits;
 * protocols follow docs/domain.md §6 (R50/R53: ISO 9141-2 most likely [U]).
 */
const DEFS: readonly ScenarioDef[] = [
	{
		id: 'mini-r50-2003',
		title: '2003 MINI Cooper (R50), 2-button keys, cheap clone adapter',
		description:
			'A US 2003 MINI Cooper, ignition on, engine off. It does not report its VIN, so you type it in. Built before July 2004, so its keys have 2 buttons; key 2 still starts the car but its remote is out of sync. Practise the quick resync here.',
		details:
			'Engine computer on ISO 9141-2 (K-line, slow to wake up); no VIN over OBD-II (service 09). Adapter: an ELM327 clone that claims v1.5.',
		windscreenVin: 'WMWRC33423TJ12345',
		variant: 'clone-v1.5',
		build: (env = {}) =>
			new SimCar({
				protocol: '3',
				ignition: 'on',
				batteryVolts: 12.45,
				body: bodyModule('mini-2-button', {
					keys: virtualKeys('2-button', ['works', 'out-of-sync']),
					keyInHand: 2,
					clock: env.clock
				}),
				ecus: [
					new SimEcu({
						canId: 0x7e8,
						address: 0x10,
						pids: pids([0x01, 0x05, 0x0c, 0x0d], 1),
						info: null,
						dtcs: dtcs(),
						permanent: false
					})
				]
			})
	},
	{
		id: 'mini-r53-2005',
		title: '2005 MINI Cooper S (R53), 3-button keys, engine running',
		description:
			'A US 2005 MINI Cooper S with the engine running. Built from July 2004, so its keys have 3 buttons; key 2 starts the car but its remote no longer works. Practise the remote initialisation here.',
		details:
			'Engine computer on ISO 9141-2 (uncertain for this model: it may be ISO 14230); the VIN comes as numbered K-line messages. Adapter: genuine ELM327 v1.4b.',
		variant: 'elm327-v1.4b',
		build: (env = {}) =>
			new SimCar({
				protocol: '3',
				ignition: 'running',
				batteryVolts: 12.6,
				idleRpm: 820,
				body: bodyModule('mini-3-button', {
					keys: virtualKeys('3-button', ['works', 'out-of-sync']),
					keyInHand: 2,
					clock: env.clock
				}),
				ecus: [
					new SimEcu({
						canId: 0x7e8,
						address: 0x10,
						pids: pids([0x01, 0x05, 0x0c, 0x0d, 0x1f, 0x20], 1),
						info: info({ vin: 'WMWRE33455TD12345', calIds: ['1485011.4'] }),
						dtcs: dtcs(),
						permanent: false
					})
				]
			})
	},
	{
		id: 'mini-r56-2008',
		title: '2008 MINI Cooper (R56) with the engine running, no trouble codes',
		description:
			'A second-generation MINI with the engine running; its engine and gearbox computers both answer.',
		details:
			'CAN (ISO 15765-4, 11-bit IDs, 500 kbit/s), engine (7E8) and transmission (7E9) computers. Adapter: genuine ELM327 v2.2.',
		variant: 'elm327-v2.2',
		build: () =>
			canCar({
				vin: 'WMWMF33538TL12345',
				market: 'us',
				ignition: 'running',
				volts: 12.6,
				tcm: true
			})
	},
	{
		id: 'can29-car',
		title: '2016 car read through an OBDLink adapter, ignition on, no trouble codes',
		description:
			'A 2016 car whose VIN names a maker FobSync does not list, ignition on, read through a high-quality OBDLink adapter.',
		details:
			'CAN (ISO 15765-4) with 29-bit IDs, to show the long-header format (18DAF110). Adapter: STN2120 chip (OBDLink).',
		variant: 'stn2120',
		build: () =>
			canCar({ vin: '3GNAXSEV3GS512345', market: 'us', ignition: 'on', volts: 12.5, protocol: '7' })
	},
	{
		id: 'ignition-off',
		title: '2008 MINI Cooper (R56) with the ignition off, no computer answers',
		description:
			'The adapter is plugged in and powered, but the ignition is off, so no computer answers.',
		details:
			'CAN car; the adapter senses no power on its ignition pin (AT IGN: OFF). Adapter: genuine ELM327 v1.4b.',
		variant: 'elm327-v1.4b',
		build: () => canCar({ vin: 'WMWMF33538TL12345', market: 'us', ignition: 'off', volts: 12.65 })
	},
	{
		id: 'weak-battery',
		title: '2008 MINI Cooper (R56) with a low battery, 11.7 V',
		description:
			'Ignition on with a low battery: the page shows 11.7 V, too low for a key session.',
		details:
			'The battery is at 11.9 V; the simulated adapter reads it through its protection diode, about 0.2 V lower (AT RV: 11.7V). CAN car. Adapter: an ELM327 clone that claims v2.1.',
		variant: 'clone-v2.1',
		build: () => canCar({ vin: 'WMWMF33538TL12345', market: 'us', ignition: 'on', volts: 11.9 })
	},
	{
		id: 'immobiliser-code',
		title: '2018 Chevrolet with an immobiliser code, warning lamp on',
		description:
			'A US 2018 Chevrolet whose engine computer reports an immobiliser problem: the warning lamp is on and the engine does not start. MINIs do not report immobiliser faults through standard OBD-II, so this case uses another make.',
		details:
			'Stored P0513 (immobiliser key incorrect), pending U0167 (lost communication with the immobiliser). CAN (11-bit, 500 kbit/s). Adapter: genuine ELM327 v1.4b.',
		variant: 'elm327-v1.4b',
		build: () =>
			canCar({
				vin: '1G1ZD5STXJF123456',
				market: 'us',
				ignition: 'on',
				volts: 12.3,
				stored: ['P0513'],
				pending: ['U0167']
			})
	},
	{
		id: 'two-ecus-multiframe',
		title: '2008 MINI Cooper (R56) whose gearbox also sends the VIN, ignition on',
		description:
			'The engine and gearbox computers both send the VIN and answer together, their long answers mixed on the wire; FobSync sorts them out.',
		details:
			'Both answer the VIN and calibration requests with multi-frame CAN messages (7E8 and 7E9), interleaved on the bus. Adapter: genuine ELM327 v2.2.',
		variant: 'elm327-v2.2',
		build: () =>
			canCar({
				vin: 'WMWMF33538TL12345',
				market: 'us',
				ignition: 'on',
				volts: 12.5,
				tcm: true,
				tcmVin: true
			})
	},
	{
		id: 'ford-f150-2005',
		title: '2005 Ford F-150, replacement remote to program',
		description:
			'A US 2005 Ford F-150 pickup, ignition on, engine off, one stored emissions code. Remote 1 works; remote 2 is a replacement the truck does not know yet. Practise the eight-turn remote programming here.',
		details:
			'SAE J1850 PWM (41.6 kbit/s, the bus Ford used before CAN). Adapter: genuine ELM327 v1.4b.',
		variant: 'elm327-v1.4b',
		build: (env = {}) =>
			new SimCar({
				protocol: '1',
				ignition: 'on',
				batteryVolts: 12.5,
				body: bodyModule('ford-8-cycle', {
					keys: virtualKeys('2-button', ['works', 'not-paired']),
					keyInHand: 2,
					clock: env.clock
				}),
				ecus: [
					new SimEcu({
						canId: 0x7e8,
						address: 0x10,
						pids: pids([0x01, 0x05, 0x0c, 0x0d, 0x1f, 0x20], 1),
						info: info({ vin: '1FTPW14V85KD12345', calIds: ['5L3A-12A650-AHB'] }),
						dtcs: dtcs(['P0455']),
						permanent: false
					})
				]
			})
	},
	{
		id: 'vauxhall-astra-h-2007',
		title: '2007 Vauxhall Astra TwinTop, remote out of sync after a battery change',
		description:
			'A 2007 Vauxhall Astra TwinTop (Astra H), locked, ignition off. Key 1’s remote stopped working after its battery was changed; key 2 works. Practise the synchronisation from the owner’s manual here.',
		details:
			'CAN (the simulator’s choice for this model: FobSync finds the protocol when it reads the car). Adapter: genuine ELM327 v2.2.',
		variant: 'elm327-v2.2',
		build: (env = {}) =>
			canCar({
				vin: 'W0L0AHL6575012345',
				market: 'europe',
				ignition: 'off',
				volts: 12.55,
				body: bodyModule('vauxhall-astra-h', {
					keys: virtualKeys('2-button', ['out-of-sync', 'works']),
					keyInHand: 1,
					locks: 'locked',
					clock: env.clock
				})
			})
	},
	{
		id: 'vauxhall-astra-g-2001',
		title: '2001 Vauxhall Astra convertible (Astra G), spare remote out of sync',
		description:
			'A 2001 Vauxhall Astra G convertible, ignition off. The spare key (key 2) starts the car but its remote no longer locks or unlocks. It does not report its VIN. Cheap clone adapter.',
		details:
			'ISO 14230 (KWP fast init; the simulator’s choice for this model); no VIN over OBD-II. Adapter: an ELM327 clone that claims v2.1.',
		variant: 'clone-v2.1',
		build: (env = {}) =>
			new SimCar({
				protocol: '5',
				ignition: 'off',
				batteryVolts: 12.4,
				body: bodyModule('vauxhall-astra-g', {
					keys: virtualKeys('2-button', ['works', 'out-of-sync']),
					keyInHand: 2,
					clock: env.clock
				}),
				ecus: [
					new SimEcu({
						canId: 0x7e8,
						address: 0x10,
						pids: pids([0x01, 0x05, 0x0c, 0x0d, 0x20], 6),
						info: null,
						dtcs: dtcs(),
						permanent: false
					})
				]
			})
	},
	{
		id: 'jaguar-x-type-2004',
		title: '2004 Jaguar X-Type, a second remote to program',
		description:
			'A 2004 Jaguar X-Type sold in the US, ignition off, driver’s door shut. Key 1’s remote works; key 2’s remote is new to the car. Practise the remote programming from Jaguar’s bulletin here: four turns of the key, then each remote within 10 seconds.',
		details:
			'CAN (the simulator’s choice for this model: FobSync finds the protocol when it reads the car). Adapter: genuine ELM327 v2.2.',
		variant: 'elm327-v2.2',
		build: (env = {}) =>
			canCar({
				vin: 'SAJEA51C74WC12345',
				market: 'us',
				ignition: 'off',
				volts: 12.5,
				body: bodyModule('jaguar-x-type', {
					keys: virtualKeys('3-button', ['works', 'not-paired']),
					keyInHand: 1,
					clock: env.clock
				})
			})
	},
	{
		id: 'minimal',
		title: 'A car that reports no VIN, basic readings only, no trouble codes',
		description:
			'Ignition on; its engine computer answers the basics (engine speed) and nothing more.',
		details: 'CAN (11-bit, 500 kbit/s). Adapter: genuine ELM327 v1.4b.',
		variant: 'elm327-v1.4b',
		build: () =>
			new SimCar({
				protocol: '6',
				ignition: 'on',
				batteryVolts: 12.4,
				ecus: [
					new SimEcu({
						canId: 0x7e8,
						address: 0x10,
						pids: pids([0x01, 0x0c], 6),
						info: null,
						dtcs: dtcs(),
						permanent: false
					})
				]
			})
	}
];

export const scenarios: readonly {
	id: string;
	title: string;
	description: string;
	details: string;
	windscreenVin: string | null;
}[] = DEFS.map(({ id, title, description, details, windscreenVin }) => ({
	id,
	title,
	description,
	details,
	windscreenVin: windscreenVin ?? null
}));

export function scenarioDef(id: string): ScenarioDef {
	const def = DEFS.find((d) => d.id === id);
	if (!def)
		throw new Error(
			`Unknown simulator scenario "${id}". Known: ${DEFS.map((d) => d.id).join(', ')}`
		);
	return def;
}
