import { describe, expect, it } from 'vitest';
import { SimCar } from '../sim-car';
import { BodyModule } from './body-module';
import { FakeClock } from './fake-clock';
import { rehearsalRig } from './rig';
import { createKeySystem } from './systems';
import { virtualKeys } from './setup';
import type { BodyState } from './types';

describe('BodyModule controls and state', () => {
	it('reads as plain data fit for a screen', () => {
		const r = rehearsalRig(
			'mini-3-button',
			{ buttons: '3-button', conditions: ['works', 'out-of-sync', 'not-paired'] },
			{ ignition: 'running', keyInHand: 2 }
		);
		expect(r.body.state).toEqual({
			system: { id: 'mini-3-button', name: 'MINI / BMW remote initialisation (3-button key)' },
			ignition: 'running',
			ignitionLabel: 'Position 2',
			keyInIgnition: 1,
			keyInHand: 2,
			locks: 'unlocked',
			driverDoor: 'closed',
			keys: [
				{
					id: 1,
					label: 'Key 1',
					buttons: ['lock', 'unlock', 'boot'],
					paired: true,
					inSync: true,
					status: 'Works with this car',
					held: [],
					inIgnition: true,
					inHand: false
				},
				expect.objectContaining({ id: 2, status: 'Out of sync with this car', inHand: true }),
				expect.objectContaining({ id: 3, status: 'Not paired with this car', paired: false })
			],
			session: null
		} satisfies BodyState);
	});

	it('turning the ignition puts the key in hand in an empty lock; it comes out only at Off', () => {
		const r = rehearsalRig(
			'ford-8-cycle',
			{ buttons: '2-button', conditions: ['works', 'works'] },
			{ keyInHand: 2 }
		);
		expect(r.body.state.keyInIgnition).toBeNull();
		r.body.setIgnition('accessory');
		expect(r.body.state).toMatchObject({
			keyInIgnition: 2,
			ignition: 'accessory',
			ignitionLabel: 'Position 1'
		});
		expect(r.body.removeKey()).toBe(false);
		r.body.chooseKey(1);
		r.body.setIgnition('on'); // turns the key that is in the lock
		expect(r.body.state.keyInIgnition).toBe(2);
		expect(r.car.obdAwake).toBe(true);
		r.body.setIgnition('off');
		expect(r.body.removeKey()).toBe(true);
		expect(r.body.insertKey()).toBe(true);
		expect(r.body.state.keyInIgnition).toBe(1);
		expect(r.body.insertKey()).toBe(false);
	});

	it('Position 2 leaves a running engine running', () => {
		const r = rehearsalRig(
			'mini-3-button',
			{ buttons: '3-button', conditions: ['works'] },
			{ ignition: 'running' }
		);
		r.body.setIgnition('on');
		expect(r.car.ignition).toBe('running');
		r.body.setIgnition('off');
		expect(r.car.ignition).toBe('off');
		expect(r.car.obdAwake).toBe(false);
	});

	it('sees the ignition turned on the SimCar itself', () => {
		const r = rehearsalRig(
			'mini-2-button',
			{ buttons: '2-button', conditions: ['out-of-sync'] },
			{ ignition: 'on' }
		);
		r.car.setIgnition('off');
		expect(r.body.state.ignitionLabel).toBe('Off');
		r.body.press('unlock');
		r.body.press('lock');
		expect(r.last()?.text).toBe('Locks locked: key 1 is back in sync');
	});

	it('hold and release; choosing another key lets go of held buttons; a 2-button key has no Boot', () => {
		const r = rehearsalRig('mini-3-button', {
			buttons: '3-button',
			conditions: ['works', 'works']
		});
		r.body.hold('unlock');
		expect(r.body.state.keys[0]!.held).toEqual(['unlock']);
		r.body.press('unlock'); // already down: nothing more
		r.body.chooseKey(2);
		expect(r.body.state.keys[0]!.held).toEqual([]);
		expect(r.take()).toEqual(['Locks unlocked']);

		const two = rehearsalRig('mini-2-button', { buttons: '2-button', conditions: ['works'] });
		expect(() => two.body.press('boot')).toThrow('Key 1 has no Boot button.');
		expect(() => two.body.chooseKey(3)).toThrow('This car has no key 3.');
	});

	it('the driver door and the key blade', () => {
		const r = rehearsalRig(
			'mini-2-button',
			{ buttons: '2-button', conditions: ['works'] },
			{ locks: 'locked' }
		);
		r.body.setDriverDoor('open');
		expect(r.body.state.driverDoor).toBe('open');
		r.body.turnKeyInDoor('unlock');
		expect(r.body.state.locks).toBe('unlocked');
		r.body.turnKeyInDoor('lock');
		expect(r.take()).toEqual([
			"Locks unlocked with the key in the driver's door",
			"Locks locked with the key in the driver's door"
		]);
	});

	it('notifies once per input and when a window ends by itself; keeps the last 50 reactions', () => {
		const r = rehearsalRig('mini-3-button', {
			buttons: '3-button',
			conditions: ['works', 'works']
		});
		const seen: BodyState[] = [];
		const stop = r.body.onChange((s) => seen.push(s));
		r.body.setIgnition('accessory');
		r.wait(1_000);
		r.body.setIgnition('off');
		expect(seen.map((s) => s.session?.text ?? null)).toEqual([
			'Position 1: turn off within 5 seconds',
			'Learning keys (no key learned yet)'
		]);
		r.wait(30_001);
		expect(seen).toHaveLength(3);
		expect(seen[2]!.session).toBeNull();
		stop();
		r.body.removeKey();
		for (let i = 0; i < 60; i++) r.body.press('lock');
		expect(r.body.reactions).toHaveLength(50);
		expect(seen).toHaveLength(3);
	});

	it('dispose stops its timers and its listening', () => {
		const r = rehearsalRig(
			'ford-8-cycle',
			{ buttons: '2-button', conditions: ['works'] },
			{ ignition: 'on' }
		);
		for (let i = 0; i < 8; i++) {
			r.body.setIgnition('off');
			r.body.setIgnition('on');
		}
		expect(r.clock.pending).toBe(1);
		r.body.dispose();
		expect(r.clock.pending).toBe(0);
		r.car.setIgnition('off');
		expect(r.reactions.at(-1)?.text).toBe('Locks locked and unlocked: programming mode');
	});

	it('refuses impossible setups', () => {
		const car = (ignition: 'on' | 'off') =>
			new SimCar({ protocol: '6', ignition, batteryVolts: 12.5, ecus: [] });
		const rules = createKeySystem('mini-3-button');
		const clock = new FakeClock();
		const keys = virtualKeys('3-button', ['works', 'works', 'works', 'works', 'works']);
		expect(() => new BodyModule(car('off'), { rules, keys, clock })).toThrow(/1 to 4 keys/);
		expect(() => new BodyModule(car('off'), { rules, keys: [keys[1]!], clock })).toThrow(
			/numbered/
		);
		expect(
			() => new BodyModule(car('on'), { rules, keys: keys.slice(0, 2), keyInIgnition: null, clock })
		).toThrow(/a key must be in it/);
	});
});
