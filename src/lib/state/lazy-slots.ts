import { getContext, setContext } from 'svelte';
import { deviceStorage, STORED_KEYS, type DeviceStorage } from './device-storage';
import type { RehearsalState } from './rehearsal.svelte';
import type { WizardHost } from './wizard-host.svelte';

/**
 * Storage name of the guide's saved progress (see guide-store.ts). Here, with
 * nothing of the guide imported, so the layout can tell whether there is
 * progress to resume without loading the guide.
 */
export const GUIDE_STORE_KEY = STORED_KEYS.guide.name;

/** Whether the device keeps guide progress (storage refused or missing counts as none). */
export function hasSavedGuide(storage: DeviceStorage = deviceStorage()): boolean {
	return storage.has(STORED_KEYS.guide);
}

/**
 * App-wide states whose code is not on the first page: the resync guide's host
 * and the demo car's rehearsal state are made on first use (a page that needs
 * them, a demo link, saved guide progress) and then live as long as the app.
 * The root layout provides the empty slots; `wizardHostIn` / `useWizardHost()`
 * and `rehearsalIn` / `useRehearsal()` fill them.
 */
export interface LazySlots {
	wizardHost: WizardHost | null;
	rehearsal: RehearsalState | null;
}

const KEY = Symbol('fobsync.lazy-slots');

/** Provides empty slots to every component below the caller (the root layout). */
export function setLazySlots(): LazySlots {
	return setContext<LazySlots>(KEY, { wizardHost: null, rehearsal: null });
}

/** The app's slots, or null outside the root layout. */
export function lazySlots(): LazySlots | null {
	return getContext<LazySlots | undefined>(KEY) ?? null;
}
