import { describe, expect, it } from 'vitest';
import { rehearsalRig, type RehearsalRig } from './rig';
import type { KeyCondition } from './setup';
import type { KeyId } from './types';

/** The brief's car: ignition on, key 1 in the ignition, key 2's remote out of sync. */
const car = (conditions: KeyCondition[] = ['works', 'out-of-sync']) =>
	rehearsalRig(
		'mini-2-button',
		{ buttons: '2-button', conditions },
		{ ignition: 'on', keyInHand: 2 }
	);

/** Position 2 briefly (the car starts there), then off. */
function cycle(r: RehearsalRig) {
	r.wait(1_500);
	r.body.setIgnition('off');
}

function unlockThenLock(r: RehearsalRig, key: KeyId, gapMs = 1_000) {
	r.body.chooseKey(key);
	r.body.press('unlock');
	r.wait(gapMs);
	r.body.press('lock');
}

describe('MINI R50/R52/R53 before 07/2004 (2-button key): quick resync', () => {
	it('position 2, off, then Unlock and Lock within 10 s: the remote is back in sync', () => {
		const r = car();
		r.body.chooseKey(2);
		r.body.press('lock');
		expect(r.take()).toEqual(['Ignored: key 2 is out of sync with this car']);
		cycle(r);
		r.wait(3_000);
		unlockThenLock(r, 2);
		expect(r.take()).toEqual([
			'The car heard Unlock from key 2',
			'Locks locked: key 2 is back in sync'
		]);
		r.wait(60_000);
		expect(r.take()).toEqual(['10 seconds have passed since the ignition went off']);
		r.body.press('unlock');
		expect(r.take()).toEqual(['Locks unlocked']);
		expect(r.body.state.keys[1]!.status).toBe('Works with this car');
	});

	it('Lock at 9.999 s after off is in time; at 10.001 s it is not', () => {
		const inTime = car();
		cycle(inTime);
		inTime.wait(8_999);
		unlockThenLock(inTime, 2);
		expect(inTime.last()?.text).toBe('Locks locked: key 2 is back in sync');

		const late = car();
		cycle(late);
		late.wait(9_001);
		unlockThenLock(late, 2); // Unlock in time, Lock 10.001 s after off
		expect(late.take().slice(-2)).toEqual([
			'10 seconds have passed since the ignition went off',
			'Ignored: key 2 is out of sync with this car'
		]);
		expect(late.body.state.keys[1]!.inSync).toBe(false);
	});

	it('Lock before Unlock does nothing; Unlock held while Lock is pressed ("both together", Unlock first) works', () => {
		const r = car();
		cycle(r);
		r.body.chooseKey(2);
		r.body.press('lock');
		r.body.press('unlock');
		expect(r.body.state.keys[1]!.inSync).toBe(false);

		const together = car();
		cycle(together);
		together.body.chooseKey(2);
		together.body.hold('unlock');
		together.body.press('lock');
		together.body.release('unlock');
		expect(together.body.state.keys[1]!.inSync).toBe(true);
	});

	it('a remote the car never knew stays ignored: it needs a shop tool and the code on its tag', () => {
		const r = car(['works', 'not-paired']);
		cycle(r);
		unlockThenLock(r, 2);
		expect(r.take()).toEqual(
			Array(2).fill(
				"Ignored: key 2 is not paired with this car. A new remote for this car needs a shop tool and the code on the key's tag"
			)
		);
		r.wait(20_000);
		r.body.press('lock');
		expect(r.last()).toMatchObject({ reason: 'not-paired' });
		expect(r.body.state.keys[1]!.paired).toBe(false);
	});

	it('position 1 alone does not open the window', () => {
		const r = rehearsalRig('mini-2-button', { buttons: '2-button', conditions: ['out-of-sync'] });
		r.body.setIgnition('accessory');
		r.wait(1_000);
		r.body.setIgnition('off');
		unlockThenLock(r, 1);
		expect(r.body.state.keys[0]!.inSync).toBe(false);
	});

	it('a key left in the ignition does not block the resync (no source says to take it out)', () => {
		const r = car();
		cycle(r);
		expect(r.body.state.keyInIgnition).toBe(1);
		unlockThenLock(r, 2);
		expect(r.body.state.keys[1]!.inSync).toBe(true);
	});

	it('a working remote simply unlocks and locks in the window; turning the ignition closes it', () => {
		const r = car();
		cycle(r);
		unlockThenLock(r, 1);
		expect(r.take()).toEqual(['Locks unlocked', 'Locks locked']);
		r.body.setIgnition('accessory');
		unlockThenLock(r, 2);
		expect(r.body.state.keys[1]!.inSync).toBe(false);
	});
});
