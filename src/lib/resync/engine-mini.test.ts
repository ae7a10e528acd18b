import { describe, expect, it } from 'vitest';
import { MINI_THREE_BUTTON } from './procedures/mini-three-button';
import { MINI_TWO_BUTTON } from './procedures/mini-two-button';
import { GuideDriver } from './test/guide-driver';

const S = 1000;

/**
 * From the battery check to the first key's "hold UNLOCK" step: Go after 3 s
 * of reading, then position 1, off and key out, done `offAfter` ms after Go.
 */
function toFirstKey(d: GuideDriver, offAfter = 2 * S): GuideDriver {
	expect(d.stepId).toBe('keys-and-doors'); // battery passed from the reading given at start
	d.done(5 * S); // doors closed
	expect(d.stepId).toBe('ign-on');
	d.done(3 * S); // Go, key in the ignition at off
	expect(d.stepId).toBe('ign-off');
	d.done(offAfter); // position 1, back to off, key out
	expect(d.stepId).toBe('hold-unlock');
	return d;
}

/** Hold UNLOCK 2 s into the standby, LOCK three times a second apart, let go: on to the question. */
function toQuestion(d: GuideDriver): GuideDriver {
	return d
		.done(2 * S)
		.tap(1 * S)
		.tap(1 * S)
		.tap(1 * S)
		.done(1 * S);
}

/** One key done right: hold UNLOCK `after` ms into the standby, LOCK three times, release, confirm. */
function doKey(d: GuideDriver, after = 4 * S): GuideDriver {
	d.done(after);
	expect(d.stepId).toBe('press-lock');
	d.tap(1 * S)
		.tap(1 * S)
		.tap(1 * S);
	expect(d.stepId).toBe('release');
	d.done(1 * S);
	expect(d.stepId).toBe('confirm');
	return d.answer(0, 2 * S);
}

