/**
 * What FobSync keeps on this device (localStorage), behind one guard. The
 * browser may refuse site data altogether (Chrome with site data blocked throws
 * a SecurityError as soon as `localStorage` is touched), refuse a write (quota
 * full, Safari's old private mode) or hold a copy an older version wrote: none
 * of it may break a page. Every access and every parse is guarded here, and a
 * problem is reported once, as a status the root layout shows in words.
 *
 * Free of imports, so the first page can use it without loading anything.
 */

/** A key the app stores: its name, the version of what is kept under it, and how it is kept. */
export interface StoredKey<F extends 'text' | 'json' = 'text' | 'json'> {
	/** The localStorage name. */
	readonly name: string;
	/** The stored shape's version, part of the name; 0: a plain text value from before versions. */
	readonly version: number;
	/** 'text': kept as it is given; 'json': a value kept as JSON, checked when read. */
	readonly format: F;
}
export type TextKey = StoredKey<'text'>;
export type JsonKey = StoredKey<'json'>;

function key<F extends 'text' | 'json'>(base: string, version: number, format: F): StoredKey<F> {
	return { name: version ? `${base}.v${version}` : base, version, format };
}

/**
 * Every key the app keeps on the device. A new stored shape gets a new version
 * (and so a new name): a copy an older version wrote is then ignored.
 */
export const STORED_KEYS = {
	/** The last report as a report file (state/report-store.ts checks it field by field). */
	lastReport: key('fobsync.last-report', 1, 'text'),
	/** The guide's progress (state/guide-store.ts). */
	guide: key('fobsync.guide', 1, 'json'),
	/** The guide's cue settings (state/guide-settings.svelte.ts). */
	guideSettings: key('fobsync.guide-settings', 1, 'json'),
	/** The protocol each car spoke (state/protocol-memory.ts). */
	protocols: key('fobsync.protocols', 1, 'json'),
	/** How the owner last connected, for one-tap reconnect (state/last-connection.ts). */
	lastConnection: key('fobsync.last-connection', 0, 'text'),
	/** The demo car last chosen (components/connect/last-scenario.ts). */
	demoScenario: key('fobsync.demo-scenario', 0, 'text')
} as const;

export type StoredKeyId = keyof typeof STORED_KEYS;

/**
 * 'ok': kept; 'blocked': the browser keeps nothing for this site; 'full': a
 * write was refused for lack of room; 'absent': no storage here (the build).
 */
export type StorageStatus = 'ok' | 'blocked' | 'full' | 'absent';

/** The Storage methods the app uses. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface DeviceStorage {
	readonly status: StorageStatus;
	/** Tells `listener` each time the status changes; returns the way to stop. */
	onStatus(listener: (status: StorageStatus) => void): () => void;
	has(key: StoredKey): boolean;
	readText(key: TextKey): string | null;
	/** False when the device refused (nothing kept). */
	writeText(key: TextKey, text: string): boolean;
	/**
	 * The stored value through `check` (a json key's parsed JSON, a text key's
	 * text); null when missing, unreadable, or refused by `check` (returning
	 * null or throwing).
	 */
	read<T>(key: JsonKey, check: (value: unknown) => T | null): T | null;
	read<T>(key: TextKey, check: (text: string) => T | null): T | null;
	/** False when the device refused (nothing kept). */
	write(key: JsonKey, value: unknown): boolean;
	remove(key: StoredKey): void;
}

const NAMES = new Set(Object.values(STORED_KEYS).map((k) => k.name));

function isQuota(error: unknown): boolean {
	const e = error as { name?: string; code?: number } | null;
	return (
		e?.name === 'QuotaExceededError' ||
		e?.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
		e?.code === 22 ||
		e?.code === 1014
	);
}

/**
 * A guarded store over `open()` (in the app: the page's localStorage). `open`
 * throwing means the browser refuses storage; returning undefined, none exists.
 */
export function createDeviceStorage(open: () => StorageLike | undefined): DeviceStorage {
	let storage: StorageLike | null = null;
	let status: StorageStatus;
	try {
		storage = open() ?? null;
		status = storage ? 'ok' : 'absent';
	} catch {
		status = 'blocked';
	}
	const listeners = new Set<(s: StorageStatus) => void>();
	const report = (next: StorageStatus) => {
		if (status === next || status === 'blocked') return;
		status = next;
		for (const listener of listeners) listener(next);
	};
	const failed = (error: unknown) => report(isQuota(error) ? 'full' : 'blocked');

	const get = (name: string): string | null => {
		if (!storage || !NAMES.has(name)) return null;
		try {
			return storage.getItem(name);
		} catch (error) {
			failed(error);
			return null;
		}
	};
	const set = (name: string, text: string): boolean => {
		if (!storage || !NAMES.has(name)) return false;
		try {
			storage.setItem(name, text);
		} catch (error) {
			failed(error);
			return false;
		}
		// Room again after a full store (the owner cleared some): kept as normal.
		if (status === 'full') report('ok');
		return true;
	};
	const removeName = (name: string) => {
		if (!storage || !NAMES.has(name)) return;
		try {
			storage.removeItem(name);
		} catch (error) {
			failed(error);
		}
	};

	return {
		get status() {
			return status;
		},
		onStatus(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		has: (key) => !!get(key.name),
		readText: (key) => get(key.name),
		writeText: (key, text) => set(key.name, text),
		read<T>(key: StoredKey, check: (value: never) => T | null): T | null {
			const raw = get(key.name);
			if (!raw) return null;
			try {
				return check((key.format === 'json' ? JSON.parse(raw) : raw) as never);
			} catch {
				// An unreadable copy (another version, a hand edit): as if none were kept.
				return null;
			}
		},
		write(key, value) {
			let text: string;
			try {
				text = JSON.stringify(value);
			} catch {
				return false;
			}
			return set(key.name, text);
		},
		remove: (key) => removeName(key.name)
	};
}

let app: DeviceStorage | null = null;

/** The page's storage, opened on first use (none while building: there is no page). */
export function deviceStorage(): DeviceStorage {
	app ??= createDeviceStorage(() =>
		typeof window === 'undefined' ? undefined : window.localStorage
	);
	return app;
}
