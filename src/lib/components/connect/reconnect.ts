import { DEFAULT_DEMO_SCENARIO, type ConnectionKind } from '$lib/state/connection-kind';
import type { SessionState } from '$lib/state/session.svelte';
import { loadScenario } from './last-scenario';

/** Where the last way of connecting is kept (this device only), for one-click reconnect. */
const KEY = 'fobsync.last-connection';
const KINDS: readonly ConnectionKind[] = ['usb', 'bt-serial', 'ble', 'demo'];

type Store = Pick<Storage, 'getItem' | 'setItem'> | null;

export function saveLastKind(storage: Store, kind: ConnectionKind): void {
	try {
		storage?.setItem(KEY, kind);
	} catch {
		// not fatal: reconnect then goes through the connect page
	}
}

export function loadLastKind(storage: Store): ConnectionKind | null {
	try {
		const kind = storage?.getItem(KEY);
		return KINDS.find((k) => k === kind) ?? null;
	} catch {
		return null;
	}
}

/**
 * Reconnects the way the owner last connected, without the browser's chooser
 * when the browser still grants the device (or the demo car). Resolves false
 * when there is nothing to reconnect to: the caller then opens the connect page.
 */
export async function reconnectLast(session: SessionState, storage: Store): Promise<boolean> {
	const kind = loadLastKind(storage);
	if (kind === 'demo') {
		return session.connect('demo', {
			scenarioId: loadScenario(storage, null, DEFAULT_DEMO_SCENARIO)
		});
	}
	if (!kind) return false;
	const { CapabilitiesState, browserEnv } = await import('$lib/state/capabilities.svelte');
	const caps = new CapabilitiesState(browserEnv());
	await caps.refresh();
	const port = caps.rememberedPorts.find((p) => p.kind === kind && p.present !== false);
	const device = port?.port ?? (kind === 'ble' ? caps.rememberedBleDevices[0]?.device : undefined);
	if (!device) return false;
	await session.connect(kind, { remembered: device });
	return true;
}
