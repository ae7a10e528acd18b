import { describe, expect, it } from 'vitest';
import type { Procedure } from './types';
import { BATTERY_GATE, batteryGate } from './battery-gate';
import { CATALOGUE } from './test/full-catalogue';
import { GuideDriver } from './test/guide-driver';

/**
 * The battery gate: a general, sourced figure for any car; a make's own
 * low-voltage fact only where its procedure adds it; a pass worded as what
 * one reading at the socket can support.
 */

const MINI_BC1 = {
	text: 'On this MINI the body computer (BC1) switches the heated rear window and heated front screen off below 11.8 V.',
	confidence: 'M' as const,
	sources: ['mini-bc1-description']
};

describe('batteryGate', () => {
	it('cites general battery sources, all registered in the catalogue', () => {
		expect(BATTERY_GATE.volts).toBe(12.2);
		expect(BATTERY_GATE.confidence).toBe('C');
		for (const id of BATTERY_GATE.sources) expect(CATALOGUE.source(id), id).not.toBeNull();
		expect(BATTERY_GATE.sources).not.toContain('mini-bc1-description');
	});

	it('low without a car fact: the general figure only, no body computer of another make', () => {
		const r = batteryGate(11.9, false);
		expect(r.status).toBe('low');
		expect(r.text).toMatch(/11\.9 V with the engine off, under 12\.2 V/);
		expect(r.text).toMatch(/about half charge at 12\.2 V/);
		expect(r.text).not.toMatch(/body computer|11\.8|BC1/);
		expect(r.sources).toEqual(BATTERY_GATE.sources);
		expect(r.confidence).toBe('C');
	});

	it('low with the procedure’s own fact: added in words, with its sources and the weaker mark', () => {
		const r = batteryGate(11.9, false, MINI_BC1);
		expect(r.text).toContain(MINI_BC1.text);
		expect(r.sources).toEqual([...BATTERY_GATE.sources, 'mini-bc1-description']);
		expect(r.confidence).toBe('C');
		expect(batteryGate(11.9, false, { ...MINI_BC1, confidence: 'S' }).confidence).toBe('S');
	});

	it('a pass says no sign of a weak battery, with the limits of one reading', () => {
		const r = batteryGate(12.6, false, MINI_BC1);
		expect(r.status).toBe('ok');
		expect(r.text).toMatch(/12\.6 V with the engine off: no sign of a weak battery/);
		expect(r.text).toMatch(/about ±0\.30 V/); // 2 % of 12.6 V, rounded up to 0.05 V
		expect(r.text).toMatch(/driven or charged in the last few hours reads higher/);
		expect(r.text).not.toMatch(/good for|session/);
		// A pass never carries a make's low-voltage fact.
		expect(r.text).not.toContain(MINI_BC1.text);
	});

	it('an engine not known to run reads exactly as one known to be off, at every voltage', () => {
		// The same report must pass or fail the same way whether or not a silent adapter is connected.
		for (let tenths = 50; tenths <= 190; tenths++) {
			const volts = tenths / 10;
			expect(batteryGate(volts, null, MINI_BC1), `${volts} V`).toEqual(
				batteryGate(volts, false, MINI_BC1)
			);
		}
	});

	it('a charging voltage with the engine not known to run is not called a rested battery', () => {
		const r = batteryGate(14.2, false);
		expect(r.status).toBe('running');
		expect(r.text).toMatch(
			/14\.2 V: that is a charging voltage \(the engine running, or a charger connected\)/
		);
		expect(r.text).not.toMatch(/engine off/);
	});

	it('running and unknown readings are unchanged in kind', () => {
		expect(batteryGate(14.1, true).status).toBe('running');
		expect(batteryGate(null, null).status).toBe('unknown');
		expect(batteryGate(3, null).status).toBe('unknown');
	});
});

describe('the gate inside the guide: the make fact follows the procedure', () => {
	const proc = (id: string): Procedure => CATALOGUE.procedure(id)!.procedure;

	it('a MINI session names BC1 when the battery is low', () => {
		const d = new GuideDriver(proc('mini-r5x-3-button'), 1);
		d.send({ type: 'battery', volts: 11.7, engineRunning: false } as never);
		expect(d.view.status).toBe('battery-low');
		expect(d.view.batteryLow?.text).toMatch(
			/BC1\) switches the heated rear window and heated front screen off below 11\.8 V/
		);
	});

	it('a BMW session (same steps, another body module) and a GM session do not', () => {
		for (const id of ['bmw-remote-init', 'gm-gto-30-minutes']) {
			const d = new GuideDriver(proc(id), 1);
			d.send({ type: 'battery', volts: 11.7, engineRunning: false } as never);
			expect(d.view.status, id).toBe('battery-low');
			expect(d.view.batteryLow?.text, id).not.toMatch(/BC1|11\.8/);
			expect(d.view.batteryLow?.text, id).toMatch(/half charge/);
		}
	});
});
