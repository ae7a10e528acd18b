import { describe, expect, it } from 'vitest';
import { openElm327 } from '../elm327';
import { createSimulatedLink, scenarios } from '../simulator';
import { scenarioDef } from '../simulator/scenarios';
import { computeCheckDigit, usMarket } from '../vehicle/vin-check';
import { isAdapterError } from '../transport/adapter-error';
import { applyManualVin } from './manual-vin';
import { scanVehicle } from './scan-vehicle';

async function scan(id: string, options: Parameters<typeof scanVehicle>[1] = {}) {
	const link = createSimulatedLink(id, { latency: 'fast', seed: 11 });
	const emulatorCommands: string[] = [];
	link.emulator.onCommand = (c) => emulatorCommands.push(c);
	const elm = await openElm327(link);
	const initCommands = emulatorCommands.length;
	const report = await scanVehicle(elm, options);
	await elm.close();
	return { report, link: Object.assign(link, { emulatorCommands, initCommands }) };
}

describe('the simulated cars', () => {
	it('every VIN a simulated car reports carries a correct 49 CFR 565 check digit', () => {
		let checked = 0;
		for (const s of scenarios) {
			for (const ecu of scenarioDef(s.id).build().ecus) {
				const vin = ecu.spec.info?.[0x02]
					? String.fromCharCode(...ecu.spec.info[0x02].slice(1))
					: null;
				if (!vin) continue;
				expect(computeCheckDigit(vin), s.id).toBe(vin[8]);
				checked++;
			}
		}
		expect(checked).toBeGreaterThanOrEqual(8);
	});
});

