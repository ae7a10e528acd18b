import { describe, expect, it } from 'vitest';
import { rehearsalRig } from './rig';
import type { KeyCondition } from './setup';

describe('Vauxhall Astra H (owner’s manual): unlock with the key in the door, then ignition on', () => {
	const astra = (conditions: KeyCondition[] = ['out-of-sync', 'works']) =>
		rehearsalRig('vauxhall-astra-h', { buttons: '2-button', conditions }, { locks: 'locked' });

	it('synchronises the remote of the key then switched on', () => {
		const r = astra();
		r.body.press('unlock');
		expect(r.take()).toEqual(['Ignored: key 1 is out of sync with this car']);
		expect(r.body.turnKeyInDoor('unlock')).toBe(true);
		r.body.setDriverDoor('open');
		r.body.setIgnition('on');
		expect(r.take()).toEqual([
			"Locks unlocked with the key in the driver's door",
			"Key 1's remote is synchronised again (a real car gives no sign: try the remote)"
		]);
		r.body.setIgnition('off');
		r.body.removeKey();
		r.body.press('lock');
		expect(r.last()?.text).toBe('Locks locked');
	});

	it('switching on without unlocking with the key first does nothing', () => {
		const r = astra();
		r.body.chooseKey(2);
		r.body.press('unlock'); // the other remote opens the car
		r.body.chooseKey(1);
		r.body.setIgnition('on');
		expect(r.body.state.keys[0]!.inSync).toBe(false);
	});

	it('locking again with the key cancels; a key in the ignition cannot be used in the door', () => {
		const r = astra();
		r.body.turnKeyInDoor('unlock');
		r.body.turnKeyInDoor('lock');
		r.body.setIgnition('on');
		expect(r.body.state.keys[0]!.inSync).toBe(false);
		expect(r.body.turnKeyInDoor('unlock')).toBe(false);
		expect(r.last()?.realCarShows).toBe(false);
	});

	it('a remote the car never knew stays ignored', () => {
		const r = astra(['not-paired']);
		r.body.turnKeyInDoor('unlock');
		r.body.setIgnition('on');
		expect(r.last()?.text).toBe(
			"Key 1's remote is not known to this car: a new remote needs a workshop with professional equipment"
		);
		r.body.press('lock');
		expect(r.last()?.reason).toBe('not-paired');
	});
});

describe('Vauxhall Astra G (Car Mechanics UK): ignition on, hold Lock until the doors lock', () => {
	const astra = (conditions: KeyCondition[] = ['works', 'out-of-sync']) =>
		rehearsalRig('vauxhall-astra-g', { buttons: '2-button', conditions }, { keyInHand: 2 });

	it('locks on the press, unlocks on release, and the remote is back in sync', () => {
		const r = astra();
		r.body.setIgnition('on'); // key 2 goes in
		r.body.hold('lock');
		expect(r.take()).toEqual(['Locks locked']);
		expect(r.body.state.session?.text).toBe('Lock held on key 2');
		r.body.release('lock');
		expect(r.take()).toEqual(['Locks unlocked: key 2 is back in sync']);
		r.body.setIgnition('off');
		r.body.removeKey();
		r.body.press('lock');
		expect(r.last()?.text).toBe('Locks locked');
	});

	it('with the ignition off, or on another key, the out-of-sync remote is ignored', () => {
		const r = astra();
		r.body.hold('lock');
		r.body.release('lock');
		expect(r.last()?.reason).toBe('out-of-sync');
		r.body.chooseKey(1);
		r.body.setIgnition('on'); // key 1 in the ignition
		r.body.chooseKey(2);
		r.body.press('lock');
		expect(r.last()?.reason).toBe('out-of-sync');
		expect(r.body.state.keys[1]!.inSync).toBe(false);
	});

	it('position 1 is not "ignition on"; a new remote stays ignored', () => {
		const r = astra();
		r.body.setIgnition('accessory');
		r.body.press('lock');
		expect(r.body.state.keys[1]!.inSync).toBe(false);

		const fresh = astra(['works', 'not-paired']);
		fresh.body.setIgnition('on');
		fresh.body.press('lock');
		expect(fresh.last()?.text).toBe(
			'Ignored: key 2 is not paired with this car. A new key needs a workshop with professional equipment'
		);
	});
});
