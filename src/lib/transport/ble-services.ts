/**
 * GATT layouts of BLE OBD dongles (docs/domain.md §8). Chrome only exposes
 * services listed in `optionalServices` (or a filter), so every family is
 * listed when asking for a device. Characteristics are chosen later by their
 * properties, never by these hints alone, because roles differ between
 * firmware versions of the same module.
 */
export interface BleServiceFamily {
	/** Short name for logs and tests, e.g. 'fff0'. */
	readonly id: string;
	/** 128-bit service UUID, lower case (Web Bluetooth canonical form). */
	readonly service: string;
	/** Which adapters use it. */
	readonly seenOn: string;
}

/** Expands a 16-bit Bluetooth SIG alias to the full UUID. */
export function uuid16(alias: number): string {
	return `0000${alias.toString(16).padStart(4, '0')}-0000-1000-8000-00805f9b34fb`;
}

/** In order of preference when a dongle offers more than one. */
export const BLE_SERVICE_FAMILIES: readonly BleServiceFamily[] = [
	{ id: 'fff0', service: uuid16(0xfff0), seenOn: 'generic clones, Carista, Veepeak, OBDLink CX' },
	{ id: 'ffe0', service: uuid16(0xffe0), seenOn: 'HM-10/CC254x clones, LELink' },
	{ id: '18f0', service: uuid16(0x18f0), seenOn: 'Vgate iCar Pro 2S ("IOS-Vlink")' },
	{
		id: 'vgate',
		service: 'e7810a71-73ae-499d-8c15-faa9aef0c3f2',
		seenOn: 'Vgate iCar2, iCar Pro BLE 4.0'
	},
	{
		id: 'nordic-uart',
		service: '6e400001-b5a3-f393-e0a9-e50e24dcca9e',
		seenOn: 'Vgate AD10 and others'
	},
	{
		id: 'microchip',
		service: '49535343-fe7d-4ae5-8fa9-9fafd205e455',
		seenOn: 'Microchip-module adapters'
	},
	{ id: 'telit-tio', service: uuid16(0xfefb), seenOn: 'Telit/Stollmann modules' }
];

/** Every family's service, for `requestDevice({ optionalServices })`. */
export const BLE_OPTIONAL_SERVICES: readonly string[] = BLE_SERVICE_FAMILIES.map((f) => f.service);
