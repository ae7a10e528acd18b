import { describe, expect, it } from 'vitest';
import { createSimulatedLink } from '../simulator';
import { FakeClock } from '../simulator/body-module/fake-clock';
import type { CueOutputs } from './cue-outputs';
import { defaultSettings } from './guide-settings.svelte';
import { countedButton } from './practice-press';
import { createDeviceStorage } from './device-storage';
import { RehearsalState } from './rehearsal.svelte';
import { CATALOGUE } from '../resync/test/full-catalogue';
import { WizardState } from './wizard.svelte';

const silent: CueOutputs = { sound: null, speech: null, vibration: null };

function guide(clock: FakeClock): WizardState {
	return new WizardState({
		clock,
		catalogue: CATALOGUE,
		storage: createDeviceStorage(() => undefined),
		elm: () => null,
		report: () => null,
		settings: () => defaultSettings(false),
		cues: silent,
		wakeLock: null
	});
}

describe('presses on the practice key count on the guide’s step', () => {
	it('reads the counted button from the step’s unit', () => {
		expect(countedButton('press of LOCK')).toBe('lock');
		expect(countedButton('presses of UNLOCK')).toBe('unlock');
		expect(countedButton('turn between OFF and ON')).toBeNull();
	});

	it('MINI 3-button: three presses of Lock on the practice key are the three counts; Unlock and Boot are not', async () => {
		const clock = new FakeClock(Date.UTC(2025, 4, 10, 9));
		const wizard = guide(clock);
		const rehearsal = new RehearsalState();
		const link = createSimulatedLink('mini-r53-2005', { clock, latency: 'fast' });
		rehearsal.attach(link, 'mini-r53-2005');
		const stop = rehearsal.feed(wizard);
		const body = rehearsal.body!;

		expect(wizard.start('mini-r5x-3-button', 2)).toBeNull();
		for (const id of ['battery', 'keys-and-doors', 'ign-on', 'ign-off']) {
			expect(wizard.view?.step?.id).toBe(id);
			wizard.done();
		}
		// Pressing on a step that counts nothing changes nothing in the guide.
		body.press('lock');
		expect(wizard.view?.step?.id).toBe('hold-unlock');
		body.chooseKey(1);
		body.hold('unlock');
		wizard.done();
		expect(wizard.view?.step?.repeat).toMatchObject({ taps: 0, times: 3 });
		body.press('boot');
		expect(wizard.view?.step?.repeat?.taps).toBe(0);
		body.press('lock');
		expect(wizard.view?.step?.repeat?.taps).toBe(1);
		body.press('lock');
		body.press('lock');
		expect(wizard.view?.step?.id).toBe('release');

		// No longer fed: presses stay with the car.
		stop();
		rehearsal.clear();
		wizard.dispose();
		await link.close();
	});
});
