import { describe, expect, it } from 'vitest';
import type { Procedure, Step } from './types';
import { GuideDriver } from './test/guide-driver';
import { keyQuestion, testProcedure, TEST_SOURCES as SRC } from './test/procedure';

/**
 * Engine additions of the review fixes: a per-key step that runs before every
 * run of the key steps but the very first (`forKeys: 'after-first-try'`, the
 * Ford manual's "wait 20 seconds before another key or after a failed try"),
 * and the Done button's own words (`doneLabel`, "Go" on a get-ready step).
 */

const S = 1000;

function procedure(perKey: Step[], setup: Step[] = []): Procedure {
	return testProcedure({ id: 'test-additions', programs: 'immobiliser-key', perKey, setup });
}

const WAIT_AGAIN = procedure([
	{
		kind: 'wait',
		id: 'wait',
		seconds: 20,
		title: 'Wait 20 seconds',
		forKeys: 'after-first-try'
	},
	{
		kind: 'action',
		id: 'on',
		title: 'Key to ON',
		opens: [
			{
				id: 'hold',
				maxSeconds: 10,
				from: 'turning the key to ON',
				startsOn: 'done',
				missed: 'More than 10 seconds in ON. Start again.',
				restartAt: 'wait',
				confidence: 'M',
				sources: SRC
			}
		]
	},
	{ kind: 'action', id: 'off', title: 'Key to OFF', within: ['hold'], closes: ['hold'] },
	keyQuestion('ok', 'Does the new key start the car?')
]);

describe("forKeys: 'after-first-try'", () => {
	it('skips the wait on the first try of the first key, runs it before the next key', () => {
		const d = new GuideDriver(WAIT_AGAIN, 2);
		expect(d.stepId).toBe('on');
		d.done(S).done(S).answer(0, S);
		expect(d.view.key?.position).toBe(2);
		expect(d.stepId).toBe('wait');
		d.tick(20 * S);
		expect(d.stepId).toBe('on');
	});

	it('runs the wait before the first key is tried again after it failed', () => {
		const d = new GuideDriver(WAIT_AGAIN, 1);
		d.done(S).done(S).answer(1, S);
		expect(d.mode).toBe('key-failed');
		d.send({ type: 'retry' }, S);
		expect(d.stepId).toBe('wait');
		expect(d.view.step?.wait?.remainingMs).toBe(20 * S);
	});

	it('runs the wait when a missed window restarts the first key at it', () => {
		const d = new GuideDriver(WAIT_AGAIN, 1);
		d.done(S).tick(11 * S);
		expect(d.state.mode).toMatchObject({ kind: 'missed', restartAt: 'wait' });
		d.send({ type: 'restart' }, S);
		expect(d.stepId).toBe('wait');
	});

	it('counts the progress as a first try (the wait is not a step of the first key)', () => {
		const d = new GuideDriver(WAIT_AGAIN, 2);
		expect(d.view.progress.total).toBe(3 + 4 + 2); // + the end check of 2 keys
	});
});

describe('doneLabel', () => {
	it('is given by the view for the step that has one, null otherwise', () => {
		const d = new GuideDriver(
			procedure(
				[
					{
						kind: 'question',
						id: 'ok',
						title: 'Done?',
						answers: [{ label: 'Yes', outcome: { to: 'key-confirmed' } }]
					}
				],
				[
					{ kind: 'instruction', id: 'ready', title: 'Hand on the key', doneLabel: 'Go' },
					{ kind: 'action', id: 'turn', title: 'Turn the key' }
				]
			),
			1
		);
		expect(d.view.step).toMatchObject({ id: 'ready', doneLabel: 'Go' });
		d.done(S);
		expect(d.view.step).toMatchObject({ id: 'turn', doneLabel: null });
	});
});
