import { describe, expect, it } from 'vitest';
import { rehearsalRig, type RehearsalRig } from './rig';
import type { KeyCondition } from './setup';
import type { KeyId } from './types';

const car = (conditions: KeyCondition[], options: Parameters<typeof rehearsalRig>[2] = {}) =>
	rehearsalRig('mini-3-button', { buttons: '3-button', conditions }, options);

/** Key in, position 1 for `pos1Ms`, off, key out: the start of procedure B. */
function openStandby(r: RehearsalRig, pos1Ms = 2_000) {
	r.body.setIgnition('accessory');
	r.wait(pos1Ms);
	r.body.setIgnition('off');
	expect(r.body.removeKey()).toBe(true);
}

/** Hold Unlock on `key`, tap Lock `taps` times `gapMs` apart, release Unlock. */
function initialise(r: RehearsalRig, key: KeyId, { gapMs = 1_000, taps = 3 } = {}) {
	r.body.chooseKey(key);
	r.body.hold('unlock');
	for (let i = 0; i < taps; i++) {
		if (i) r.wait(gapMs);
		r.body.press('lock');
	}
	r.body.release('unlock');
}

const works = (r: RehearsalRig, key: KeyId) => {
	r.body.chooseKey(key);
	r.body.press('lock');
	const last = r.last();
	r.body.press('unlock');
	return last?.kind === 'locked' && r.last()?.kind === 'unlocked';
};

