import { getContext, setContext } from 'svelte';
import type { GuideSettings } from './guide-settings.svelte';
import { lazySlots, type LazySlots } from './lazy-slots';
import { useScan, type ScanState } from './scan.svelte';
import { useSession, type SessionState } from './session.svelte';
import type { WizardState } from './wizard.svelte';

export { GUIDE_STORE_KEY } from './lazy-slots';

/** What the host builds on first use: the guide and its cue settings. */
export interface LoadedGuide {
	readonly wizard: WizardState;
	readonly settings: GuideSettings;
}

/**
 * Holds the resync guide for the whole app, built on first use: the guide's
 * code and the procedure catalogue load only when a guide page (or the
 * vehicle page's verdict) asks, so the home page stays light. Once built it
 * lives as long as the app, with its one timer and its saved progress.
 */
export class WizardHost {
	#make: () => Promise<LoadedGuide>;
	#loaded = $state.raw<LoadedGuide | null>(null);
	#loading: Promise<LoadedGuide> | null = null;
	#failed = $state(false);

	constructor(make: () => Promise<LoadedGuide>) {
		this.#make = make;
	}

	/** The guide once loaded, else null. */
	get wizard(): WizardState | null {
		return this.#loaded?.wizard ?? null;
	}
	get settings(): GuideSettings | null {
		return this.#loaded?.settings ?? null;
	}
	/** Loading failed (e.g. offline before the guide's code was ever cached). */
	get failed(): boolean {
		return this.#failed;
	}

	/** Builds the guide if it is not yet; safe to call from every page. */
	load(): Promise<LoadedGuide> {
		this.#loading ??= this.#make().then(
			(loaded) => (this.#loaded = loaded),
			(error: unknown) => {
				this.#loading = null;
				this.#failed = true;
				throw error;
			}
		);
		return this.#loading;
	}

	/** The tab was hidden or shown: passed on to a loaded guide. */
	visibilityChanged(visible: boolean): void {
		this.#loaded?.wizard.visibilityChanged(visible);
	}

	/** The adapter connection changed: passed on to a loaded guide. */
	adapterChanged(): void {
		this.#loaded?.wizard.adapterChanged();
	}
}

const KEY = Symbol('fobsync.wizard-host');

export function setWizardHost(host: WizardHost): WizardHost {
	return setContext(KEY, host);
}

/** The app's guide host in `slots`, made on first use from the app's session and scan. */
export function wizardHostIn(
	slots: LazySlots,
	app: { session: SessionState; scan: ScanState }
): WizardHost {
	return (slots.wizardHost ??= new WizardHost(async () =>
		(await import('./guide-setup')).createGuide(app)
	));
}

/** The app's guide host: one set by a parent, else the root layout's slot (filled on first use). */
export function useWizardHost(): WizardHost {
	const host = getContext<WizardHost | undefined>(KEY);
	if (host) return host;
	const slots = lazySlots();
	if (!slots) {
		throw new Error(
			'useWizardHost() needs setWizardHost() or setLazySlots() in a parent component'
		);
	}
	return wizardHostIn(slots, { session: useSession(), scan: useScan() });
}
