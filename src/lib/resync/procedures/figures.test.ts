/**
 * The famous figures, asserted one by one against the data: the numbers an
 * owner's manual or service text gives, and the places where the source gives
 * none (no countdown).
 */
import { describe, expect, it } from 'vitest';
import type { Procedure, ProcedureVariant, RepeatStep, Step, TimeWindow } from '../types';
import { MAKE_MODULES } from './makes';
import { GuideDriver } from '../test/guide-driver';

const S = 1000;

const all = MAKE_MODULES.flatMap((m) => m.procedures);

function get(id: string): Procedure {
	const p = all.find((r) => r.id === id);
	if (!p) throw new Error(`no procedure ${id}`);
	return p;
}
/** Windows with one of these ids, in step order (a first-remote window and its per-key successor). */
const pair = (p: Procedure | ProcedureVariant, a: string, b: string) => [
	...windows(p, a),
	...windows(p, b)
];
const steps = (p: Procedure | ProcedureVariant): Step[] => [...p.setup, ...p.perKey, ...p.finish];
function step(p: Procedure | ProcedureVariant, id: string): Step {
	const s = steps(p).find((x) => x.id === id);
	if (!s) throw new Error(`no step ${id} in ${p.id}`);
	return s;
}
/** Windows with this id, in the order the steps open them. */
const windows = (p: Procedure | ProcedureVariant, id: string): TimeWindow[] =>
	steps(p).flatMap((s) => (s.opens ?? []).filter((w) => w.id === id));
const times = (s: Step) => (s as RepeatStep).times;

