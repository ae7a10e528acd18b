import { createDeviceStorage, type DeviceStorage } from '../device-storage';

/** A guarded device storage over an in-memory map; `map` lets a test read or spoil what is kept. */
export function memoryStorage(): DeviceStorage & { map: Map<string, string> } {
	const map = new Map<string, string>();
	const storage = createDeviceStorage(() => ({
		getItem: (k) => map.get(k) ?? null,
		setItem: (k, v) => void map.set(k, v),
		removeItem: (k) => void map.delete(k)
	}));
	return Object.assign(storage, { map });
}

/** A device storage whose every read and write throws (private mode, quota). */
export function throwingStorage(): DeviceStorage {
	return createDeviceStorage(() => ({
		getItem: () => {
			throw new Error('denied');
		},
		setItem: () => {
			throw new Error('quota');
		},
		removeItem: () => undefined
	}));
}
