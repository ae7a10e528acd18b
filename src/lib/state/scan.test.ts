import { describe, expect, it } from 'vitest';
import { openElm327 } from '../elm327';
import { applyManualVin, scanVehicle } from '../scan';
import { createSimulatedLink } from '../simulator';
import { createProtocolMemory } from './protocol-memory';
import { toSavedReport, type CodesCleared, type SavedReport } from './report-file';
import type { ReportStore } from './report-store';
import { SCAN_OWNER, ScanState } from './scan.svelte';

async function setup() {
	const elm = await openElm327(createSimulatedLink('minimal', { latency: 'fast', seed: 2 }));
	const holders: (string | null)[] = [];
	const state = new ScanState({
		scan: (lease, options) => {
			holders.push(elm.holder);
			return scanVehicle(lease, options);
		},
		applyManualVin,
		memory: createProtocolMemory(null)
	});
	return { elm, state, holders };
}

describe('ScanState holds the adapter for the whole scan', () => {
	it('takes the lease, keeps others out while it runs, and gives it back', async () => {
		const { elm, state, holders } = await setup();
		const running = state.run(elm);
		expect(elm.holder).toBe(SCAN_OWNER);
		await expect(elm.send('ATRV')).rejects.toMatchObject({
			code: 'adapter-busy',
			message: 'The adapter is busy: the vehicle scan is using it.'
		});
		expect(await running).toBe(true);
		expect(holders).toEqual([SCAN_OWNER]);
		expect(elm.holder).toBeNull();
		expect(state.report?.protocol?.code).toBe('6');
	});

	it('a scan changes no setting that needs restoring: the next holder gets the adapter as it was', async () => {
		const { elm, state } = await setup();
		expect(await state.run(elm)).toBe(true);
		const before = elm.transcript().length;
		await elm.send('ATRV');
		const sent = elm
			.transcript()
			.slice(before)
			.filter((e) => e.dir === 'tx')
			.map((e) => e.text);
		expect(sent).toEqual(['ATRV']);
	});

	it('does not start while another owner holds the adapter, and says who', async () => {
		const { elm, state } = await setup();
		const guide = elm.acquire('the resync guide');
		expect(await state.run(elm)).toBe(false);
		expect(state.error).toEqual({
			code: 'adapter-busy',
			message: 'The adapter is busy: the resync guide is using it.'
		});
		expect(state.running).toBe(false);
		guide.release();
		expect(await state.run(elm)).toBe(true);
		expect(state.error).toBeNull();
	});

	it('gives the adapter back at once when the scan is stopped', async () => {
		const { elm, state } = await setup();
		const running = state.run(elm);
		state.cancel();
		expect(elm.holder).toBeNull();
		expect(await running).toBe(false);
		expect(state.error).toBeNull();
	});
});

describe('ScanState records a trouble-code clear from the expert console', () => {
	function storeSpy(kept: SavedReport | null = null) {
		const saves: (CodesCleared | null | undefined)[] = [];
		const store: ReportStore = {
			load: () => kept,
			save: (_report, _guide, cleared) => void saves.push(cleared),
			clear: () => undefined
		};
		return { store, saves };
	}
	async function withStore(kept: SavedReport | null = null) {
		const elm = await openElm327(createSimulatedLink('minimal', { latency: 'fast', seed: 2 }));
		const { store, saves } = storeSpy(kept);
		const state = new ScanState({
			scan: scanVehicle,
			applyManualVin,
			memory: createProtocolMemory(null),
			store
		});
		return { elm, state, saves };
	}
	const AT = '2025-11-25T10:07:00.000Z';

	it('keeps the clear with the report on the device, and through a rescan in the same visit', async () => {
		const { elm, state, saves } = await withStore();
		expect(state.codesCleared).toBeNull();
		expect(await state.run(elm)).toBe(true);
		state.recordCodesCleared(AT);
		expect(state.codesCleared).toEqual({ at: AT, from: 'expert-console' });
		expect(saves.at(-1)).toEqual({ at: AT, from: 'expert-console' });
		expect(await state.run(elm)).toBe(true);
		expect(state.codesCleared?.at).toBe(AT);
		expect(saves.at(-1)?.at).toBe(AT);
		state.recordGuide(null);
		expect(saves.at(-1)?.at).toBe(AT);
	});

	it('a clear restored with the kept report shows with it, but not on a new reading', async () => {
		const { elm, state: first } = await withStore();
		await first.run(elm);
		const kept = toSavedReport(first.report!, null, { at: AT, from: 'expert-console' });
		const { state, saves } = await withStore(kept);
		expect(state.origin).toBe('kept');
		expect(state.codesCleared?.at).toBe(AT);
		expect(await state.run(elm)).toBe(true);
		expect(state.codesCleared).toBeNull();
		expect(saves.at(-1)).toBeNull();
	});
});

describe('ScanState loads the protocol memory when a scan first needs it', () => {
	it('calls the loader once, at the first scan, and the car read is remembered', async () => {
		const elm = await openElm327(createSimulatedLink('minimal', { latency: 'fast', seed: 2 }));
		const memory = createProtocolMemory(null);
		let loads = 0;
		const state = new ScanState({
			scan: scanVehicle,
			applyManualVin,
			memory: async () => {
				loads++;
				return memory;
			}
		});
		expect(loads).toBe(0);
		expect(await state.run(elm)).toBe(true);
		expect(loads).toBe(1);
		expect(memory.hint()).toBe('6');
		// A typed VIN re-remembers the protocol under it: the same memory, not a second load.
		expect(await state.setManualVin('WMWRC33423TJ12345')).toBeNull();
		expect(loads).toBe(1);
	});
});