describe('famous figures', () => {
	it('Ford eight turns: 8 turns within 10 s, then 20 s per remote from the mode or the last remote', () => {
		const p = get('ford-rke-8-turns');
		expect(times(step(p, 'turns'))).toBe(8);
		expect(windows(p, 'turns').map((w) => w.maxSeconds)).toEqual([10]);
		const program = pair(p, 'program', 'next-remote');
		expect(program.map((w) => w.maxSeconds)).toEqual([20, 20]);
		expect(program.map((w) => w.from)).toEqual([
			'the moment the car signalled it is ready',
			'the last remote the car accepted'
		]);
		expect(step(p, 'press').within).toEqual(['program', 'next-remote']);
		expect(p.confidence).toBe('M');
		expect(p.variants?.map((v) => v.confidence)).toEqual(['M', 'U', 'S', 'U']);
	});

	it('Town Car / Grand Marquis: 4 turns within 3 s, and no countdown for the remotes (not stated)', () => {
		const p = get('ford-rke-4-turns-town-car');
		expect(times(step(p, 'turns'))).toBe(4);
		expect(windows(p, 'turns')[0]?.maxSeconds).toBe(3);
		expect(pair(p, 'program', 'next-remote').every((w) => w.maxSeconds === null)).toBe(true);
		expect(step(p, 'press').detail).toMatch(/no time limit/);
	});

	it("Mazda B-Series: 8 turns within 10 s from its own handbook, no countdown for the remotes (Ford's 20 s is not its figure)", () => {
		const p = get('mazda-b-series-8-turns');
		expect(windows(p, 'turns')[0]?.maxSeconds).toBe(10);
		const press = pair(p, 'program', 'next-remote');
		expect(press.map((w) => w.maxSeconds)).toEqual([null, null]);
		expect(press.every((w) => w.sources.join() === 'mazda-b3000-2002-owners')).toBe(true);
		expect(step(p, 'press').detail).toMatch(/no time limit/);
	});

	it('Transit Connect: 4 turns within 6 s ending in OFF, then 10 s per remote', () => {
		const p = get('ford-rke-4-turns-end-off');
		expect(times(step(p, 'turns'))).toBe(4);
		expect(step(p, 'turns').title).toMatch(/OFF and RUN, 4 times within 6 seconds/);
		expect(windows(p, 'turns')[0]?.maxSeconds).toBe(6);
		expect(pair(p, 'program', 'next-remote').map((w) => w.maxSeconds)).toEqual([10, 10]);
	});

	it('Ford coded keys by year: 2000 manual 5 s / 10 s, 2008 manual 10 s / 20 s, the years between uncertain', () => {
		const old = get('ford-coded-key-1998-2002');
		const mid = get('ford-coded-key-2003-2007');
		const now = get('ford-coded-key-2008-2012');
		const gaps = (p: Procedure | ProcedureVariant) => [
			windows(p, 'gap1')[0]?.maxSeconds,
			windows(p, 'gap2')[0]?.maxSeconds
		];
		expect(gaps(old)).toEqual([5, 10]);
		expect(gaps(mid)).toEqual([10, 20]);
		expect(gaps(now)).toEqual([10, 20]);
		expect([old.confidence, mid.confidence, now.confidence]).toEqual(['C', 'U', 'M']);
		expect(mid.confidenceNote).toMatch(/Uncertain years/);
		expect(gaps(mid.variants![0]!)).toEqual([5, 10]);
		expect(windows(now, 'key2-hold')[0]).toMatchObject({ minSeconds: 1, maxSeconds: 10 });
		expect(windows(old, 'key2-hold')[0]).toMatchObject({ minSeconds: 1, maxSeconds: 5 });
		for (const p of [old, mid, now]) expect(p.workingKeysNeeded).toBe(2);
	});

	it('Ford coded keys 2008–2012: the 20 s wait comes before another key and after a failed try, never before the first', () => {
		const p = get('ford-coded-key-2008-2012');
		expect(step(p, 'wait-first')).toMatchObject({
			kind: 'wait',
			seconds: 20,
			forKeys: 'after-first-try',
			sources: ['ford-expedition-2010-owners-pats']
		});
		const d = new GuideDriver(p, 2, { volts: 12.6 });
		d.answer(0).done().done(); // two keys here; new key ready; ignition off confirmed by hand
		expect(d.stepId, 'the first try starts with the first working key').toBe('key1-on');
		const oneKey = () => {
			d.done(S).done(2 * S); // key 1 ON 2 s, OFF
			d.done(3 * S).done(2 * S); // key 2 within 10 s, ON 2 s, OFF
			d.done(3 * S).done(2 * S); // new key within 20 s, ON 2 s, OFF
		};
		oneKey();
		d.answer(1, S); // the new key does not start the car
		d.send({ type: 'retry' }, S);
		expect(d.stepId, 'after a failed try').toBe('wait-first');
		d.tick(20 * S);
		oneKey();
		d.answer(0, S);
		expect(d.view.key?.position).toBe(2);
		expect(d.stepId, 'before another key').toBe('wait-first');
		// And no variant keeps the no-op mark mapping: each variant's mark is its own spec's.
		expect(get('ford-coded-key-2003-2007').variants!.map((v) => v.confidence)).toEqual(['U', 'S']);
	});

	it('Chrysler Sentry Key: first key 3–15 s, second within 15 s, new key within 60 s', () => {
		const p = get('chrysler-sentry-key-add');
		// The Dakota manual supports "one at a time" (M); the key-ring advice rests on a 2007 manual's
		// note about starting, and says so.
		const keyring = p.warnings.find((w) => /key ring/.test(w.text))!;
		expect(keyring.sources).toEqual(['dodge-caliber-2007-owners-keyring']);
		expect(keyring.text).toMatch(
			/for starting the engine, and no manual we read says it for this programming/
		);
		expect(p.warnings.find((w) => /one at a time/.test(w.text))?.sources).toEqual([
			'dodge-dakota-2004-owners'
		]);
		expect(windows(p, 'key1-hold')[0]).toMatchObject({ minSeconds: 3, maxSeconds: 15 });
		expect(windows(p, 'key2-in')[0]?.maxSeconds).toBe(15);
		expect(windows(p, 'new-in')[0]?.maxSeconds).toBe(60);
		expect(p.maxKeys).toBe(8);
	});

	it('GM: Malibu 25 s from the unlock switch; Aura new key within 5 s; Corvette 2 minutes per remote', () => {
		expect(windows(get('gm-door-switch-key-inserts'), 'switch')[0]).toMatchObject({
			maxSeconds: 25,
			from: 'pressing the door unlock switch'
		});
		expect(windows(get('gm-pass-key-3-plus-add-key'), 'new-key')[0]?.maxSeconds).toBe(5);
		expect(
			pair(get('gm-corvette-fob-training'), 'training', 'training-next').map((w) => w.maxSeconds)
		).toEqual([120, 120]);
		expect(windows(get('gm-firebird-radio-fuse'), 'turns')[0]?.maxSeconds).toBe(5);
	});

	it('GM trucks: the ON/OFF turns have no stated time, so no countdown', () => {
		const p = get('gm-truck-door-switch-1999-2002');
		expect(windows(p, 'turns')[0]?.maxSeconds).toBeNull();
		expect(step(p, 'on-off').detail).toMatch(/no time limit/);
	});

	it('Honda bulletin: every step within 4 s of the one before, then 10 s for the remotes', () => {
		const p = get('honda-remote-bulletin');
		const chain = Array.from({ length: 10 }, (_, i) => windows(p, `step-${i + 1}`)[0]!);
		expect(chain.every(Boolean)).toBe(true);
		expect(windows(p, 'step-11')).toEqual([]);
		expect(chain.every((w) => w.maxSeconds === 4 && w.minSeconds === undefined)).toBe(true);
		expect(windows(p, 'program')[0]?.maxSeconds).toBe(10);
		expect(p.maxKeys).toBe(3);
	});

	it('Odyssey: 1 to 4 s between steps, no time for the second press of the first remote, 10 s for the others', () => {
		const p = get('honda-odyssey-store-codes');
		const chain = Array.from({ length: 10 }, (_, i) => windows(p, `step-${i + 1}`)[0]!);
		expect(chain.filter((w) => w.minSeconds === 1 && w.maxSeconds === 4)).toHaveLength(9);
		expect(chain.filter((w) => w.minSeconds === undefined && w.maxSeconds === 4)).toHaveLength(1);
		expect(pair(p, 'store-first', 'store').map((w) => w.maxSeconds)).toEqual([null, 10]);
		expect(step(p, 'exit').confidence).toBe('S');
	});

	it('Toyota / Lexus: 5 s for two insertions, 40 s rounds, 3 s to press LOCK', () => {
		const p = get('toyota-remote-add');
		expect(windows(p, 'first')[0]?.maxSeconds).toBe(5);
		expect(windows(p, 'round-1')[0]?.maxSeconds).toBe(40);
		expect(windows(p, 'round-2')[0]?.maxSeconds).toBe(40);
		expect(pair(p, 'register-first', 'register').map((w) => w.maxSeconds)).toEqual([40, 40]);
		expect(windows(p, 'lock-press')[0]?.maxSeconds).toBe(3);
		expect(times(step(p, 'mode-turns'))).toBe(1);
		expect(times(step(p.variants![0]!, 'mode-turns'))).toBe(2);
	});

	it('Nissan: seven insertions within 10 s (manual), 5 s per remote (locksmith, single source)', () => {
		const p = get('nissan-id-code-entry');
		expect(times(step(p, 'in-out'))).toBe(7);
		expect(windows(p, 'in-out')[0]?.maxSeconds).toBe(10);
		expect(
			pair(p, 'press-first', 'press').every((w) => w.maxSeconds === 5 && w.confidence === 'S')
		).toBe(true);
	});

	it('Subaru Forester: 10 turns within 15 s, all within 45 s', () => {
		const p = get('subaru-forester-10-turns');
		expect(times(step(p, 'turns'))).toBe(10);
		expect(windows(p, 'turns')[0]?.maxSeconds).toBe(15);
		expect(windows(p, 'whole')[0]?.maxSeconds).toBe(45);
	});

	it('VW/Audi resync: 30 s to the door lock (the shorter of 30 s and one minute)', () => {
		const p = get('vw-audi-remote-resync');
		expect(windows(p, 'door-lock')[0]?.maxSeconds).toBe(30);
		expect(step(p, 'door-key').detail).toMatch(/one minute/);
	});

	it('Peugeot/Citroën: "immediately" has no countdown; the 10 s versions are marked as owner reports', () => {
		const p = get('psa-reinit');
		expect(windows(p, 'press')[0]?.maxSeconds).toBeNull();
		expect(p.confidence).toBe('U');
		expect(p.variants?.map((v) => v.confidence)).toEqual(['U', 'S']);
		expect(windows(p.variants![1]!, 'press')[0]?.maxSeconds).toBe(10);
	});

	it('Saturn: one minute between remotes, none stated for the first', () => {
		expect(
			pair(get('saturn-s-series-socket-jumper'), 'first-remote', 'next-remote').map(
				(w) => w.maxSeconds
			)
		).toEqual([null, 60]);
	});
});
