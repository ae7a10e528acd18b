import { bodyModule, virtualKeys } from './body-module/setup';
import type { Clock } from './body-module/clock';
import { SimCar, type IgnitionPosition } from './sim-car';
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
	description: string;
	variant: AdapterVariantId;
	build(env?: ScenarioEnv): SimCar;
}

const canCar = (o: {
	vin: string;
	ignition: IgnitionPosition;
	volts: number;
	protocol?: string;
	stored?: string[];
	pending?: string[];
	tcm?: boolean;
	tcmVin?: boolean;
}) =>
	new SimCar({
		protocol: o.protocol ?? '6',
		ignition: o.ignition,
		batteryVolts: o.volts,
		ecus: [
			new SimEcu({
				canId: 0x7e8,
				address: 0x10,
				pids: pids([0x01, 0x05, 0x0c, 0x0d, 0x1f, 0x20, 0x40, 0x42], 6),
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
							pids: pids([0x01, 0x05, 0x0d], 6),
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
			'The starting case: a US 2003 MINI Cooper on ISO 9141-2 (K-line), ignition on, engine off. It does not report its VIN over OBD-II, and the adapter is a "v1.5" clone. Built before 07/2004, so its keys have 2 buttons; key 2 still starts the car but its remote is out of sync. Practise the quick resync here.',
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
			'A US 2005 MINI Cooper S on ISO 9141-2 (the protocol is uncertain for this model: it may be ISO 14230). It reports its VIN as numbered K-line messages. Genuine ELM327 v1.4b. Built from 07/2004, so its keys have 3 buttons; key 2 starts the car but its remote no longer works. Practise the remote initialisation here.',
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
		title: '2008 MINI Cooper (R56), CAN',
		description:
			'A second-generation MINI on CAN (11-bit, 500 kbit/s) with engine and transmission computers, engine running. Genuine ELM327 v2.2.',
		variant: 'elm327-v2.2',
		build: () => canCar({ vin: 'WMWMF33538TL12345', ignition: 'running', volts: 12.6, tcm: true })
	},
	{
		id: 'can29-car',
		title: 'A car on 29-bit CAN, OBDLink adapter',
		description:
			'A made-up 2016 SUV that speaks ISO 15765-4 CAN with 29-bit IDs, to show the long-header format. STN chip (OBDLink).',
		variant: 'stn2120',
		build: () => canCar({ vin: '3GNAXSEV3GS512345', ignition: 'on', volts: 12.5, protocol: '7' })
	},
	{
		id: 'ignition-off',
		title: 'Ignition off',
		description:
			'The adapter is plugged in and powered, but the ignition is off, so no computer answers.',
		variant: 'elm327-v1.4b',
		build: () => canCar({ vin: 'WMWMF33538TL12345', ignition: 'off', volts: 12.65 })
	},
	{
		id: 'weak-battery',
		title: 'Low battery (11.9 V)',
		description:
			'Ignition on with the battery at 11.9 V; the adapter reads about 0.2 V less at the socket (11.7 V). Too low for a key session.',
		variant: 'clone-v2.1',
		build: () => canCar({ vin: 'WMWMF33538TL12345', ignition: 'on', volts: 11.9 })
	},
	{
		id: 'immobiliser-code',
		title: 'Immobiliser code (2018 Chevrolet)',
		description:
			'A US 2018 Chevrolet whose engine computer has stored P0513 (immobiliser key incorrect): the warning lamp is on and the engine does not start. (MINIs do not report immobiliser faults through standard OBD-II, so this case uses another make.)',
		variant: 'elm327-v1.4b',
		build: () =>
			canCar({
				vin: '1G1ZD5STXJF123456',
				ignition: 'on',
				volts: 12.3,
				stored: ['P0513'],
				pending: ['U0167']
			})
	},
	{
		id: 'two-ecus-multiframe',
		title: 'Two computers answering at once',
		description:
			'Engine and transmission both answer the VIN and calibration requests with multi-frame messages, interleaved on the bus.',
		variant: 'elm327-v2.2',
		build: () =>
			canCar({ vin: 'WMWMF33538TL12345', ignition: 'on', volts: 12.5, tcm: true, tcmVin: true })
	},
	{
		id: 'ford-f150-2005',
		title: '2005 Ford F-150, replacement remote to program',
		description:
			'A made-up US 2005 Ford F-150 pickup on SAE J1850 PWM (41.6 kbit/s, the bus Ford used before CAN), ignition on, engine off, one stored emissions code, genuine ELM327 v1.4b. Remote 1 works; remote 2 is a replacement the truck does not know yet. Practise the eight-turn remote programming here.',
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
			"A 2007 Vauxhall Astra TwinTop (Astra H) on CAN (the protocol is the simulator's choice for this model: the app finds it at run time). Locked, ignition off; key 1's remote stopped working after its battery was changed, key 2 works. Practise the owner's-manual synchronisation here. Genuine ELM327 v2.2.",
		variant: 'elm327-v2.2',
		build: (env = {}) => {
			const car = canCar({ vin: 'W0L0AHL6575012345', ignition: 'off', volts: 12.55 });
			return new SimCar({
				protocol: car.protocol,
				ignition: 'off',
				batteryVolts: 12.55,
				ecus: car.ecus,
				body: bodyModule('vauxhall-astra-h', {
					keys: virtualKeys('2-button', ['out-of-sync', 'works']),
					keyInHand: 1,
					locks: 'locked',
					clock: env.clock
				})
			});
		}
	},
	{
		id: 'vauxhall-astra-g-2001',
		title: '2001 Vauxhall Astra convertible (Astra G), spare remote out of sync',
		description:
			'A 2001 Vauxhall Astra G convertible on ISO 14230 (KWP fast init; the protocol is the simulator\'s choice for this model). Ignition off; the spare key (key 2) starts the car but its remote no longer locks or unlocks. It does not report its VIN over OBD-II. Cheap "v2.1" clone adapter.',
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
		id: 'minimal',
		title: 'Minimal CAN car',
		description: 'An engine computer on CAN that answers the basics only. Useful for quick checks.',
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

export const scenarios: readonly { id: string; title: string; description: string }[] = DEFS.map(
	({ id, title, description }) => ({ id, title, description })
);

export function scenarioDef(id: string): ScenarioDef {
	const def = DEFS.find((d) => d.id === id);
	if (!def)
		throw new Error(
			`Unknown simulator scenario "${id}". Known: ${DEFS.map((d) => d.id).join(', ')}`
		);
	return def;
}
