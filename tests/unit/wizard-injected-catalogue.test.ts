import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '$lib/resync/catalogue';
import { GENERIC_MODULE } from '$lib/resync/procedures/generic';
import { testProcedure } from '$lib/resync/test/procedure';
import type { ShopPath } from '$lib/resync/types';
import { FakeClock } from '$lib/simulator/body-module/fake-clock';
import { defaultSettings } from '$lib/state/guide-settings.svelte';
import { WizardState } from '$lib/state/wizard.svelte';
import { createDeviceStorage } from '$lib/state/device-storage';

/**
 * The catalogue given to the wizard is the one its engine reads: a shop path
 * only that catalogue holds gets its title on the screen (before, the engine
 * fell back to the app's catalogue and showed the path with no title).
 */

const ONLY_HERE: ShopPath = {
	...GENERIC_MODULE.shopPaths.find((s) => s.fallback)!,
	id: 'only-in-injected',
	title: 'A shop path only the injected catalogue holds',
	fallback: false
};

const PROCEDURE = testProcedure({
	id: 'injected-procedure',
	perKey: [
		{
			kind: 'question',
			id: 'ok',
			title: 'Did the car confirm this key?',
			answers: [
				{ label: 'Yes', outcome: { to: 'key-confirmed' } },
				{ label: 'No, it needs a shop', outcome: { to: 'shop', shopPath: ONLY_HERE.id } }
			]
		}
	]
});

const catalogue = buildCatalogue([
	{ sources: GENERIC_MODULE.sources, procedures: [PROCEDURE], shopPaths: [ONLY_HERE] },
	GENERIC_MODULE
]);

describe('a catalogue injected into the wizard', () => {
	it('names the shop path only it holds when an answer ends there', () => {
		const clock = new FakeClock(Date.UTC(2025, 4, 10, 9, 0, 0));
		const w = new WizardState({
			clock,
			storage: createDeviceStorage(() => undefined),
			elm: () => null,
			report: () => null,
			settings: () => ({
				...defaultSettings(false),
				sound: false,
				speech: false,
				vibration: false
			}),
			cues: { sound: null, speech: null, vibration: null },
			wakeLock: null,
			catalogue
		});
		expect(w.start(PROCEDURE.id, 1)).toBeNull();
		clock.advance(1000);
		w.answerStep(1);
		expect(w.view!.shop).toEqual({ shopPathId: ONLY_HERE.id, title: ONLY_HERE.title });
	});
});
