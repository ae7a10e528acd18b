import { describe, expect, it } from 'vitest';
import { MINI_THREE_BUTTON } from './procedures/mini-three-button';
import { BMW_REMOTE_INIT } from './procedures/bmw-remote-init';
import { createEngine, engineFor, nextDeadline } from './engine';
import { parseGuideState } from './engine-parse';
import { GUIDE_STATE_VERSION } from './engine-types';
import { GuideDriver } from './test/guide-driver';
import { CATALOGUE } from './test/full-catalogue';

const S = 1000;

/** Doors closed, then Go: the owner is turning the key, and the 5 s run from the tap. */
function afterGo(keys = 2) {
	const d = new GuideDriver(MINI_THREE_BUTTON, keys, { volts: 12.5 });
	d.done(2 * S).done(2 * S);
	expect(d.stepId).toBe('ign-off');
	expect(d.state.windows.map((w) => [w.id, w.openedAt])).toEqual([['position-to-off', d.now]]);
	return d;
}

describe('a tab in the background (visibilitychange → tick)', () => {
	it('back after 40 s during the 5 s after Go: the miss is found, dated at the deadline', () => {
		const d = afterGo();
		const deadline = d.now + 5 * S;
		d.wait(40 * S).tick();
		expect(d.mode).toBe('missed');
		expect(d.state.misses[0]).toMatchObject({ windowId: 'position-to-off', at: deadline });
		expect(d.state.cue?.kind).toBe('missed');
	});

	it('back after 40 s while waiting to hold UNLOCK: the 30 s standby is missed', () => {
		const d = afterGo();
		d.done(1 * S)
			.wait(40 * S)
			.tick();
		expect(d.mode).toBe('missed');
		expect(d.state.misses[0]?.windowId).toBe('standby-first');
	});

	it('back after 2 s: nothing expired, the countdown carries on from the timestamps', () => {
		const d = afterGo();
		d.done(1 * S)
			.wait(2 * S)
			.tick();
		expect(d.mode).toBe('step');
		expect(d.stepId).toBe('hold-unlock');
		expect(d.view.countdowns[0]).toMatchObject({ windowId: 'standby-first', remainingMs: 28 * S });
		expect(d.state.misses).toEqual([]);
	});

	it('one timer is enough: nextDeadline points at the "last seconds" cue, then at the deadline', () => {
		const d = afterGo();
		const entered = d.state.stepEnteredAt;
		expect(nextDeadline(d.state)).toBe(entered + 2 * S); // 3 s before the deadline, 5 s after Go
		d.tick(2 * S);
		expect(d.state.cue?.kind).toBe('last-seconds');
		expect(nextDeadline(d.state)).toBe(entered + 5 * S + 1);
		d.done(1 * S);
		expect(nextDeadline(d.state)).toBe(d.now + 27 * S); // standby-first warning
	});

	it('steps without a running countdown need no timer', () => {
		const d = new GuideDriver(MINI_THREE_BUTTON, 1, { volts: 12.5 });
		expect(d.stepId).toBe('keys-and-doors');
		expect(nextDeadline(d.state)).toBeNull();
	});
});

describe('progress stored as JSON and brought back after a reload', () => {
	it('round-trips mid-run and carries on to the end', () => {
		const d = afterGo();
		d.done(1 * S)
			.done(3 * S)
			.tap(1 * S);
		expect(d.stepId).toBe('press-lock');
		const stored = JSON.stringify(d.state);
		const parsed = parseGuideState(stored);
		expect(parsed).toEqual(d.state);
		const engine = engineFor(parsed!, CATALOGUE);
		expect(engine?.procedure.id).toBe('mini-r5x-3-button');
		d.now += 1 * S;
		d.state = engine!.resumeAfterReload(parsed!, d.now);
		expect(d.mode).toBe('step');
		expect(d.view.step?.repeat).toEqual({ times: 3, unit: 'press of LOCK', taps: 1 });
		d.tap(1 * S)
			.tap(1 * S)
			.done(1 * S)
			.answer(0, 1 * S);
		d.done(3 * S)
			.tap(1 * S)
			.tap(1 * S)
			.tap(1 * S)
			.done(1 * S)
			.answer(0, 1 * S);
		d.done(1 * S).done(1 * S);
		d.answer(0, 1 * S).answer(0, 1 * S); // each key from outside
		expect(d.engine.summarise(d.state).result).toBe('2 of 2 keys synchronised');
	});

	it('a reload that took longer than a running window lands on the missed screen and restarts the sequence', () => {
		const d = afterGo();
		d.done(1 * S)
			.done(3 * S)
			.tap(1 * S)
			.tap(1 * S)
			.tap(1 * S)
			.done(1 * S);
		expect(d.stepId).toBe('confirm'); // the 30 s to the next key runs, but does not guard the question
		const parsed = parseGuideState(JSON.parse(JSON.stringify(d.state)))!;
		d.now += 40 * S;
		d.state = d.engine.resumeAfterReload(parsed, d.now);
		expect(d.mode).toBe('missed');
		expect(d.view.missed?.text).toMatch(/between one key and the next/);
		d.send({ type: 'restart' });
		expect(d.stepId).toBe('ign-on');
	});

	it('a quick reload keeps the place; what the car showed before is treated as stale', () => {
		const d = afterGo();
		d.observe('off', 1 * S);
		const parsed = parseGuideState(JSON.stringify(d.state))!;
		d.now += 1 * S;
		d.state = d.engine.resumeAfterReload(parsed, d.now);
		expect(d.stepId).toBe('ign-off');
		expect(d.state.readings.ignition).toBe('unknown');
		// The 5 s kept running from Go through the reload.
		expect(d.view.countdowns[0]).toMatchObject({ windowId: 'position-to-off', remainingMs: 3 * S });
	});

	it('refuses what is not a stored guide', () => {
		expect(parseGuideState('not json')).toBeNull();
		expect(parseGuideState(null)).toBeNull();
		expect(parseGuideState({ version: GUIDE_STATE_VERSION + 1 })).toBeNull();
		expect(parseGuideState({ version: GUIDE_STATE_VERSION - 1 })).toBeNull();
		expect(parseGuideState({ version: GUIDE_STATE_VERSION, procedureId: 'x' })).toBeNull();
	});

	it('refuses progress stored for another procedure', () => {
		const d = afterGo();
		expect(() =>
			createEngine(BMW_REMOTE_INIT, CATALOGUE).resumeAfterReload(d.state, d.now)
		).toThrow(/mini-r5x-3-button/);
		expect(engineFor({ ...d.state, procedureId: 'nope' }, CATALOGUE)).toBeNull();
	});

	it('never changes the state it was given', () => {
		const d = afterGo();
		const frozen = JSON.stringify(d.state);
		const before = d.state;
		d.done(1 * S).tick(60 * S);
		expect(JSON.stringify(before)).toBe(frozen);
	});
});
