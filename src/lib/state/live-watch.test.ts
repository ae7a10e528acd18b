import { describe, expect, it } from 'vitest';
import type { Elm327 } from '../elm327/types';
import type { GuideState, IgnitionReading } from '../resync/engine-types';
import type { Procedure } from '../resync/types';
import { PROBE_LIMIT_MS, type IgnitionProbe, type ProbeOptions } from '../scan';
import type { VehicleReport } from '../scan/types';
import { FakeClock } from '../simulator/body-module/fake-clock';
import { GUIDE_OWNER, LiveWatch, watchesIgnition, type LiveReading } from './live-watch.svelte';
import { TIMED, WATCHED } from './test/small-catalogue';

/**
 * The guide's live watch on its own: a fake run (a session at a step, a
 * procedure) and fake looks at the car, on a fake clock.
 */

const POLL = 1_000;

/** Lets pending promises (the loop between two looks) run. */
async function settle(): Promise<void> {
	for (let i = 0; i < 20; i++) await Promise.resolve();
}

function setup(options: {
	procedure?: Procedure;
	probe?: (elm: Elm327, o: ProbeOptions) => Promise<IgnitionProbe>;
	battery?: (elm: Elm327, o: ProbeOptions) => Promise<number | null | 'busy'>;
}) {
	const clock = new FakeClock(Date.UTC(2025, 4, 10, 9, 0, 0));
	const sent: LiveReading[] = [];
	const looks: ProbeOptions[] = [];
	const run = {
		mode: 'step' as GuideState['mode']['kind'],
		ignition: 'unknown' as IgnitionReading,
		elm: { closed: false } as Elm327 | null
	};
	const watch = new LiveWatch(
		{
			clock,
			elm: () => run.elm,
			pollMs: POLL,
			probeIgnition: async (elm, o) => {
				looks.push(o);
				return options.probe ? options.probe(elm, o) : 'off';
			},
			readBattery: async (elm, o) => {
				looks.push(o);
				return options.battery ? options.battery(elm, o) : 12.6;
			}
		},
		{
			session: () =>
				({ mode: { kind: run.mode }, readings: { ignition: run.ignition } }) as GuideState,
			procedure: () => options.procedure ?? WATCHED,
			send: (reading) => {
				sent.push(reading);
				if (reading.type === 'observe') run.ignition = reading.ignition;
			}
		}
	);
	return { clock, sent, looks, run, watch };
}

describe('the live watch', () => {
	it('looks only where the procedure watches the ignition', () => {
		expect(watchesIgnition(WATCHED)).toBe(true);
		expect(watchesIgnition(TIMED)).toBe(false);
	});

	it('takes a fresh battery reading first, under the guide’s name, then one look a pause', async () => {
		const t = setup({});
		t.watch.restart(null);
		t.watch.sync();
		await settle();
		expect(t.sent[0]).toEqual({ type: 'battery', volts: 12.6, engineRunning: null });
		expect(t.looks.every((l) => l.owner === GUIDE_OWNER)).toBe(true);
		// Right after the reading, the first look at the ignition; then one per pause.
		expect(t.looks).toHaveLength(2);
		expect(t.watch.view).toEqual({ status: 'watching', ignition: 'off' });
		t.clock.advance(POLL);
		await settle();
		t.clock.advance(POLL);
		await settle();
		expect(t.looks).toHaveLength(4);
		// The ignition read off once: handed to the session once, not at every look.
		expect(t.sent.filter((s) => s.type === 'observe')).toEqual([
			{ type: 'observe', ignition: 'off' }
		]);
		t.watch.dispose();
	});

	it('tries the battery three times while someone else holds the adapter, then goes on with the report’s', async () => {
		const report = { ignition: 'running', rpm: 800, batteryVolts: 13.8 } as VehicleReport;
		const t = setup({ procedure: TIMED, battery: async () => 'busy' });
		t.watch.restart(report);
		t.watch.sync();
		await settle();
		expect(t.watch.view.status).toBe('busy');
		expect(t.sent).toEqual([]);
		t.clock.advance(POLL);
		await settle();
		expect(t.sent).toEqual([]);
		t.clock.advance(POLL);
		await settle();
		expect(t.looks).toHaveLength(3);
		expect(t.sent).toEqual([{ type: 'battery', volts: 13.8, engineRunning: true }]);
		// TIMED does not watch the ignition: nothing more to look at.
		t.clock.advance(5 * POLL);
		await settle();
		expect(t.looks).toHaveLength(3);
		expect(t.watch.view.status).toBe('none');
	});

	it('a look with no answer in time reads as silence (the deadline runs on the guide’s clock)', async () => {
		const t = setup({
			probe: (_elm, o) =>
				new Promise((resolve) => o.deadline?.addEventListener('abort', () => resolve('off')))
		});
		t.watch.sync();
		await settle();
		expect(t.watch.view.status).toBe('none');
		t.clock.advance(PROBE_LIMIT_MS - 1);
		await settle();
		expect(t.sent).toEqual([]);
		t.clock.advance(1);
		await settle();
		expect(t.sent).toEqual([{ type: 'observe', ignition: 'off' }]);
		t.watch.dispose();
	});

	it('stops when the step ends, the adapter goes, or a look finds it gone', async () => {
		const t = setup({});
		t.watch.sync();
		await settle();
		t.run.mode = 'ended';
		t.watch.sync();
		t.clock.advance(3 * POLL);
		await settle();
		expect(t.looks).toHaveLength(1);
		expect(t.watch.view.status).toBe('none');

		t.run.mode = 'step';
		t.watch.sync();
		await settle();
		expect(t.looks).toHaveLength(2);
		t.run.elm = null;
		t.clock.advance(3 * POLL);
		await settle();
		expect(t.looks).toHaveLength(2);
		expect(t.watch.connected).toBe(false);

		const gone = setup({ probe: async () => 'gone' });
		gone.watch.sync();
		await settle();
		gone.clock.advance(3 * POLL);
		await settle();
		expect(gone.looks).toHaveLength(1);
		expect(gone.watch.view.status).toBe('none');
	});
});
