import { describe, expect, it } from 'vitest';
import type { Procedure } from './types';
import { GuideDriver } from './test/guide-driver';
import { testProcedure } from './test/procedure';

const S = 1000;
const SRC = ['precisionecu-bmw-remote-init'];

/** A made-up procedure that uses every step kind and window feature the MINI data does not. */
const TEST: Procedure = testProcedure({
	id: 'test-all-kinds',
	summary: 'Exercises the step language.',
	programs: 'remote-resync',
	setup: [
		{ kind: 'check', check: 'battery', id: 'battery', title: 'Battery' },
		{ kind: 'check', check: 'ignition-off', id: 'ign-check', title: 'Ignition off' },
		{
			kind: 'action',
			id: 'turn-on',
			title: 'Turn on',
			observe: { signal: 'ignition', expect: 'on' }
		},
		{
			kind: 'action',
			id: 'hold',
			title: 'Hold for at least 2 s',
			opens: [
				{
					id: 'min-hold',
					minSeconds: 2,
					maxSeconds: 6,
					from: 'when you start holding',
					startsOn: 'enter',
					missed: 'Let go too early or too late.',
					restartAt: 'turn-on',
					confidence: 'M',
					sources: SRC
				}
			],
			within: ['min-hold'],
			closes: ['min-hold']
		},
		{ kind: 'wait', id: 'settle', title: 'Wait 10 seconds', seconds: 10 },
		{
			kind: 'action',
			id: 'quick',
			title: 'Quick',
			opens: [
				{
					id: 'quick-5',
					maxSeconds: 5,
					from: 'now',
					startsOn: 'enter',
					missed: 'Too slow.',
					restartAt: 'turn-on',
					confidence: 'M',
					sources: SRC
				}
			],
			within: ['quick-5'],
			closes: ['quick-5']
		}
	],
	perKey: [
		{ kind: 'action', id: 'press', title: 'Press' },
		{
			kind: 'question',
			id: 'ok',
			title: 'Did it work?',
			answers: [
				{ label: 'Yes', outcome: { to: 'key-confirmed' } },
				{ label: 'No', outcome: { to: 'key-failed' } },
				{ label: 'Start again', outcome: { to: 'restart' } },
				{ label: 'Press again', outcome: { to: 'step', step: 'press' } },
				{ label: 'Finish now', outcome: { to: 'finish' } },
				{ label: 'Next', outcome: { to: 'next' } }
			]
		}
	],
	finish: [{ kind: 'instruction', id: 'bye', title: 'Bye' }],
	sources: SRC
});

function battery(d: GuideDriver, volts: number | null, engineRunning: boolean | null = false) {
	return d.send({ type: 'battery', volts, engineRunning } as never);
}
function observe(d: GuideDriver, ignition: 'on' | 'off' | 'unknown', afterMs = 0) {
	return d.send({ type: 'observe', ignition } as never, afterMs);
}

/** Battery fine, ignition confirmed by hand: at 'turn-on'. */
function atTurnOn(keys = 1): GuideDriver {
	const d = new GuideDriver(TEST, keys);
	battery(d, 12.6);
	d.done(1 * S);
	expect(d.stepId).toBe('turn-on');
	return d;
}

