import { deviceStorage } from '$lib/state/device-storage';

/**
 * Whether the device keeps what the app saves, for a screen that says so: only while it does
 * (blocked or full storage is said once, by the layout). Call during component set-up.
 */
export function deviceKeeps(): { readonly ok: boolean } {
	const storage = deviceStorage();
	let ok = $state(storage.status === 'ok');
	$effect(() => storage.onStatus((status) => (ok = status === 'ok')));
	return {
		get ok() {
			return ok;
		}
	};
}
