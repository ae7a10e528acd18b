import type { ConnectionKind } from './connection-kind';

/** Where the last way of connecting is kept (this device only), for one-click reconnect. */
const KEY = 'fobsync.last-connection';
const KINDS: readonly ConnectionKind[] = ['usb', 'bt-serial', 'ble', 'demo'];

type Store = Pick<Storage, 'getItem' | 'setItem'> | null;

/** Remembers how the owner connected (the root layout, on every connection). */
export function saveLastKind(storage: Store, kind: ConnectionKind): void {
	try {
		storage?.setItem(KEY, kind);
	} catch {
		// not fatal: reconnect then goes through the connect page
	}
}

/** How the owner last connected, or null. */
export function loadLastKind(storage: Store): ConnectionKind | null {
	try {
		const kind = storage?.getItem(KEY);
		return KINDS.find((k) => k === kind) ?? null;
	} catch {
		return null;
	}
}
