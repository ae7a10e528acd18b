/**
 * The fault table (README.md, "When things go wrong"): one test per fault,
 * each checking what the user is shown, how the app recovers, and what is
 * kept. The scan runs through ScanState exactly as the vehicle page runs it,
 * over the simulator with the fault injected part-way through a second read.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openElm327 } from '../elm327';
import { settle } from '../elm327/fake-time';
import { GENUINE_INIT, scriptedLink } from '../elm327/scripted-link';
import { applyManualVin, scanVehicle } from '../scan';
import type { ScanProgress, VehicleReport } from '../scan/types';
import { createSimulatedLink, type SimulatedLink, type SimulatorOptions } from '../simulator';
import { FAST } from '../simulator/latency';
import { createProtocolMemory } from './protocol-memory';
import { ScanState } from './scan.svelte';

afterEach(() => vi.useRealTimers());

/** A connected session with one good report already read. */
async function readOnce(scenario = 'mini-r56-2008', options: SimulatorOptions = {}) {
	const link = createSimulatedLink(scenario, { latency: 'fast', seed: 9, ...options });
	const elm = await settle(openElm327(link));
	let onProgress: ((p: ScanProgress) => void) | null = null;
	const memory = createProtocolMemory(null);
	const state = new ScanState({
		scan: (lease, o) =>
			scanVehicle(lease, {
				...o,
				onProgress: (p) => {
					o.onProgress?.(p);
					onProgress?.(p);
				}
			}),
		applyManualVin,
		memory
	});
	expect(await settle(state.run(elm))).toBe(true);
	const first = state.report!;
	/** Reads again, calling `fault` when the scan reaches `stage`. */
	const readAgainWith = async (stage: ScanProgress['stage'], fault: (l: SimulatedLink) => void) => {
		let fired = false;
		onProgress = (p) => {
			if (p.stage === stage && !fired) {
				fired = true;
				fault(link);
			}
		};
		const ok = await settle(state.run(elm));
		onProgress = null;
		return ok;
	};
	return { link, elm, state, first, readAgainWith, memory };
}

const sent = (r: VehicleReport) => r.raw.map((x) => `${x.command}${x.error ? `:${x.error}` : ''}`);

describe('faults: the link', () => {
	it('link dropped mid-command: a plain message, the session ends, the last report is kept', async () => {
		const { elm, state, first, readAgainWith } = await readOnce();
		const ok = await readAgainWith('ecus', (l) => l.faults.disconnect());
		expect(ok).toBe(false);
		expect(state.error).toEqual({ code: 'disconnected', message: 'The adapter was unplugged.' });
		expect(elm.closed).toBe(true);
		expect(state.report).toBe(first);
		expect(state.report?.vin).toBe('WMWMF33538TL12345');
	});

	it('link dropped mid-command keeps the VIN the owner typed and the remembered protocol', async () => {
		// A 2003 MINI does not report its VIN: the owner types it from the windscreen.
		const { state, readAgainWith, memory } = await readOnce('mini-r50-2003');
		expect(state.report?.vin).toBeNull();
		expect(await settle(state.setManualVin('WMWRC33423TJ12345'))).toBeNull();
		expect(memory.hint()).toBe('3');
		const ok = await readAgainWith('vin', (l) => l.faults.disconnect());
		expect(ok).toBe(false);
		expect(state.error?.code).toBe('disconnected');
		expect(state.report?.vin).toBe('WMWRC33423TJ12345');
		expect(memory.hint()).toBe('3');
	});

	it('adapter silent: the scan stops with "stopped answering" instead of timing out command by command', async () => {
		vi.useFakeTimers();
		const { state, first, readAgainWith } = await readOnce();
		const started = Date.now();
		const ok = await readAgainWith('vin', (l) => l.faults.goSilent());
		expect(ok).toBe(false);
		expect(state.error?.code).toBe('no-response');
		expect(state.error?.message).toMatch(/stopped answering.*connect again/);
		// One command's time limit, then three unanswered markers: seconds, not minutes.
		expect(Date.now() - started).toBeLessThan(15_000);
		expect(state.report).toBe(first);
	});

	it('very slow BLE (20 ms a byte): every answer still arrives whole, only later', async () => {
		vi.useFakeTimers();
		const { state, first } = await readOnce('two-ecus-multiframe', {
			latency: { ...FAST, perByteMs: 20 },
			maxChunk: 20
		});
		expect(state.error).toBeNull();
		expect(first.vin).toBe('WMWMF33538TL12345');
		expect(first.ecus.map((e) => e.address).sort()).toEqual(['7E8', '7E9']);
		expect(first.raw.some((x) => x.error)).toBe(false);
		expect(first.durationMs).toBeGreaterThan(5_000);
	});

	it('a reply after its timeout: recorded as a timeout, never taken as the next command\u2019s answer', async () => {
		vi.useFakeTimers();
		// A scripted adapter (not the simulator, which a marker would interrupt) whose
		// VIN answer comes 6.5 s late, after the 6 s limit, while the session resynchronises.
		const vinLines =
			'7E8 10 14 49 02 01 57 4D 57\n7E8 21 4D 46 33 33 35 33 38\n7E8 22 54 4C 31 32 33 34 35';
		const link = scriptedLink(
			{
				...GENUINE_INIT,
				'0100': '7E8 06 41 00 00 00 00 01',
				'0900': '7E8 06 49 00 50 00 00 00',
				'0902': vinLines,
				'0904':
					'7E8 10 13 49 04 01 37 35 39\n7E8 21 34 39 38 33 2E 30 31\n7E8 22 00 00 00 00 00 00 00',
				'03': '7E8 02 43 00',
				'07': '7E8 04 47 01 01 33'
			},
			{ fallback: 'NO DATA', delayMs: (c) => (c === '0902' ? 6_500 : 0) }
		);
		const elm = await settle(openElm327(link));
		const report = await settle(scanVehicle(elm));
		expect(sent(report)).toContain('0902:timeout');
		const own = (command: string) => report.raw.find((x) => x.command === command)?.lines;
		// The late VIN lines were drained; each later command kept its own answer.
		expect(own('0904')).toEqual([
			'7E8 10 13 49 04 01 37 35 39',
			'7E8 21 34 39 38 33 2E 30 31',
			'7E8 22 00 00 00 00 00 00 00'
		]);
		expect(report.dtcs.map((d) => `${d.code}/${d.kind}`)).toEqual(['P0133/pending']);
		expect(report.vin).toBeNull();
		expect(report.notes.join(' ')).toMatch(/could not be read this time/);
	});
});