describe('battery gate (12.2 V at rest)', () => {
	it('below: explains with the reading, offers to continue, never blocks', () => {
		const d = new GuideDriver(TEST);
		expect(d.view.step?.check).toEqual({ check: 'battery', askOwner: true, reading: null });
		battery(d, 11.9);
		expect(d.view.status).toBe('battery-low');
		expect(d.state.cue?.kind).toBe('battery-low');
		expect(d.view.batteryLow?.text).toMatch(/11\.9 V with the engine off, under 12\.2 V/);
		expect(d.view.batteryLow?.confidence).toBe('C');
		d.send({ type: 'continue-anyway' }, 2 * S);
		expect(d.stepId).toBe('ign-check');
		expect(d.state.checks[0]).toMatchObject({ outcome: 'continued', volts: 11.9 });
		expect(d.view.checkNotes[0]).toMatch(/11\.9 V; you chose to carry on/);
	});

	it('below, then charged: a fresh reading passes the gate', () => {
		const d = new GuideDriver(TEST);
		battery(d, 11.6);
		battery(d, 12.4);
		expect(d.stepId).toBe('ign-check');
		expect(d.state.checks[0]?.outcome).toBe('passed');
	});

	it('below, and the owner stops: nothing was tried', () => {
		const d = new GuideDriver(TEST);
		battery(d, 11.6).send({ type: 'stop' });
		expect(d.engine.summarise(d.state).result).toBe('Stopped before the first key');
	});

	it.each([
		[12.2, false, 'passed'],
		[12.6, false, 'passed'],
		[14.2, true, 'passed'], // a running engine reads higher: no nagging
		[13.9, null, 'passed'], // looks like charging
		[null, null, 'unknown'],
		[3.1, null, 'unknown'] // not a believable 12 V reading
	] as const)(
		'%s V (engine running: %s) → %s, and the guide goes on',
		(volts, running, outcome) => {
			const d = new GuideDriver(TEST);
			battery(d, volts, running);
			expect(d.stepId).toBe('ign-check');
			expect(d.state.checks[0]?.outcome).toBe(outcome);
		}
	);

	it('no adapter at all: Done carries on with a note', () => {
		const d = new GuideDriver(TEST);
		d.done(3 * S);
		expect(d.stepId).toBe('ign-check');
		expect(d.state.checks[0]).toMatchObject({ outcome: 'unknown', volts: null });
	});

	it('a reading given at start settles the check at once', () => {
		const d = new GuideDriver(TEST, 1, { volts: 12.7 });
		expect(d.stepId).toBe('ign-check');
	});
});

describe('ignition checks fall back to asking', () => {
	it('unknown: the owner is asked and confirms by hand', () => {
		const d = new GuideDriver(TEST, 1, { volts: 12.7 });
		expect(d.view.step?.check).toMatchObject({ check: 'ignition-off', askOwner: true });
		d.done(2 * S);
		expect(d.stepId).toBe('turn-on');
		expect(d.state.checks[1]).toMatchObject({
			outcome: 'confirmed',
			note: 'You confirmed the ignition is off.'
		});
	});

	it('the car shows it: an observed level passes the check (levels are fine for checks)', () => {
		const d = new GuideDriver(TEST, 1, { volts: 12.7 });
		observe(d, 'on');
		expect(d.stepId).toBe('ign-check');
		expect(d.view.step?.check?.reading).toBe('The car shows the ignition on.');
		observe(d, 'off', 1 * S);
		expect(d.stepId).toBe('turn-on');
		expect(d.state.checks[1]?.outcome).toBe('passed');
	});
});

describe('observation edges', () => {
	it('a level already present when the step starts does not confirm it', () => {
		const d = new GuideDriver(TEST, 1, { volts: 12.7 });
		d.done(1 * S); // ignition off confirmed by hand
		observe(d, 'on', 1 * S); // on before the owner was asked: no edge seen during this step
		// 'turn-on' was entered with readings unknown; on → still waiting
		expect(d.stepId).toBe('turn-on');
		observe(d, 'on', 1 * S);
		expect(d.stepId).toBe('turn-on');
		observe(d, 'off', 1 * S);
		observe(d, 'on', 1 * S);
		expect(d.stepId).toBe('hold');
	});

	it('an opposite level at entry counts: a change to the expected value confirms', () => {
		const d = new GuideDriver(TEST, 1, { volts: 12.7 });
		observe(d, 'off'); // passes the ignition check and is the level at entry of 'turn-on'
		expect(d.stepId).toBe('turn-on');
		observe(d, 'on', 2 * S);
		expect(d.stepId).toBe('hold');
	});

	it('unknown readings in between neither confirm nor break the edge', () => {
		const d = new GuideDriver(TEST, 1, { volts: 12.7 });
		observe(d, 'off');
		observe(d, 'unknown', 1 * S);
		expect(d.stepId).toBe('turn-on');
		observe(d, 'on', 1 * S);
		expect(d.stepId).toBe('hold');
	});

	it('the owner can always confirm by hand', () => {
		const d = atTurnOn();
		d.done(1 * S);
		expect(d.stepId).toBe('hold');
	});
});

