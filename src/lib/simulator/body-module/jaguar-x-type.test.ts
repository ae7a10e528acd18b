import { describe, expect, it } from 'vitest';
import { rehearsalRig, type RehearsalRig } from './rig';
import type { KeyCondition } from './setup';
import { REMOTE_WINDOW_MS } from './jaguar-x-type';

/** An X-Type at off, key 1's remote works, key 2's is new to the car; the driver's door shut. */
const xType = (conditions: KeyCondition[] = ['works', 'not-paired']) =>
	rehearsalRig('jaguar-x-type', { buttons: '3-button', conditions });

/** Key to accessory, then `n` turns accessory → ON → accessory, `gapMs` apart. */
function turns(r: RehearsalRig, n = 4, gapMs = 1_000) {
	r.body.setIgnition('accessory');
	for (let i = 0; i < n; i++) {
		r.wait(gapMs);
		r.body.setIgnition('on');
		r.wait(gapMs);
		r.body.setIgnition('accessory');
	}
}

/** The bulletin's steps 1–4: door open, four turns, OFF, key out. */
function enable(r: RehearsalRig, gapMs = 1_000) {
	r.body.setDriverDoor('open');
	turns(r, 4, gapMs);
	r.body.setIgnition('off');
	r.body.removeKey();
}

describe('Jaguar X-Type remote programming (bulletin XT501-23)', () => {
	it('four turns with the door open chime; both remotes within 10 s each are accepted; closing the door ends it', () => {
		const r = xType();
		enable(r);
		expect(r.take()).toEqual([
			'Chime: programming enabled',
			'The car listens for remotes for 10 seconds'
		]);
		r.wait(3_000);
		r.press(2, 'lock');
		r.wait(REMOTE_WINDOW_MS);
		r.press(1, 'lock');
		r.body.setDriverDoor('closed');
		expect(r.take()).toEqual([
			"Chime: key 2's remote accepted",
			"Chime: key 1's remote accepted",
			"Programming ended (the driver's door was closed): keys 1 and 2 programmed"
		]);
		expect(r.keysThatLock(1, 2)).toEqual([1, 2]);
	});

	it('the four turns have no time limit: a minute between turns still chimes', () => {
		const r = xType();
		r.body.setDriverDoor('open');
		turns(r, 4, 60_000);
		expect(r.take()).toEqual(['Chime: programming enabled']);
	});

	it('three turns, or four with the door shut, do not enable programming', () => {
		const r = xType();
		r.body.setDriverDoor('open');
		turns(r, 3);
		r.body.setIgnition('off');
		r.body.removeKey();
		r.press(2, 'lock');
		expect(r.take()).toEqual(['Ignored: key 2 is not paired with this car']);

		const shut = xType();
		turns(shut, 4);
		expect(shut.take()).toEqual([]);
	});

	it('the first remote 10.001 s after OFF: the car has stopped listening and learns nothing', () => {
		const r = xType();
		enable(r);
		r.take();
		r.wait(REMOTE_WINDOW_MS + 1);
		r.press(2, 'lock');
		expect(r.take()).toEqual([
			'Programming ended (10 seconds passed without a remote); nothing changed',
			'Ignored: key 2 is not paired with this car'
		]);
		// Nothing changed: key 1 still works, key 2 is still not paired.
		expect(r.keysThatLock(1, 2)).toEqual([1]);
	});

	it('one remote, then no other within 10 s: the remote left out no longer works', () => {
		const r = xType();
		enable(r);
		r.press(2, 'lock');
		r.take();
		r.wait(REMOTE_WINDOW_MS + 1);
		expect(r.take()).toEqual([
			'Programming ended (10 seconds passed without a remote): key 2 programmed; key 1 no longer works with this car'
		]);
		expect(r.keysThatLock(1, 2)).toEqual([2]);
	});

	it('a remote pressed with the key still in the ignition is ignored', () => {
		const r = xType();
		r.body.setDriverDoor('open');
		turns(r);
		r.body.setIgnition('off');
		r.take();
		r.press(2, 'lock');
		expect(r.last()).toMatchObject({ kind: 'ignored', reason: 'key-in-ignition' });
	});

	it('four remotes fill the car: programming ends by itself', () => {
		const r = xType(['works', 'not-paired', 'not-paired', 'works']);
		enable(r);
		for (const k of [1, 2, 3, 4] as const) r.press(k, 'lock');
		expect(r.take().slice(-1)).toEqual([
			'Programming ended (four remotes are programmed): keys 1, 2, 3 and 4 programmed'
		]);
	});
});