describe('MINI R50/R52/R53 from 07/2004 and BMW (3-button key): remote initialisation', () => {
	it('one key: the car confirms by locking and unlocking, and the remote works again', () => {
		const r = car(['out-of-sync']);
		expect(works(r, 1)).toBe(false);
		r.take();
		openStandby(r);
		r.wait(3_000);
		initialise(r, 1);
		expect(r.last()).toMatchObject({
			kind: 'confirm',
			key: 1,
			text: 'Locks locked and unlocked: key 1 learned',
			realCarShows: true
		});
		expect(r.body.state.locks).toBe('unlocked');
		r.body.setIgnition('accessory'); // finishing step: position 1
		r.body.setIgnition('off');
		r.body.removeKey();
		expect(works(r, 1)).toBe(true);
	});

	it('two keys in one session, each within 30 s of the last: both work', () => {
		const r = car(['works', 'out-of-sync']);
		openStandby(r);
		initialise(r, 1);
		r.wait(20_000);
		initialise(r, 2);
		expect(r.take().filter((t) => t.startsWith('Locks locked and unlocked'))).toEqual([
			'Locks locked and unlocked: key 1 learned',
			'Locks locked and unlocked: key 2 learned'
		]);
		expect(r.body.state.session?.text).toBe('Learning keys (Keys 1 and 2 learned)');
		r.wait(30_001); // standby ends by itself
		expect(r.body.state.session).toBeNull();
		expect(works(r, 1)).toBe(true);
		expect(works(r, 2)).toBe(true);
	});

	it('four keys: the fourth fills the module and ends the session', () => {
		const r = car(['works', 'out-of-sync', 'works', 'not-paired']);
		openStandby(r);
		for (const k of [1, 2, 3, 4] as const) {
			initialise(r, k);
			r.wait(5_000);
		}
		const texts = r.take();
		expect(texts.filter((t) => t.startsWith('Locks locked and unlocked'))).toHaveLength(4);
		expect(texts).toContain(
			'Learning ended (the car holds 4 keys at most). Keys 1, 2, 3 and 4 learned'
		);
		expect(r.body.state.keys.map((k) => k.status)).toEqual(Array(4).fill('Works with this car'));
	});

	it('a key left out of the session loses its pairing', () => {
		const r = car(['works', 'works']);
		openStandby(r);
		initialise(r, 1);
		r.wait(30_001);
		expect(r.take().at(-1)).toBe(
			'Learning ended (30 seconds passed without the next key). Key 1 learned; key 2 no longer works with this car'
		);
		r.body.chooseKey(2);
		r.body.press('unlock');
		expect(r.last()).toMatchObject({ kind: 'ignored', reason: 'not-paired' });
		expect(r.body.state.keys[1]!.status).toBe('Not paired with this car');
	});

	it('position 1 for just under 5 s opens standby; just over does not', () => {
		const under = car(['out-of-sync']);
		openStandby(under, 4_999);
		expect(under.take()).toContain('The car is ready to learn keys for 30 seconds');
		initialise(under, 1);
		expect(under.last()?.text).toBe('Locks locked and unlocked: key 1 learned');

		const over = car(['out-of-sync']);
		openStandby(over, 5_001);
		expect(over.take()).toEqual([
			'The ignition stayed in position 1 for 5.1 s, more than 5 seconds: the car is not ready to learn keys'
		]);
		initialise(over, 1);
		// Outside a session the presses are plain remote use: the out-of-sync remote is ignored.
		expect(over.reactions.every((x) => x.reason === 'out-of-sync')).toBe(true);
		expect(over.body.state.keys[0]!.inSync).toBe(false);
	});

	it('the first key must begin within 30 s of "off": 29.999 s is in time, 30.001 s is not', () => {
		const inTime = car(['out-of-sync']);
		openStandby(inTime);
		inTime.wait(29_999 - 2_000); // three taps at 1 s spacing follow the hold
		inTime.wait(2_000);
		initialise(inTime, 1);
		expect(inTime.last()?.text).toBe('Locks locked and unlocked: key 1 learned');

		const late = car(['out-of-sync']);
		openStandby(late);
		late.wait(30_001);
		expect(late.take()).toContain(
			'Learning ended (30 seconds passed without the next key); no key was learned, nothing changed'
		);
		initialise(late, 1);
		expect(late.reactions.every((x) => x.kind === 'ignored' && x.reason === 'out-of-sync')).toBe(
			true
		);
	});

	it('each further key within 30 s of the last confirmation; later, standby has ended and the rest lose pairing', () => {
		const inTime = car(['works', 'out-of-sync']);
		openStandby(inTime);
		initialise(inTime, 1);
		inTime.wait(29_999);
		initialise(inTime, 2);
		expect(inTime.last()?.text).toBe('Locks locked and unlocked: key 2 learned');

		const late = car(['works', 'out-of-sync']);
		openStandby(late);
		initialise(late, 1);
		late.wait(30_001);
		late.take();
		initialise(late, 2);
		expect(late.take()).toEqual(Array(4).fill('Ignored: key 2 is not paired with this car'));
	});

	it('the 10 s run from holding Unlock: the third tap at 9.999 s counts; at 10.001 s the car has stopped listening', () => {
		const inTime = car(['out-of-sync']);
		openStandby(inTime);
		inTime.body.hold('unlock');
		inTime.wait(9_999);
		for (let i = 0; i < 3; i++) inTime.body.press('lock');
		inTime.body.release('unlock');
		expect(inTime.last()?.text).toBe('Locks locked and unlocked: key 1 learned');

		// Three quick taps, but after the 10 s since Unlock went down: the session is over.
		const late = car(['out-of-sync', 'out-of-sync']);
		openStandby(late);
		late.take();
		late.body.hold('unlock');
		late.wait(10_001);
		expect(late.body.state.session).toBeNull();
		for (let i = 0; i < 3; i++) late.body.press('lock');
		late.body.release('unlock');
		expect(late.take()[0]).toBe(
			'Learning ended (10 seconds passed after Unlock was held without 3 presses of Lock); no key was learned, nothing changed'
		);
		expect(late.body.reactions.some((r) => r.kind === 'confirm')).toBe(false);
		expect(late.body.state.keys[0]!.inSync).toBe(false);
	});

	it('three taps 5 s apart: the third, 9.999 s after Unlock went down, still counts', () => {
		const r = car(['out-of-sync']);
		openStandby(r);
		initialise(r, 1, { gapMs: 4_999.5 });
		expect(r.last()?.text).toBe('Locks locked and unlocked: key 1 learned');
	});

	it('the turn to position 1 that ends the session does not start a new one when switched off again', () => {
		const r = car(['works', 'out-of-sync']);
		openStandby(r);
		initialise(r, 1);
		r.wait(2_000);
		initialise(r, 2);
		r.take();
		r.body.setIgnition('accessory'); // finishing step: position 1
		r.wait(1_000);
		r.body.setIgnition('off'); // "you can switch off again afterwards"
		const said = r.take();
		expect(said[0]).toBe('Learning ended (the ignition was turned). Keys 1 and 2 learned');
		expect(said).not.toContain('The car is ready to learn keys for 30 seconds');
		expect(r.body.state.session).toBeNull();
		// A later, deliberate turn from off arms the car again.
		r.body.setIgnition('accessory');
		r.wait(1_000);
		r.body.setIgnition('off');
		expect(r.take()).toContain('The car is ready to learn keys for 30 seconds');
	});

	it('two or four taps of Lock do not learn the key', () => {
		const r = car(['out-of-sync']);
		openStandby(r);
		initialise(r, 1, { taps: 2 });
		expect(r.last()?.text).toBe(
			'Not learned: Lock was pressed 2 times while Unlock was held; the car needs 3'
		);
		initialise(r, 1, { taps: 4 });
		expect(r.last()?.text).toBe(
			'Not learned: Lock was pressed 4 times while Unlock was held; the car needs 3'
		);
		expect(r.body.state.keys[0]!.inSync).toBe(false);
	});

	it('remote commands are ignored while a key is in the ignition, in and out of a session', () => {
		const r = car(['works', 'out-of-sync'], { keyInIgnition: 1 });
		r.body.chooseKey(1);
		r.body.press('unlock');
		expect(r.last()).toMatchObject({
			kind: 'ignored',
			reason: 'key-in-ignition',
			text: 'Ignored: key 1 is in the ignition, and this car ignores its remotes then'
		});
		r.body.setIgnition('accessory');
		r.wait(1_000);
		r.body.setIgnition('off');
		initialise(r, 2); // key 1 still in the lock
		expect(r.reactions.at(-1)?.reason).toBe('key-in-ignition');
		expect(r.body.state.keys[1]!.inSync).toBe(false);
		r.body.removeKey();
		initialise(r, 2);
		expect(r.last()?.text).toBe('Locks locked and unlocked: key 2 learned');
	});

	it('switching the ignition on again during the session ends it: keys not yet done lose pairing', () => {
		const r = car(['works', 'works']);
		openStandby(r);
		initialise(r, 1);
		r.wait(2_000);
		r.body.setIgnition('on');
		expect(r.take().at(-1)).toBe(
			'Learning ended (the ignition was turned). Key 1 learned; key 2 no longer works with this car'
		);
		expect(r.body.state.keys.map((k) => k.paired)).toEqual([true, false]);
	});

	it('opening a door ends the session', () => {
		const r = car(['works', 'works']);
		openStandby(r);
		initialise(r, 2);
		r.body.setDriverDoor('open');
		expect(r.take().at(-1)).toBe(
			'Learning ended (a door was opened). Key 2 learned; key 1 no longer works with this car'
		);
	});

	it('does not open standby through position 2, with a door open, or learn with the car locked', () => {
		const viaTwo = car(['out-of-sync']);
		viaTwo.body.setIgnition('on');
		viaTwo.wait(1_000);
		viaTwo.body.setIgnition('accessory');
		viaTwo.body.setIgnition('off');
		expect(viaTwo.body.state.session).toBeNull();

		const door = car(['out-of-sync'], { driverDoor: 'open' });
		openStandby(door);
		expect(door.take()).toEqual(["The driver's door is open: the car is not ready to learn keys"]);

		const locked = car(['out-of-sync'], { locks: 'locked' });
		openStandby(locked);
		initialise(locked, 1);
		expect(locked.last()?.text).toBe('Not learned: the car is locked; unlock it first');
	});

	it('inside a session a plain press is ordinary remote use and the session goes on', () => {
		const r = car(['works', 'out-of-sync']);
		openStandby(r);
		r.body.chooseKey(1);
		r.body.press('lock');
		expect(r.last()?.text).toBe('Locks locked');
		r.body.press('unlock');
		expect(r.last()?.text).toBe('Locks unlocked');
		r.body.press('boot');
		expect(r.last()?.text).toBe('Boot lid released');
		expect(r.body.state.session?.text).toBe('Learning keys (no key learned yet)');
		initialise(r, 2);
		expect(r.last()?.text).toBe('Locks locked and unlocked: key 2 learned');
	});

	it('a gesture begun inside the window may finish after it', () => {
		const r = car(['out-of-sync']);
		openStandby(r);
		r.wait(29_000);
		initialise(r, 1, { gapMs: 2_000 }); // Unlock down at 29 s, last tap at 33 s
		expect(r.last()?.text).toBe('Locks locked and unlocked: key 1 learned');
	});

	it('a window that ended while timers were held back (a background tab) is still over at the next press', () => {
		const r = car(['works', 'works']);
		openStandby(r);
		initialise(r, 1);
		r.clock.jump(45_000); // no timer fired meanwhile
		initialise(r, 2);
		expect(r.reactions.some((x) => x.text.includes('key 2 learned'))).toBe(false);
		expect(r.body.state.keys[1]!.paired).toBe(false);
	});
});