describe('MINI 3-button key (procedure B) through the engine', () => {
	it('two keys done right: every key confirmed, finished, summary "2 of 2 keys synchronised"', () => {
		const d = toFirstKey(new GuideDriver(MINI_THREE_BUTTON, 2, { volts: 12.6 }));
		expect(d.view.key).toEqual({ position: 1, count: 2, label: 'Key 1' });
		doKey(d);
		expect(d.state.cue?.kind).toBe('key-done');
		expect(d.state.cue?.say).toMatch(/^Key 1 done\. Press and hold UNLOCK/);
		expect(d.view.key).toEqual({ position: 2, count: 2, label: 'Key 2' });
		doKey(d);
		expect(d.stepId).toBe('end-session');
		// The car's 30 s to a next key still run, but no step ahead needs them: no countdown.
		expect(d.state.windows.map((w) => w.id)).toEqual(['standby-next']);
		expect(d.view.countdowns).toEqual([]);
		d.done(3 * S).done(20 * S);
		// The end check: each key from outside, one by one.
		expect(d.view.step?.title).toBe('Does Key 1 lock and unlock the car from outside?');
		d.answer(0, 5 * S);
		expect(d.view.step?.title).toBe('Does Key 2 lock and unlock the car from outside?');
		d.answer(0, 5 * S);
		expect(d.mode).toBe('ended');
		expect(d.view.status).toBe('finished');
		expect(d.state.cue?.kind).toBe('finished');
		const summary = d.engine.summarise(d.state);
		expect(summary.result).toBe('2 of 2 keys synchronised');
		expect(summary.keys.map((k) => k.outcome)).toEqual(['confirmed', 'confirmed']);
		expect(summary.attempts).toBe(1);
		expect(summary.misses).toEqual([]);
		expect(summary.endedAt).not.toBeNull();
		expect(d.view.progress).toMatchObject({ done: 16, total: 16, fraction: 1 });
	});

	it.each([1, 2, 3, 4])('%i key(s) in one session', (n) => {
		const d = toFirstKey(new GuideDriver(MINI_THREE_BUTTON, n, { volts: 12.5 }));
		for (let k = 1; k <= n; k++) {
			expect(d.view.key?.label).toBe(`Key ${k}`);
			doKey(d);
		}
		d.done(2 * S).done(5 * S);
		for (let k = 1; k <= n; k++) d.answer(0, 5 * S); // each key from outside
		expect(d.engine.summarise(d.state).result).toBe(
			`${n} of ${n} key${n === 1 ? '' : 's'} synchronised`
		);
	});

	it('refuses 0 keys and more than the 4 the system takes', () => {
		expect(() => new GuideDriver(MINI_THREE_BUTTON, 5)).toThrow(RangeError);
		expect(() => new GuideDriver(MINI_THREE_BUTTON, 0)).toThrow(RangeError);
	});

	describe('5 s between position 1 and off, counted from Go', () => {
		it('the get-ready step: key in at off, a Go button, and no countdown while the owner reads', () => {
			const d = new GuideDriver(MINI_THREE_BUTTON, 1, { volts: 12.5 });
			d.done(1 * S);
			expect(d.view.step).toMatchObject({
				id: 'ign-on',
				title: 'Tap Go, then turn the key to position 1 and straight back to off',
				doneLabel: 'Go'
			});
			expect(d.view.step?.detail).toMatch(/leave it at off/);
			expect(d.view.countdowns).toEqual([]);
			d.tick(60 * S); // reading for a minute costs nothing
			expect(d.mode).toBe('step');
			expect(d.state.nextAt).toBeNull();
			d.done();
			expect(d.view.step).toMatchObject({
				id: 'ign-off',
				title: 'Turn the key to position 1 and back to off, then take it out',
				doneLabel: null
			});
			expect(d.view.countdowns[0]).toMatchObject({
				windowId: 'position-to-off',
				remainingMs: 5 * S,
				from: 'when you tapped Go, just before you turned the key',
				guardsThisStep: true
			});
			expect(d.state.cue).toMatchObject({ kind: 'window-start', windowId: 'position-to-off' });
		});

		it('hit: Done exactly 5 s after Go', () => {
			const d = toFirstKey(new GuideDriver(MINI_THREE_BUTTON, 1, { volts: 12.5 }), 5 * S);
			expect(d.mode).toBe('step');
		});

		it('missed at 5.001 s after Go: explained, then restarted from Go as a new attempt', () => {
			const d = new GuideDriver(MINI_THREE_BUTTON, 1, { volts: 12.5 });
			d.done(1 * S).done(1 * S);
			expect(d.stepId).toBe('ign-off');
			d.done(5 * S + 1);
			expect(d.mode).toBe('missed');
			expect(d.view.missed).toEqual({
				text: 'More than 5 seconds passed between position 1 and off.',
				restartAtTitle: 'Tap Go, then turn the key to position 1 and straight back to off'
			});
			expect(d.state.cue?.kind).toBe('missed');
			d.send({ type: 'restart' }, 10 * S);
			expect(d.stepId).toBe('ign-on');
			expect(d.view.step?.doneLabel).toBe('Go');
			expect(d.state.attempt).toBe(2);
			expect(d.state.windows).toEqual([]);
			expect(d.engine.summarise(d.state).misses).toEqual([
				'More than 5 seconds passed between position 1 and off.'
			]);
		});

		it('a late tap can no longer stretch the window: Go, 6 s of real turning, Done → missed', () => {
			// Before, the 5 s started at a Done tapped once the key was at position 1, so an owner
			// who turned, waited and then tapped was given the car's 5 s on top of the wait.
			const d = new GuideDriver(MINI_THREE_BUTTON, 1, { volts: 12.5 });
			d.done(1 * S).done(20 * S); // doors; 20 s reading the get-ready step, then Go
			const go = d.now;
			d.wait(1 * S); // position 1 …
			d.wait(5 * S); // … held, and back to off 6 s after Go; the key comes out
			d.done();
			expect(d.mode).toBe('missed');
			expect(d.state.misses[0]).toMatchObject({ windowId: 'position-to-off', at: go + 5 * S });
			expect(d.view.missed?.text).toBe('More than 5 seconds passed between position 1 and off.');
		});

		it('position 2 variant: Go first, then the on → off edge the car shows confirms the turn', () => {
			const d = new GuideDriver(MINI_THREE_BUTTON, 1, {
				volts: 12.5,
				variantId: 'mini-r5x-3-button-position-2'
			});
			d.observe('off');
			d.done(1 * S);
			expect(d.view.step).toMatchObject({
				id: 'ign-on',
				title: 'Tap Go, then turn the key to position 2 and straight back to off',
				doneLabel: 'Go'
			});
			d.done(2 * S); // Go: the count starts
			expect(d.stepId).toBe('ign-off');
			// Still off when the step appeared: that level proves nothing, the edge does.
			d.observe('off', 500);
			expect(d.stepId).toBe('ign-off');
			d.observe('on', 1 * S);
			d.observe('off', 1 * S);
			expect(d.stepId).toBe('hold-unlock');
			expect(d.view.countdowns[0]).toMatchObject({
				windowId: 'standby-first',
				remainingMs: 30 * S
			});
		});

		it('position 2 variant without Go: the turn the car shows starts the countdown', () => {
			const d = new GuideDriver(MINI_THREE_BUTTON, 1, {
				volts: 12.5,
				variantId: 'mini-r5x-3-button-position-2'
			});
			d.observe('off');
			d.done(1 * S);
			d.observe('on', 10 * S); // turned without tapping Go
			expect(d.stepId).toBe('ign-off');
			expect(d.view.countdowns[0]).toMatchObject({
				windowId: 'position-to-off',
				remainingMs: 5 * S
			});
			d.observe('off', 6 * S); // too slow back to off
			expect(d.mode).toBe('missed');
			expect(d.view.missed?.text).toBe('More than 5 seconds passed between position 2 and off.');
		});
	});

	describe('30 s after switching off', () => {
		it('hit at 30 s', () => {
			const d = toFirstKey(new GuideDriver(MINI_THREE_BUTTON, 1, { volts: 12.5 }));
			d.done(30 * S);
			expect(d.stepId).toBe('press-lock');
		});

		it('missed a moment after 30 s, found by a tick alone; restarts from position 1', () => {
			const d = toFirstKey(new GuideDriver(MINI_THREE_BUTTON, 1, { volts: 12.5 }));
			expect(d.view.countdowns[0]).toMatchObject({
				windowId: 'standby-first',
				remainingMs: 30 * S,
				guardsThisStep: true
			});
			d.tick(27 * S);
			expect(d.state.cue?.kind).toBe('last-seconds');
			expect(d.view.countdowns[0]?.lastSeconds).toBe(true);
			d.tick(3 * S + 1);
			expect(d.mode).toBe('missed');
			expect(d.view.missed?.text).toMatch(
				/More than 30 seconds passed between switching off and holding UNLOCK/
			);
			d.send({ type: 'restart' });
			expect(d.stepId).toBe('ign-on');
		});
	});

	describe('LOCK three times within 10 s', () => {
		it('hit: the third press at 10 s', () => {
			const d = toFirstKey(new GuideDriver(MINI_THREE_BUTTON, 1, { volts: 12.5 }));
			d.done(2 * S)
				.tap(4 * S)
				.tap(4 * S)
				.tap(2 * S);
			expect(d.stepId).toBe('release');
		});

		it('missed: the third press after 10 s is too late', () => {
			const d = toFirstKey(new GuideDriver(MINI_THREE_BUTTON, 1, { volts: 12.5 }));
			d.done(2 * S)
				.tap(4 * S)
				.tap(4 * S)
				.tap(2 * S + 1);
			expect(d.mode).toBe('missed');
			expect(d.view.missed?.text).toBe('The three presses of LOCK took longer than 10 seconds.');
			expect(d.state.misses[0]?.at).toBe(d.now - 1); // missed at the deadline, not at the late tap
		});

		it('Done without counting taps is accepted within the window', () => {
			const d = toFirstKey(new GuideDriver(MINI_THREE_BUTTON, 1, { volts: 12.5 }));
			d.done(2 * S).done(6 * S);
			expect(d.stepId).toBe('release');
		});
	});

	describe('30 s between keys', () => {
		it('the next key within 30 s of the last confirmation is fine', () => {
			const d = toFirstKey(new GuideDriver(MINI_THREE_BUTTON, 2, { volts: 12.5 }));
			doKey(d); // 2 s spent on the question
			d.done(27 * S);
			expect(d.stepId).toBe('press-lock');
		});

		it('missed: the whole session restarts and the first key is no longer counted', () => {
			const d = toFirstKey(new GuideDriver(MINI_THREE_BUTTON, 2, { volts: 12.5 }));
			doKey(d);
			expect(d.state.keys[0]?.outcome).toBe('confirmed');
			expect(d.view.countdowns.find((c) => c.windowId === 'standby-next')?.guardsThisStep).toBe(
				true
			);
			d.done(28 * S + 1); // 30 s after release
			expect(d.mode).toBe('missed');
			expect(d.view.missed?.text).toMatch(/between one key and the next/);
			d.send({ type: 'restart' });
			expect(d.stepId).toBe('ign-on');
			expect(d.state.keys.map((k) => k.outcome)).toEqual(['not-tried', 'not-tried']);
			expect(d.view.key).toBeNull();
		});

		it('a slow answer to the question is caught when the next key starts', () => {
			const d = toFirstKey(new GuideDriver(MINI_THREE_BUTTON, 2, { volts: 12.5 }));
			toQuestion(d);
			// The question does not itself run against the window, but the countdown shows.
			expect(d.view.countdowns[0]).toMatchObject({
				windowId: 'standby-next',
				guardsThisStep: false
			});
			d.answer(0, 45 * S);
			expect(d.mode).toBe('missed');
			expect(d.state.misses[0]?.windowId).toBe('standby-next');
		});

		it('on the last key’s question the 30 s still show: a key that failed can be tried again in them', () => {
			const d = toFirstKey(new GuideDriver(MINI_THREE_BUTTON, 1, { volts: 12.5 }));
			toQuestion(d);
			expect(d.stepId).toBe('confirm');
			expect(d.view.countdowns.map((c) => c.windowId)).toEqual(['standby-next']);
		});
	});

	describe('a key that fails', () => {
		function failFirstKey() {
			const d = toFirstKey(new GuideDriver(MINI_THREE_BUTTON, 2, { volts: 12.5 }));
			toQuestion(d).answer(1, 2 * S);
			expect(d.mode).toBe('key-failed');
			expect(d.state.cue).toMatchObject({ kind: 'key-failed', say: 'Key 1 did not take.' });
			return d;
		}

		it('offers retry, the next variant, skip, troubleshooting and stop, with the left-out warning', () => {
			const d = failFirstKey();
			expect(d.view.keyFailed).toMatchObject({
				label: 'Key 1',
				choices: ['retry', 'try-variant', 'skip-key', 'troubleshoot', 'stop'],
				nextVariant: { id: 'mini-r5x-3-button-position-2', confidence: 'U' },
				leftOut: { confidence: 'C' },
				tipsWhen: 'key-failed'
			});
			d.send({ type: 'troubleshoot' });
			expect(d.view.status).toBe('troubleshooting');
			d.send({ type: 'back' });
			expect(d.view.status).toBe('key-failed');
		});

		it('retry within the car’s 30 s standby goes back to the same key and can succeed', () => {
			const d = failFirstKey();
			d.send({ type: 'retry' }, 3 * S);
			expect(d.stepId).toBe('hold-unlock');
			expect(d.view.key?.label).toBe('Key 1');
			expect(d.state.attempt).toBe(2);
			doKey(d, 2 * S);
			expect(d.view.key?.label).toBe('Key 2');
			expect(d.state.keys[0]).toMatchObject({ outcome: 'confirmed', tries: 2 });
		});

		it('retry after the standby ran out lands on the missed screen, then the full restart', () => {
			const d = failFirstKey();
			d.send({ type: 'retry' }, 40 * S);
			expect(d.mode).toBe('missed');
			d.send({ type: 'restart' });
			expect(d.stepId).toBe('ign-on');
		});

		it('skipping a key carries on and the summary says so', () => {
			const d = failFirstKey();
			d.send({ type: 'skip-key' });
			expect(d.view.key?.label).toBe('Key 2');
			doKey(d, 2 * S);
			d.done(2 * S).done(2 * S);
			// The end check asks only about the key that was done.
			expect(d.view.step?.title).toBe('Does Key 2 lock and unlock the car from outside?');
			d.answer(0, 5 * S);
			expect(d.engine.summarise(d.state).result).toBe('1 of 2 keys synchronised, 1 skipped');
		});

		it('stopping after a failure: "0 of 2 keys synchronised, 1 failed, 1 not tried"', () => {
			const d = failFirstKey();
			d.send({ type: 'stop' });
			expect(d.view.status).toBe('stopped');
			expect(d.engine.summarise(d.state).result).toBe(
				'0 of 2 keys synchronised, 1 failed, 1 not tried'
			);
		});

		it('every key failed: the tips for "no remote works" apply', () => {
			const d = new GuideDriver(MINI_THREE_BUTTON, 1, { volts: 12.5 });
			d.done(1 * S)
				.done(1 * S)
				.done(1 * S);
			toQuestion(d).answer(1, 2 * S);
			expect(d.view.keyFailed?.tipsWhen).toBe('all-failed');
		});

		it('one synchronised and one failed', () => {
			const d = toFirstKey(new GuideDriver(MINI_THREE_BUTTON, 2, { volts: 12.5 }));
			doKey(d, 2 * S);
			toQuestion(d).answer(1, 2 * S);
			d.send({ type: 'stop' });
			expect(d.engine.summarise(d.state).result).toBe('1 of 2 keys synchronised, 1 failed');
		});

		it('variants in order, each a new session; the reverse-order variant starts with the last key', () => {
			const d = failFirstKey();
			d.send({ type: 'try-variant' });
			expect(d.state.variantId).toBe('mini-r5x-3-button-position-2');
			expect(d.view.title).toMatch(/position 2/);
			expect(d.view.differs).toMatch(/position 2/);
			expect(d.view.confidence).toBe('U');
			expect(d.stepId).toBe('keys-and-doors'); // the battery check already passed
			expect(d.state.attempt).toBe(2);
			const ids: string[] = [d.state.variantId!];
			for (let i = 0; i < 3; i++) {
				d.done(1 * S)
					.done(1 * S)
					.done(1 * S); // doors, position, off
				toQuestion(d).answer(1, 1 * S);
				d.send({ type: 'try-variant' });
				ids.push(d.state.variantId!);
			}
			expect(ids).toEqual([
				'mini-r5x-3-button-position-2',
				'mini-r5x-3-button-near-mirror',
				'mini-r5x-3-button-open-door',
				'mini-r5x-3-button-reverse-order'
			]);
			d.done(1 * S)
				.done(1 * S)
				.done(1 * S);
			expect(d.view.key).toEqual({ position: 1, count: 2, label: 'Key 2' });
			// No variant left: the choice is no longer offered.
			toQuestion(d).answer(1, 1 * S);
			expect(d.view.keyFailed?.choices).not.toContain('try-variant');
			expect(d.view.keyFailed?.nextVariant).toBeNull();
		});
	});
});