describe('minimum-seconds windows', () => {
	it('done before the minimum is a miss with the window’s explanation', () => {
		const d = atTurnOn();
		d.done(1 * S).done(1 * S);
		expect(d.mode).toBe('missed');
		expect(d.view.missed).toEqual({
			text: 'Let go too early or too late.',
			restartAtTitle: 'Turn on'
		});
		d.send({ type: 'restart' });
		expect(d.stepId).toBe('turn-on');
	});

	it('done at the minimum is fine; the countdown shows the minimum still to go', () => {
		const d = atTurnOn();
		d.done(1 * S);
		expect(d.view.countdowns[0]).toMatchObject({
			windowId: 'min-hold',
			minRemainingMs: 2 * S,
			remainingMs: 6 * S
		});
		d.tick(1500);
		expect(d.view.countdowns[0]?.minRemainingMs).toBe(500);
		d.done(500);
		expect(d.stepId).toBe('settle');
	});
});

describe('wait steps advance by themselves', () => {
	function atSettle() {
		const d = atTurnOn();
		d.done(1 * S).done(3 * S);
		expect(d.stepId).toBe('settle');
		return d;
	}

	it('Done does not skip a wait; the time does', () => {
		const d = atSettle();
		const entered = d.state.stepEnteredAt;
		expect(d.engine.nextDeadline(d.state)).toBe(entered + 10 * S);
		d.done(1 * S);
		expect(d.stepId).toBe('settle');
		expect(d.view.step?.wait).toEqual({ totalMs: 10 * S, remainingMs: 9 * S });
		d.tick(9 * S - 1);
		expect(d.stepId).toBe('settle');
		d.tick(1);
		expect(d.stepId).toBe('quick');
		expect(d.state.stepEnteredAt).toBe(entered + 10 * S);
		expect(d.state.cue).toMatchObject({ kind: 'window-start', windowId: 'quick-5' });
	});

	it('one late tick works out everything in order: the wait ended, then the next window ran out', () => {
		const d = atSettle();
		const entered = d.state.stepEnteredAt;
		d.tick(20 * S);
		expect(d.mode).toBe('missed');
		expect(d.state.misses[0]).toMatchObject({ windowId: 'quick-5', at: entered + 15 * S });
	});
});

describe('question outcomes', () => {
	function atQuestion(keys = 2) {
		const d = atTurnOn(keys);
		d.done(1 * S)
			.done(2 * S)
			.tick(10 * S)
			.done(1 * S)
			.done(1 * S);
		expect(d.stepId).toBe('ok');
		return d;
	}

	it('"step" jumps within the key', () => {
		const d = atQuestion();
		d.answer(3, 1 * S);
		expect(d.stepId).toBe('press');
		expect(d.view.key?.label).toBe('Key 1');
	});

	it('"restart" starts again from the first timed step as a new attempt', () => {
		const d = atQuestion();
		d.answer(2, 1 * S);
		expect(d.stepId).toBe('hold');
		expect(d.state.attempt).toBe(2);
	});

	it('"finish" goes to the finish steps; the untried key is reported', () => {
		const d = atQuestion();
		d.answer(4, 1 * S);
		expect(d.stepId).toBe('bye');
		d.done(1 * S);
		expect(d.engine.summarise(d.state).result).toBe('0 of 2 keys synchronised, 2 not tried');
	});

	it('"next" at the end of a key counts it as done', () => {
		const d = atQuestion(1);
		d.answer(5, 1 * S);
		expect(d.stepId).toBe('bye');
		expect(d.state.keys[0]?.outcome).toBe('confirmed');
	});

	it('an answer that does not exist changes nothing', () => {
		const d = atQuestion();
		const before = d.state;
		d.answer(9, 1 * S);
		expect(d.stepId).toBe('ok');
		expect(d.state.keys).toEqual(before.keys);
	});

	it('in progress the summary says so', () => {
		const d = atQuestion();
		d.answer(0, 1 * S);
		expect(d.engine.summarise(d.state)).toMatchObject({
			result: 'In progress: 1 of 2 keys synchronised',
			endedAt: null
		});
	});

	it('no maximum in the source: more keys are accepted', () => {
		expect(() => new GuideDriver(TEST, 6)).not.toThrow();
	});
});

describe('ending', () => {
	it('after the end, events change nothing', () => {
		const d = atTurnOn();
		d.send({ type: 'stop' }, 1 * S);
		const ended = d.state;
		d.done(1 * S).tick(60 * S);
		expect(d.state).toBe(ended);
		expect(d.view.countdowns).toEqual([]);
		expect(d.view.step).toBeNull();
	});
});