describe('scanVehicle over every simulated car', () => {
	it.each(scenarios.map((s) => s.id))('%s: a complete, consistent report', async (id) => {
		const { report, link } = await scan(id);
		// The count is what went over the wire after init, not the length of a list.
		const sent = link.emulatorCommands.slice(link.initCommands);
		expect(report.commandCount).toBe(sent.length);
		expect(report.raw.map((r) => r.command)).toEqual(sent);
		// The car answered exactly when a protocol was found; only then were codes read.
		const answered = link.car.obdAwake;
		expect(report.contact === 'answered').toBe(answered);
		expect(report.protocol !== null).toBe(answered);
		expect(report.dtcReads.map((d) => d.kind)).toEqual(['stored', 'pending', 'permanent']);
		if (!answered) expect(report.dtcReads.every((d) => d.outcome === 'not-asked')).toBe(true);
		else expect(report.dtcReads[0]!.outcome).toBe('read');
		// Key status always says something about the transponder and the immobiliser codes.
		const subjects = report.keyStatus.map((k) => k.subject);
		expect(subjects.some((s) => s.startsWith('Chip in the key'))).toBe(true);
		expect(subjects).toContain('Immobiliser trouble codes in the engine computer');
		expect(report.keyStatus.find((k) => /Immobiliser trouble/.test(k.subject))?.exposed).toBe(
			answered
		);
		// The OBD rules the engine computer states fit the market its VIN was made for, and stay
		// behind Details (a field), not in the notes at the top of the page.
		expect(report.notes.join(' ')).not.toMatch(/follows|EOBD|CARB/);
		if (report.vin && answered) {
			if (usMarket(report.vin)) expect(report.obdStandard, id).toMatch(/OBD-II/);
			if (usMarket(report.vin)) expect(report.obdStandard, id).not.toMatch(/^EOBD/);
			if (report.vin.startsWith('W0L')) expect(report.obdStandard, id).toMatch(/EOBD/);
		}
		// A voltage in the scenario's title is the one the page shows.
		const titled = /\((\d+\.\d) V\)/.exec(scenarios.find((s) => s.id === id)!.title);
		if (titled) expect(report.batteryVolts?.toFixed(1), id).toBe(titled[1]);
		// Every raw exchange is a read-only command: AT, ST, or OBD modes 01/03/07/09/0A.
		for (const x of report.raw) expect(x.command).toMatch(/^(AT|ST|01|03$|07$|09|0A$)/);
	});

	it('2003 MINI R50: ISO 9141-2 found by search, no VIN over OBD, manual VIN decodes to R50', async () => {
		const { report } = await scan('mini-r50-2003');
		expect(report.protocol).toEqual({ code: '3', name: 'ISO 9141-2 (5 baud init, 10.4 kbaud)' });
		expect(report.vin).toBeNull();
		expect(report.notes.join(' ')).toMatch(/does not report its VIN/);
		expect(report.ignition).toBe('on');
		expect(report.adapter.kind).toBe('clone');
		expect(report.batteryVolts).toBe(12.3); // 12.45 V battery, read through the adapter's diode
		// Tried once even without a service 09 bitmap.
		expect(report.raw.map((r) => r.command)).toContain('0902');
		const typed = applyManualVin(report, 'wmwrc33483te12345');
		expect(typed.vin).toBe('WMWRC33483TE12345');
		expect(typed.vinSource).toBe('manual');
		expect(typed.vehicle?.chassis).toBe('R50');
		expect(typed.vehicle?.make).toMatch(/MINI/);
		expect(typed.keyStatus.some((k) => !k.exposed && /BC1|body/i.test(k.subject + k.detail))).toBe(
			true
		);
		expect(() => applyManualVin(report, 'WMWRC33483TE1234')).toThrow(/17/);
	});

	it('2005 MINI R53: numbered K-line VIN, engine running means the key was accepted', async () => {
		const { report } = await scan('mini-r53-2005');
		expect(report.vin).toBe('WMWRE33455TD12345');
		expect(report.vinValid).toBe(true);
		expect(report.vehicle?.chassis).toBe('R53');
		expect(report.vehicle?.modelYear).toBe(2005);
		expect(report.ignition).toBe('running');
		expect(report.rpm).toBe(820);
		expect(report.battery.verdict).toBe('charging');
		expect(report.keyStatus[0]).toMatchObject({ exposed: true });
	});

	it('2008 MINI R56 on CAN: at most 15 commands, VIN, names, calibrations, CVNs of two ECUs', async () => {
		const { report } = await scan('mini-r56-2008');
		expect(report.commandCount).toBeLessThanOrEqual(15);
		expect(report.protocol?.code).toBe('6');
		expect(report.vin).toBe('WMWMF33538TL12345');
		const ecm = report.ecus.find((e) => e.address === '7E8');
		expect(ecm?.name).toMatch(/EngineControl/);
		expect(ecm?.calibrationIds).toEqual(['7594983.01']);
		expect(ecm?.cvns).toEqual(['4E2A913C']);
		expect(report.ecus.find((e) => e.address === '7E9')?.calibrationIds).toEqual(['GA6F21AW-0412']);
		expect(report.milOn).toBe(false);
		expect(report.dtcs).toEqual([]);
	});

	it('29-bit CAN: ECUs are named by their long ids', async () => {
		const { report } = await scan('can29-car');
		expect(report.protocol?.code).toBe('7');
		expect(report.ecus[0]?.address).toBe('18DAF110');
		expect(report.vin).toBe('3GNAXSEV3GS512345');
		expect(report.adapter.kind).toBe('stn');
	});

	it('ignition off: the car is silent, AT IGN confirms, no K-line retries wasted', async () => {
		const { report } = await scan('ignition-off');
		expect(report.protocol).toBeNull();
		expect(report.ignition).toBe('off');
		expect(report.ignitionSource).toMatch(/senses the ignition is off/);
		expect(report.raw.map((r) => r.command)).not.toContain('ATSP3');
		expect(report.battery.verdict).toBe('rested-good');
	});

	it('weak battery: a low verdict with advice about programming', async () => {
		const { report } = await scan('weak-battery');
		expect(report.batteryVolts).toBeLessThan(12);
		expect(['weak', 'low']).toContain(report.battery.verdict);
	});

	it('immobiliser code: stored and pending codes flagged as key-related, MIL on', async () => {
		const { report } = await scan('immobiliser-code');
		expect(report.milOn).toBe(true);
		const codes = report.dtcs.map((d) => `${d.code}/${d.kind}/${d.keyRelated}`);
		expect(codes).toContain('P0513/stored/true');
		expect(codes).toContain('U0167/pending/true');
		expect(report.keyStatus.find((k) => /Immobiliser trouble/.test(k.subject))?.detail).toMatch(
			/P0513/
		);
	});

	it('two ECUs answering multi-frame at once: both VINs agree, both calibrations kept', async () => {
		const { report } = await scan('two-ecus-multiframe');
		expect(report.vin).toBe('WMWMF33538TL12345');
		expect(report.ecus.map((e) => e.address).sort()).toEqual(['7E8', '7E9']);
		expect(report.ecus.every((e) => e.calibrationIds.length === 1)).toBe(true);
	});

	it('a remembered protocol is tried explicitly first: no search, no ATDPN', async () => {
		const { report } = await scan('mini-r53-2005', { protocolHint: '3' });
		expect(report.raw.slice(0, 3).map((r) => r.command)).toEqual(['ATRV', 'ATSP3', '0100']);
		expect(report.raw.map((r) => r.command)).not.toContain('ATDPN');
		expect(report.protocol?.code).toBe('3');
	});

	it('reports progress stages in order and can be aborted', async () => {
		const stages: string[] = [];
		await scan('minimal', { onProgress: (p) => stages.push(p.stage) });
		expect(stages[0]).toBe('voltage');
		expect(stages.at(-1)).toBe('done');
		const link = createSimulatedLink('mini-r56-2008', { latency: 'fast' });
		const elm = await openElm327(link);
		const abort = new AbortController();
		const p = scanVehicle(elm, {
			signal: abort.signal,
			onProgress: (s) => s.stage === 'vin' && abort.abort()
		});
		expect(isAdapterError(await p.catch((e) => e), 'aborted')).toBe(true);
	});

	it('a cable pulled mid-scan rejects with disconnected', async () => {
		const link = createSimulatedLink('mini-r56-2008', { latency: 'fast' });
		const elm = await openElm327(link);
		const p = scanVehicle(elm, {
			onProgress: (s) => s.stage === 'ecus' && link.faults.disconnect()
		});
		expect(isAdapterError(await p.catch((e) => e), 'disconnected')).toBe(true);
	});
});
