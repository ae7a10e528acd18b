import { createContext } from 'svelte';
import { deviceStorage, STORED_KEYS, type DeviceStorage } from './device-storage';
import type { GuideSettings } from './guide-settings.svelte';
import type { WizardState } from './wizard.svelte';

/** What the host builds on first use: the guide and its cue settings. */
export interface LoadedGuide {
	readonly wizard: WizardState;
	readonly settings: GuideSettings;
}

/**
 * Holds the resync guide for the whole app, built on first use: the guide's
 * code and the procedure catalogue load only when a guide page (or the
 * vehicle page's verdict) asks, so the home page stays light (the host itself
 * is small and made by the root layout; `make` loads the rest). Once built it
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

const [getWizardHost, setWizardHost] = createContext<WizardHost>();

/** Makes `host` the guide host of every component below the caller (the root layout). */
export { setWizardHost };

/** The app's guide host, provided by the root layout. */
export function useWizardHost(): WizardHost {
	return getWizardHost();
}

/**
 * Whether the device keeps guide progress (storage refused or missing counts
 * as none). Here, with nothing of the guide imported, so a page can tell
 * whether there is progress to resume without loading the guide.
 */
export function hasSavedGuide(storage: DeviceStorage = deviceStorage()): boolean {
	return storage.has(STORED_KEYS.guide);
}
