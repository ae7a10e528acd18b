import { createCueOutputs, createWakeLockKeeper, type CueEnv } from './cue-outputs';
import { deviceStorage } from './device-storage';
import { GuideSettings } from './guide-settings.svelte';
import type { ScanState } from './scan.svelte';
import type { SessionState } from './session.svelte';
import { WizardState } from './wizard.svelte';
import { realClock } from '../simulator/clock';

/**
 * Builds the app's guide on the page's own APIs (storage, audio, speech,
 * vibration, wake lock); the root layout's WizardHost calls it on first use,
 * and gets it once saved progress is back.
 */
export async function createGuide(app: { session: SessionState; scan: ScanState }): Promise<{
	wizard: WizardState;
	settings: GuideSettings;
}> {
	const device = deviceStorage();
	const reducedMotion =
		typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
	const settings = new GuideSettings({ storage: device, reducedMotion });
	const env = globalThis as unknown as CueEnv;
	const wizard = new WizardState({
		// Real time, looked up at each call: Playwright's `page.clock` drives the guide too.
		clock: realClock,
		storage: device,
		elm: () => app.session.elm,
		report: () => app.scan.report,
		settings: () => settings.values,
		cues: createCueOutputs(env),
		wakeLock: createWakeLockKeeper(env),
		// The shop report (and the device's copy of it) carries what the guide did.
		onSummary: (summary) => app.scan.recordGuide(summary)
	});
	// Saved progress resumes once its make's part of the catalogue is here.
	await wizard.ready;
	return { wizard, settings };
}