describe('faults: the adapter', () => {
	it('adapter resets itself mid-session: settings come back, the read is asked again, nothing is lost', async () => {
		const { state, first, readAgainWith } = await readOnce();
		expect(await readAgainWith('vin', (l) => l.faults.resetAdapter())).toBe(true);
		const report = state.report!;
		expect(report).not.toBe(first);
		expect(sent(report)).toContain('0900:adapter-reset');
		expect(report.vin).toBe(first.vin);
		expect(report.ecus).toEqual(first.ecus);
		expect(report.dtcReads).toEqual(first.dtcReads);
	});

	it('garbage burst: the spoiled answer is asked again, the report is whole', async () => {
		const { state, first, readAgainWith } = await readOnce();
		expect(await readAgainWith('vin', (l) => l.faults.garbage(200))).toBe(true);
		const report = state.report!;
		expect(sent(report).some((c) => c.endsWith(':garbled'))).toBe(true);
		expect(report.vin).toBe(first.vin);
		expect(report.ecus).toEqual(first.ecus);
	});
});

/** Status texts: [status, retried once?]. */
const STATUSES: [string, string, boolean][] = [
	['BUFFER FULL', 'buffer-full', false],
	['LV RESET', 'low-voltage-reset', true],
	['CAN ERROR', 'can-error', true],
	['STOPPED', 'stopped', true],
	['BUS BUSY', 'bus-busy', true],
	['FB ERROR', 'fb-error', false],
	['DATA ERROR', 'data-error', true]
];

describe('faults: status texts in the middle of a read', () => {
	it.each(STATUSES)('%s on the VIN request', async (status, code, retried) => {
		const { state, first, readAgainWith } = await readOnce();
		expect(await readAgainWith('vin', (l) => l.faults.answerOnce('0902', status))).toBe(true);
		const report = state.report!;
		expect(sent(report)).toContain(`0902:${code}`);
		// Everything else was read as before.
		expect(report.ecus).toEqual(first.ecus);
		expect(report.dtcReads).toEqual(first.dtcReads);
		if (retried) {
			expect(sent(report)).toContain('0902');
			expect(report.vin).toBe(first.vin);
		} else {
			// Asked once: the same answer would fail the same way. The note says the VIN
			// could not be read this time, never that the car has none.
			expect(sent(report).filter((c) => c.startsWith('0902'))).toHaveLength(1);
			expect(report.vin).toBeNull();
			expect(report.notes.join(' ')).toMatch(/could not be read this time/);
			expect(report.notes.join(' ')).not.toMatch(/does not report its VIN/);
		}
	});
});
