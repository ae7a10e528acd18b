/** The properties of a GATT characteristic that decide its role (Web Bluetooth, BluetoothCharacteristicProperties). */
export interface CharacteristicTraits {
	readonly uuid: string;
	readonly properties: {
		readonly notify: boolean;
		readonly indicate: boolean;
		readonly write: boolean;
		readonly writeWithoutResponse: boolean;
	};
}

/** Which characteristic delivers the adapter's bytes and which one takes ours. */
export interface CharacteristicPick<T> {
	readonly notify: T;
	readonly write: T;
	/** Write without response (faster; no round trip per chunk) when the characteristic allows it. */
	readonly withoutResponse: boolean;
}

/**
 * Picks the notify and write characteristics of a serial-like GATT service
 * by their properties, not by fixed UUID roles: Nordic UART firmware swaps
 * 6E400002/6E400003 roles between vendors, and FFE0 modules use one
 * characteristic for both (docs/domain.md §8). Rules, in order:
 * - notify: a characteristic with `notify`, else one with `indicate`;
 * - write: preferably a different characteristic than the notify one (the
 *   Microchip and Telit layouts have a separate receive characteristic),
 *   then one that allows write-without-response (Telit's data channel over
 *   its credit channel), then the first listed.
 * Returns null when the service lacks either role.
 */
export function pickCharacteristics<T extends CharacteristicTraits>(
	characteristics: readonly T[]
): CharacteristicPick<T> | null {
	const notify =
		characteristics.find((c) => c.properties.notify) ??
		characteristics.find((c) => c.properties.indicate);
	if (!notify) return null;
	const writable = characteristics.filter(
		(c) => c.properties.write || c.properties.writeWithoutResponse
	);
	if (writable.length === 0) return null;
	const score = (c: T) =>
		(c.uuid !== notify.uuid ? 2 : 0) + (c.properties.writeWithoutResponse ? 1 : 0);
	let write = writable[0]!;
	for (const c of writable) if (score(c) > score(write)) write = c;
	return { notify, write, withoutResponse: write.properties.writeWithoutResponse };
}