describe('MINI 2-button key (quick resync) through the engine', () => {
	it('"briefly" has no figure: nothing counts it, and the one time statement is the 10 s that Go starts', () => {
		const d = new GuideDriver(MINI_TWO_BUTTON, 1, { volts: 12.5 });
		d.done(1 * S); // sit in
		expect(d.stepId).toBe('ign-on');
		d.done(2 * S); // at position 2
		expect(d.view.step).toMatchObject({
			id: 'ign-off',
			title: 'Tap Go, then turn the key back to off and press UNLOCK, then LOCK',
			doneLabel: 'Go'
		});
		// One statement about time: the countdown Go starts, not "no countdown" beside it.
		expect(d.view.step?.timing?.kind).toBe('starts-on-done');
		expect(d.view.step?.detail).not.toMatch(/no time|countdown/);
		const c = d.view.countdowns.find((x) => x.windowId === 'position-2-briefly');
		expect(c).toMatchObject({
			noFigure: true,
			remainingMs: null,
			totalMs: null,
			guardsThisStep: true
		});
		expect(c?.from).toMatch(/no figure/);
		d.tick(10 * 60 * S); // no figure, so nothing can be missed
		expect(d.mode).toBe('step');
		expect(d.state.nextAt).toBeNull();
		expect(d.state.cue?.kind).toBe('step'); // no countdown started
	});

	it('10 s to press the buttons after switching off, counted from Go: hit and missed; each key on its own', () => {
		const d = new GuideDriver(MINI_TWO_BUTTON, 2, { volts: 12.5 });
		d.done(1 * S) // sit in
			.done(1 * S) // position 2
			.done(1 * S); // Go
		expect(d.view.step?.title).toBe('Turn the key back to off, then press UNLOCK, then LOCK');
		expect(d.stepId).toBe('press-buttons');
		expect(d.state.cue).toMatchObject({ kind: 'window-start', windowId: 'press-within-10' });
		expect(d.view.countdowns.find((c) => c.windowId === 'press-within-10')).toMatchObject({
			remainingMs: 10 * S,
			from: 'when you tapped Go, just before you turned the key back to off'
		});
		d.done(10 * S).answer(0, 3 * S);
		expect(d.view.key?.label).toBe('Key 2');
		expect(d.stepId).toBe('ign-on'); // the 2-button resync repeats the ignition for every key
		d.done(1 * S)
			.done(1 * S)
			.done(10 * S + 1);
		expect(d.mode).toBe('missed');
		d.send({ type: 'restart' });
		// The restart step is per key: only Key 2 starts again; Key 1 stays synchronised.
		expect(d.view.key?.label).toBe('Key 2');
		expect(d.state.keys[0]?.outcome).toBe('confirmed');
		d.done(1 * S)
			.done(1 * S)
			.done(4 * S)
			.answer(0, 2 * S)
			.answer(0, 5 * S) // Key 1 from outside
			.answer(0, 5 * S); // Key 2 from outside
		expect(d.engine.summarise(d.state).result).toBe('2 of 2 keys synchronised');
	});

	it('a late tap can no longer stretch the 10 s: Go, off, the buttons 10.5 s after Go → missed', () => {
		// Before, the 10 s started at a Done tapped after switching off, so an owner who switched
		// off, tapped 3 s later and pressed 11 s after the switch-off was told it was in time.
		const d = new GuideDriver(MINI_TWO_BUTTON, 1, { volts: 12.5 });
		d.done(1 * S).done(1 * S);
		d.wait(15 * S).done(); // reading at position 2 ("briefly" has no figure), then Go
		const go = d.now;
		d.done(10 * S + 500); // off at once, the buttons 10.5 s after Go
		expect(d.mode).toBe('missed');
		expect(d.state.misses[0]).toMatchObject({ windowId: 'press-within-10', at: go + 10 * S });
		expect(d.view.missed?.text).toBe(
			'More than 10 seconds passed between switching off and pressing the buttons.'
		);
	});

	it('switched off without Go: the off the car shows starts the 10 s', () => {
		const d = new GuideDriver(MINI_TWO_BUTTON, 1, { volts: 12.5 });
		d.observe('off');
		d.done(1 * S);
		d.observe('on', 1 * S);
		expect(d.stepId).toBe('ign-off'); // position 2 seen: on to the Go step
		d.observe('off', 3 * S);
		expect(d.stepId).toBe('press-buttons');
		expect(d.view.countdowns[0]).toMatchObject({
			windowId: 'press-within-10',
			remainingMs: 10 * S
		});
	});

	it('the "both together" reading is the variant offered after a failure', () => {
		const d = new GuideDriver(MINI_TWO_BUTTON, 1, { volts: 12.5 });
		d.done(1 * S)
			.done(1 * S)
			.done(1 * S)
			.done(2 * S)
			.answer(1, 2 * S);
		expect(d.view.keyFailed?.nextVariant).toMatchObject({
			id: 'mini-r5x-2-button-together',
			confidence: 'U'
		});
		d.send({ type: 'try-variant' });
		expect(d.stepId).toBe('sit-in');
		d.done(1 * S)
			.done(1 * S)
			.done(1 * S);
		expect(d.view.step?.title).toBe(
			'Turn the key back to off, then press UNLOCK and LOCK together'
		);
	});
});
