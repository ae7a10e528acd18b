import { describe, expect, it } from 'vitest';
import { rehearsalRig, type RehearsalRig } from './rig';
import type { KeyCondition } from './setup';

/** The brief's truck: ignition on, remote 1 works, remote 2 is a replacement the truck does not know. */
const truck = (conditions: KeyCondition[] = ['works', 'not-paired']) =>
	rehearsalRig('ford-8-cycle', { buttons: '2-button', conditions }, { ignition: 'on' });

/** OFF → ON `n` times over `totalMs`, ending in ON (the first OFF comes at once). */
function cycles(r: RehearsalRig, n = 8, totalMs = 8_000) {
	const step = totalMs / Math.max(1, n - 1) / 2;
	for (let i = 0; i < n; i++) {
		r.body.setIgnition('off');
		if (i) r.wait(step);
		else r.wait(0);
		r.body.setIgnition('on');
		if (i < n - 1) r.wait(step);
	}
}

describe('Ford 8-cycle remote programming', () => {
	it('eight cycles in 10 s, then two remotes: each confirmed, both work after OFF', () => {
		const r = truck();
		cycles(r);
		expect(r.take()).toEqual(['Locks locked and unlocked: programming mode']);
		r.wait(5_000);
		r.press(2, 'unlock');
		r.wait(12_000);
		r.press(1, 'unlock');
		r.body.setIgnition('off');
		expect(r.take()).toEqual([
			"Locks locked and unlocked: key 2's remote programmed",
			"Locks locked and unlocked: key 1's remote programmed",
			'Locks locked and unlocked: programming ended (the ignition left ON)',
			'Keys 1 and 2 programmed'
		]);
		expect(r.locks(1)).toBe(true);
		expect(r.locks(2)).toBe(true);
	});

	it('one remote, then 20 s without a press: the locks cycle and the remote left out stops working', () => {
		const r = truck();
		cycles(r);
		r.press(2, 'unlock');
		r.take();
		r.wait(20_001);
		expect(r.take()).toEqual([
			'Locks locked and unlocked: programming ended (20 seconds passed without a remote)',
			'Key 2 programmed; key 1 no longer works with this truck'
		]);
		expect(r.locks(1)).toBe(false);
		expect(r.last()).toMatchObject({ reason: 'not-paired' });
		expect(r.locks(2)).toBe(true);
	});

	it('four remotes fill the module: the mode ends by itself', () => {
		const r = truck(['works', 'not-paired', 'works', 'not-paired']);
		cycles(r);
		for (const k of [1, 2, 3, 4] as const) {
			r.wait(3_000);
			r.press(k, 'unlock');
		}
		expect(r.take().slice(-2)).toEqual([
			'Locks locked and unlocked: programming ended (four remotes are programmed)',
			'Keys 1, 2, 3 and 4 programmed'
		]);
		expect(r.body.state.session).toBeNull();
	});

	it('eight cycles taking 9.999 s enter the mode; 10.001 s do not', () => {
		const inTime = truck();
		cycles(inTime, 8, 9_999);
		expect(inTime.take()).toContain('Locks locked and unlocked: programming mode');

		const late = truck();
		cycles(late, 8, 10_001);
		expect(late.take()).toEqual([]);
		late.press(2, 'unlock');
		expect(late.last()).toMatchObject({ kind: 'ignored', reason: 'not-paired' });
		// A ninth cycle at once makes the last eight fit in 10 s (a sliding count).
		late.body.setIgnition('off');
		late.body.setIgnition('on');
		expect(late.take()).toContain('Locks locked and unlocked: programming mode');
	});

	it('seven cycles are not enough', () => {
		const r = truck();
		cycles(r, 7, 3_000);
		expect(r.body.state.session?.text).toBe('Ignition cycles counted: 7 of 8');
		r.press(2, 'unlock');
		expect(r.last()?.reason).toBe('not-paired');
	});

	it('the first remote at 19.999 s is learned; at 20.001 s the mode has ended', () => {
		const inTime = truck();
		cycles(inTime);
		inTime.wait(19_999);
		inTime.press(2, 'unlock');
		expect(inTime.last()?.text).toBe("Locks locked and unlocked: key 2's remote programmed");

		const late = truck();
		cycles(late);
		late.wait(20_001);
		late.press(2, 'unlock');
		expect(late.take()).toEqual([
			'Locks locked and unlocked: programming mode',
			'Locks locked and unlocked: programming ended (20 seconds passed without a remote)',
			'Ignored: key 2 is not paired with this car'
		]);
		// Leaving the mode with no remote learned changes nothing.
		expect(late.locks(1)).toBe(true);
	});

	it('each further remote within 20 s of the previous one (19.999 s in, 20.001 s out)', () => {
		const inTime = truck();
		cycles(inTime);
		inTime.press(2, 'unlock');
		inTime.wait(19_999);
		inTime.press(1, 'unlock');
		expect(inTime.last()?.text).toBe("Locks locked and unlocked: key 1's remote programmed");

		const late = truck();
		cycles(late);
		late.press(2, 'unlock');
		late.wait(20_001);
		late.press(1, 'unlock');
		expect(late.last()).toMatchObject({ kind: 'ignored', reason: 'not-paired' });
	});

	it('cycles that only drop to position 1 do not count', () => {
		const r = truck();
		for (let i = 0; i < 8; i++) {
			r.body.setIgnition('accessory');
			r.wait(500);
			r.body.setIgnition('on');
			r.wait(500);
		}
		expect(r.body.state.session).toBeNull();
		expect(r.take()).toEqual([]);
	});

	it('a remote pressed twice takes no second slot and does not extend the time', () => {
		const r = truck();
		cycles(r);
		r.press(2, 'unlock');
		r.wait(15_000);
		r.press(2, 'unlock');
		expect(r.last()).toMatchObject({ reason: 'already-learned' });
		r.wait(5_001);
		expect(r.last()?.text).toBe('Key 2 programmed; key 1 no longer works with this truck');
	});
});
