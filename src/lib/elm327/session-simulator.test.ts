import { afterEach, describe, expect, it, vi } from 'vitest';
import { openElm327 } from '.';
import { createSimulatedLink, VARIANTS } from '../simulator';
import { FAST } from '../simulator/latency';
import type { AdapterVariantId } from '../simulator/types';
import { isAdapterError } from '../transport/adapter-error';
import { settle } from './fake-time';

afterEach(() => vi.useRealTimers());

const expected: Record<AdapterVariantId, string> = {
	'elm327-v1.4b': 'elm327',
	'elm327-v2.2': 'elm327',
	stn2120: 'stn',
	'clone-v1.5': 'clone',
	'clone-v2.1': 'clone'
};

/** The commands init sends to each adapter: only what tells it apart. */
const INIT_COMMANDS: Record<AdapterVariantId, string[]> = {
	'elm327-v1.4b': ['ATWS', 'ATE0', 'ATH1', 'AT@1', 'STI'],
	'elm327-v2.2': ['ATWS', 'ATE0', 'ATH1', 'AT@1', 'STI', 'ATIGN'],
	stn2120: ['ATWS', 'ATE0', 'ATH1', 'AT@1', 'STI', 'STDI'],
	'clone-v1.5': ['ATWS', 'ATE0', 'ATH1'],
	'clone-v2.1': ['ATWS', 'ATE0', 'ATH1', 'AT@1']
};

describe('the whole init against each simulated adapter', () => {
	for (const variant of Object.keys(VARIANTS) as AdapterVariantId[]) {
		it(`${variant} is identified as ${expected[variant]}`, async () => {
			const link = createSimulatedLink('minimal', { variant, latency: 'fast', seed: 7 });
			const sent: string[] = [];
			const steps: string[] = [];
			const elm = await openElm327(link, { onProgress: (s) => steps.push(s) });
			expect(steps).toEqual(['resetting', 'configuring', 'identifying', 'ready']);
			for (const e of elm.transcript()) if (e.dir === 'tx') sent.push(e.text);
			expect(elm.adapter.kind).toBe(expected[variant]);
			expect(sent).toEqual(INIT_COMMANDS[variant]);
			// Headers on, spaces on: a CAN answer names its ECU.
			expect(await elm.send('ATSP6')).toEqual(['OK']);
			expect(await elm.send('0100')).toEqual([expect.stringMatching(/^7E8 06 41 00 /)]);
			await elm.close();
		});
	}

	it('recovers from STOPPED when a timeout interrupts a slow answer', async () => {
		vi.useFakeTimers();
		const link = createSimulatedLink('minimal', { latency: { ...FAST, canMs: 400 }, seed: 3 });
		const elm = await settle(openElm327(link));
		await settle(elm.send('ATSP6'));
		const early = await settle(elm.send('0100', { timeoutMs: 50 }).catch((e) => e));
		expect(isAdapterError(early, 'timeout')).toBe(true);
		// The resync's first byte interrupts the busy adapter (STOPPED); the answer
		// to 010C is its own, never the interrupted 0100's.
		expect(await settle(elm.send('010C'))).toEqual([expect.stringMatching(/^7E8 04 41 0C /)]);
		expect(elm.transcript().some((e) => e.dir === 'rx' && e.text.includes('STOPPED'))).toBe(true);
		await elm.close();
	});

	it('an explicit K-line protocol wakes the bus: BUS INIT then the answer', async () => {
		const link = createSimulatedLink('mini-r50-2003', { latency: 'fast' });
		const elm = await openElm327(link);
		await elm.send('ATSP3');
		expect(await elm.send('0100')).toEqual([expect.stringMatching(/^48 6B 10 41 00 /)]);
		await elm.close();
	});

	it('an adapter that drops the link on ATZ stays connected: init resets it with the warm start', async () => {
		const link = createSimulatedLink('minimal', { latency: 'fast' });
		link.faults.dropOnReset = true;
		const elm = await openElm327(link);
		expect(elm.closed).toBe(false);
		expect(elm.transcript().some((e) => e.dir === 'tx' && e.text === 'ATZ')).toBe(false);
		await elm.close();
	});

	it('a link that drops during init gives a clear disconnected error', async () => {
		const link = createSimulatedLink('minimal', { latency: 'fast' });
		const opening = openElm327(link, {
			onProgress: (step) => step === 'configuring' && link.faults.disconnect()
		});
		const error = await opening.catch((e) => e);
		expect(isAdapterError(error, 'disconnected')).toBe(true);
	});

	it('a spontaneous adapter reset mid-session is noticed and settings come back', async () => {
		vi.useFakeTimers();
		const link = createSimulatedLink('minimal', { latency: 'fast' });
		const elm = await settle(openElm327(link));
		link.faults.resetAdapter();
		// The banner arrives on the next timer turn, before the next command.
		await vi.advanceTimersByTimeAsync(20);
		// Headers would be off after a reset; the session re-applied ATH1.
		expect(await settle(elm.send('0100'))).toEqual([expect.stringMatching(/^7E8 /)]);
		expect(elm.transcript().filter((e) => e.dir === 'tx' && e.text === 'ATH1')).toHaveLength(2);
		await settle(elm.close());
	});
});
