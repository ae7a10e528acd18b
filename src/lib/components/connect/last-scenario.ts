/** Where the demo car choice is kept, so it survives navigation and reloads (this device only). */
const KEY = 'fobsync.demo-scenario';

/**
 * The remembered scenario when it still exists, else `fallback`. `known` null:
 * the list is not loaded here (the home page), the simulator checks the id.
 */
export function loadScenario(
	storage: Pick<Storage, 'getItem'> | null,
	known: readonly { id: string }[] | null,
	fallback: string
): string {
	let stored: string | null = null;
	try {
		stored = storage?.getItem(KEY) ?? null;
	} catch {
		// storage blocked (private mode, policy): use the default
	}
	if (!stored) return fallback;
	return known === null || known.some((s) => s.id === stored) ? stored : fallback;
}

export function saveScenario(storage: Pick<Storage, 'setItem'> | null, id: string): void {
	try {
		storage?.setItem(KEY, id);
	} catch {
		// not fatal: the choice just is not remembered
	}
}
