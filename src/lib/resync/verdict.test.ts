import { beforeAll, describe, expect, it } from 'vitest';
import type { VehicleReport } from '../scan/types';
import { openElm327 } from '../elm327';
import { createSimulatedLink, scenarios } from '../simulator';
import { applyManualVin, scanVehicle } from '../scan';
import { decodeVin } from '../vehicle';
import { verdictFor } from './verdict';
import { CATALOGUE } from './test/full-catalogue';

/** Real reports: scanVehicle over the simulator's cars, as the vehicle page gets them. */
const reports = new Map<string, VehicleReport>();

beforeAll(async () => {
	for (const { id } of scenarios) {
		const link = createSimulatedLink(id, { latency: 'fast', seed: 11 });
		const elm = await openElm327(link);
		reports.set(id, await scanVehicle(elm));
		await elm.close();
	}
});

const report = (id: string) => {
	const r = reports.get(id);
	if (!r) throw new Error(`no report for ${id}`);
	return r;
};
const YEAR = 2025;

describe('the verdict on real scans of the simulated cars', () => {
	it('2005 MINI R53, engine running: asks for the key, then "Home resync possible … 3-button key"', () => {
		const first = verdictFor({ report: report('mini-r53-2005'), currentYear: YEAR }, CATALOGUE);
		expect(first).toMatchObject({
			kind: 'identify-key',
			headline: 'Tell us which key you have',
			action: { kind: 'identify-key', questionId: 'mini-key-buttons', label: 'Identify your key' }
		});
		const v = verdictFor(
			{
				report: report('mini-r53-2005'),
				answers: { 'mini-key-buttons': '3' },
				currentYear: YEAR
			},
			CATALOGUE
		);
		expect(v.kind).toBe('home-resync');
		expect(v.headline).toBe('Home resync possible: 2005 MINI Cooper S (R53), 3-button key');
		expect(v.action).toEqual({
			kind: 'start-guide',
			label: 'Start the resync guide',
			procedureId: 'mini-r5x-3-button'
		});
		expect(v.confidence).toBe('C'); // VIN table (C) and procedure B (C)
		// 13.9 V with the engine running is the charging voltage: no battery nag.
		expect(report('mini-r53-2005').ignition).toBe('running');
	});

	it('2003 MINI R50 without VIN over OBD: find the procedure, then by the typed VIN to the 2-button resync', () => {
		const r = report('mini-r50-2003');
		expect(verdictFor({ report: r, currentYear: YEAR }, CATALOGUE)).toMatchObject({
			kind: 'find-procedure',
			action: { kind: 'find-procedure' }
		});
		const typed = applyManualVin(r, 'WMWRC33483TE12345');
		expect(verdictFor({ report: typed, currentYear: YEAR }, CATALOGUE).headline).toBe(
			'Tell us which key you have'
		);
		const two = verdictFor(
			{
				report: typed,
				answers: { 'mini-key-buttons': '2' },
				currentYear: YEAR
			},
			CATALOGUE
		);
		expect(two).toMatchObject({
			kind: 'identify-key',
			headline: 'Tell us about your key',
			action: { questionId: 'key-origin' }
		});
		const known = verdictFor(
			{
				report: typed,
				answers: { 'mini-key-buttons': '2', 'key-origin': 'worked-before' },
				currentYear: YEAR
			},
			CATALOGUE
		);
		expect(known.headline).toBe('Home resync possible: 2003 MINI Cooper (R50), 2-button key');
		expect(known.confidence).toBe('U'); // two readings of the manual
		const fresh = verdictFor(
			{
				report: typed,
				answers: { 'mini-key-buttons': '2', 'key-origin': 'new' },
				currentYear: YEAR
			},
			CATALOGUE
		);
		expect(fresh).toMatchObject({
			kind: 'shop',
			headline: 'A new key or remote for this car needs a shop tool — here is what to ask for',
			action: { kind: 'see-shop-path', shopPathId: 'mini-r5x-2-button-new-remote' }
		});
	});

	it('2008 MINI R56: a shop tool, here is what to ask for', () => {
		const v = verdictFor({ report: report('mini-r56-2008'), currentYear: YEAR }, CATALOGUE);
		expect(v.kind).toBe('shop');
		// The owner said nothing of a new key: the headline does not claim one.
		expect(v.headline).toBe(
			'No home procedure for this car and key — here is what to ask a shop for'
		);
		expect(v.detail).toBe('Keys for this MINI are set up with a shop tool.');
		expect(v.action).toEqual({
			kind: 'see-shop-path',
			label: 'See what to ask the shop',
			shopPathId: 'mini-cas-keys'
		});
		expect(v.confidence).toBe('U'); // the R56 VIN pattern is from few samples
	});

	it('ignition off (adapter answered, no computer did): turn it on and read again', () => {
		const v = verdictFor({ report: report('ignition-off'), currentYear: YEAR }, CATALOGUE);
		expect(v).toMatchObject({
			kind: 'read-again',
			headline: 'Turn the ignition on and read again',
			action: { kind: 'read-again' }
		});
	});

	it('a weak battery at rest in a car with a home procedure: charge first, with the reading', () => {
		const weak = report('weak-battery');
		expect(weak.ignition).toBe('on');
		const asR53 = { ...weak, vehicle: decodeVin('WMWRE33455TD12345', { currentYear: YEAR }) };
		const v = verdictFor(
			{
				report: asR53,
				answers: { 'mini-key-buttons': '3' },
				currentYear: YEAR
			},
			CATALOGUE
		);
		expect(v.kind).toBe('charge-battery');
		expect(v.headline).toBe(`Charge the battery first (${weak.batteryVolts!.toFixed(1)} V)`);
		expect(v.action.kind).toBe('read-again');
		// The general battery figure (battery makers' tables) is C; this MINI adds its BC1 fact (M).
		expect(v.confidence).toBe('C');
		expect(v.detail).toMatch(/half charge/);
		expect(v.detail).toMatch(
			/BC1\) switches the heated rear window and heated front screen off below 11\.8 V/
		);
	});

	it('a weak battery in a car only a shop can do: the shop stays the headline, the battery is mentioned', () => {
		const v = verdictFor({ report: report('weak-battery'), currentYear: YEAR }, CATALOGUE);
		expect(v.kind).toBe('shop');
		expect(v.detail).toMatch(/under 12\.2 V/);
	});

	it('a car whose maker FobSync does not know: find the procedure', () => {
		expect(verdictFor({ report: report('can29-car'), currentYear: YEAR }, CATALOGUE).kind).toBe(
			'find-procedure'
		);
		expect(verdictFor({ report: report('minimal'), currentYear: YEAR }, CATALOGUE).kind).toBe(
			'find-procedure'
		);
	});
});

