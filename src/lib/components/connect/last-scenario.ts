import { STORED_KEYS, type DeviceStorage } from '$lib/state/device-storage';

/** Where the demo car choice is kept, so it survives navigation and reloads (this device only). */
const KEY = STORED_KEYS.demoScenario;

/**
 * The remembered scenario when it still exists, else `fallback` (also when the
 * device keeps nothing). `known` null: the list is not loaded here (the home
 * page), the simulator checks the id.
 */
export function loadScenario(
	storage: DeviceStorage,
	known: readonly { id: string }[] | null,
	fallback: string
): string {
	const stored = storage.readText(KEY);
	if (!stored) return fallback;
	return known === null || known.some((s) => s.id === stored) ? stored : fallback;
}

/** Not fatal when refused: the choice just is not remembered. */
export function saveScenario(storage: DeviceStorage, id: string): void {
	storage.writeText(KEY, id);
}
