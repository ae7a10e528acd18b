import { describe, expect, it } from 'vitest';
import { openElm327 } from '../elm327';
import { leasedFake } from '../elm327/fake-leased';
import type { Elm327 } from '../elm327/types';
import { createSimulatedLink } from '../simulator';
import { AdapterError } from '../transport/adapter-error';
import { probeIgnition, readBatteryVolts, type ProbeOptions } from './ignition-probe';

/** Looks under the guide's name, as the guide's live watch takes them. */
const AS: ProbeOptions = { owner: 'the resync guide' };

async function demo(scenario: string) {
	const link = createSimulatedLink(scenario, { latency: 'fast', seed: 5 });
	const elm = await openElm327(link);
	return { elm, body: link.car.body! };
}

describe('short looks at the car over the simulated car', () => {
	it('see the ignition from whether the engine computer answers: on at position 2, off at off and position 1', async () => {
		const { elm, body } = await demo('mini-r53-2005');
		expect(await probeIgnition(elm, AS)).toBe('on'); // engine running
		body.setIgnition('off');
		expect(await probeIgnition(elm, AS)).toBe('off');
		body.setIgnition('accessory');
		expect(await probeIgnition(elm, AS)).toBe('off');
		body.setIgnition('on');
		expect(await probeIgnition(elm, AS)).toBe('on');
		await elm.close();
		expect(await probeIgnition(elm, AS)).toBe('gone');
	});

	it('hold the session’s lease for each look only, and find it busy while a scan holds it', async () => {
		const { elm, body } = await demo('mini-r53-2005');
		body.setIgnition('off');
		expect(await probeIgnition(elm, AS)).toBe('off');
		expect(elm.holder).toBeNull();
		const scan = elm.acquire('the vehicle scan');
		expect(await probeIgnition(elm, AS)).toBe('busy');
		expect(await readBatteryVolts(elm, AS)).toBe('busy');
		scan.release();
		body.setIgnition('on');
		expect(await probeIgnition(elm, AS)).toBe('on');
		expect(elm.holder).toBeNull();
		await elm.close();
	});

	it('read the battery fresh', async () => {
		const { elm } = await demo('ford-f150-2005');
		// The adapter reads its own supply pin, a little under the battery (about 0.2 V here).
		const volts = await readBatteryVolts(elm, AS);
		expect(volts).toBeGreaterThan(12);
		expect(volts).toBeLessThan(12.6);
		await elm.close();
	});

	it('a time limit with no answer reads as silence; a stop reads as unknown', async () => {
		const hanging: Elm327 = {
			...({} as Elm327),
			closed: false,
			adapter: { supports: { RV: true } } as Elm327['adapter'],
			send: (_c, o) =>
				new Promise((_, reject) =>
					o?.signal?.addEventListener('abort', () => reject(new AdapterError('aborted', 'stopped')))
				)
		};
		const deadline = new AbortController();
		const pending = probeIgnition(hanging, { ...AS, deadline: deadline.signal });
		deadline.abort();
		expect(await pending).toBe('off');
		const stop = new AbortController();
		const stopped = probeIgnition(hanging, { ...AS, signal: stop.signal });
		stop.abort();
		expect(await stopped).toBe('unknown');
	});

	it('take the adapter for each look and give it back; busy when someone else holds it', async () => {
		const log: string[] = [];
		const { elm, hold } = leasedFake(log, async () => ['41 00 BE 3E B8 11']);
		expect(await probeIgnition(elm, AS)).toBe('on');
		expect(log).toEqual([`acquire ${AS.owner}`, 'send 0100', 'release']);
		// Under whichever name the caller gives: the scan layer names no caller of its own.
		expect(await readBatteryVolts(elm, { owner: 'a test caller' })).toBeNull(); // no volts in the answer
		expect(log.slice(3)).toEqual(['acquire a test caller', 'send ATRV', 'release']);
		hold('the vehicle scan');
		expect(await probeIgnition(elm, AS)).toBe('busy');
		expect(await readBatteryVolts(elm, AS)).toBe('busy');
	});
});