describe('the verdict without an adapter', () => {
	it('no report and no car: find your car’s procedure', () => {
		expect(verdictFor({ report: null }, CATALOGUE)).toMatchObject({
			kind: 'find-procedure',
			headline: 'Find your car’s procedure',
			confidence: 'U'
		});
	});

	it('a typed VIN, then the key', () => {
		const car = { by: 'vin', vin: 'WMWRE33455TD12345' } as const;
		expect(verdictFor({ report: null, car, currentYear: YEAR }, CATALOGUE).headline).toBe(
			'Tell us which key you have'
		);
		expect(
			verdictFor(
				{ report: null, car, answers: { 'mini-key-buttons': '3' }, currentYear: YEAR },
				CATALOGUE
			).kind
		).toBe('home-resync');
	});

	it('a picked BMW E46: home resync possible', () => {
		const v = verdictFor(
			{
				report: null,
				car: { by: 'pick', make: 'BMW', model: 'BMW 3 Series (E46)', year: 2002 }
			},
			CATALOGUE
		);
		expect(v.headline).toBe('Home resync possible: 2002 BMW 3 Series (E46)');
		expect(v.confidence).toBe('C');
	});

	it('a typed VIN that fails its check: the reason, and find the procedure', () => {
		const v = verdictFor({ report: null, car: { by: 'vin', vin: 'WMWRE3345' } }, CATALOGUE);
		expect(v.kind).toBe('find-procedure');
		expect(v.detail).toMatch(/17 characters/);
	});

	it('a make nobody has data for: the catch-all shop path', () => {
		const v = verdictFor(
			{
				report: null,
				car: { by: 'pick', make: 'SsangYong', model: 'other', year: 2004 }
			},
			CATALOGUE
		);
		expect(v.kind).toBe('shop');
		expect(v.headline).toMatch(/No home procedure known/);
		expect(v.action).toMatchObject({ shopPathId: 'no-owner-procedure' });
	});
});

describe('a key that came with a used car ("Not sure")', () => {
	const R50 = {
		by: 'pick',
		make: 'MINI',
		model: 'MINI One / Cooper hatch (R50)',
		year: 2003
	} as const;

	it('is treated as a key that may have worked: the quick resync, not "a new key has to be coded"', () => {
		const v = verdictFor(
			{
				report: null,
				car: R50,
				answers: { 'mini-key-buttons': '2', 'key-origin': 'not-sure' },
				currentYear: YEAR
			},
			CATALOGUE
		);
		expect(v.kind).toBe('home-resync');
		expect(v.action).toMatchObject({ procedureId: 'mini-r5x-2-button-quick' });
		expect(v.finder?.candidates.map((c) => c.id)).not.toContain('bmw-mini-new-key');
		expect(`${v.headline} ${v.detail}`).not.toMatch(/new key/i);
	});

	it('a "Not sure" key that does not start the engine either keeps both readings open', () => {
		const v = verdictFor(
			{
				report: null,
				car: R50,
				answers: { 'mini-key-buttons': '2', 'key-origin': 'not-sure', 'key-starts-engine': 'no' },
				currentYear: YEAR
			},
			CATALOGUE
		);
		const ids = v.finder?.candidates.map((c) => c.id);
		expect(ids).toContain('mini-r5x-2-button-quick');
		expect(ids).toContain('bmw-mini-new-key');
	});
});
