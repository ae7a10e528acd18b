import type { ConnectionKind } from './connection-kind';
import { STORED_KEYS, type DeviceStorage } from './device-storage';

/** Where the last way of connecting is kept (this device only), for one-click reconnect. */
const KEY = STORED_KEYS.lastConnection;
const KINDS: readonly ConnectionKind[] = ['usb', 'bt-serial', 'ble', 'demo'];

/** Remembers how the owner connected (the root layout, on every connection); not fatal when refused. */
export function saveLastKind(storage: DeviceStorage, kind: ConnectionKind): void {
	storage.writeText(KEY, kind);
}

/** How the owner last connected, or null. */
export function loadLastKind(storage: DeviceStorage): ConnectionKind | null {
	const kind = storage.readText(KEY);
	return KINDS.find((k) => k === kind) ?? null;
}
