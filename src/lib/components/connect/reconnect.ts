import { DEFAULT_DEMO_SCENARIO } from '$lib/state/connection-kind';
import type { DeviceStorage } from '$lib/state/device-storage';
import { loadLastKind } from '$lib/state/last-connection';
import type { SessionState } from '$lib/state/session.svelte';
import { loadScenario } from './last-scenario';

/**
 * Reconnects the way the owner last connected, without the browser's chooser
 * when the browser still grants the device (or the demo car). Resolves false
 * when there is nothing to reconnect to: the caller then opens the connect page.
 */
export async function reconnectLast(
	session: SessionState,
	storage: DeviceStorage
): Promise<boolean> {
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
