/** Characteristic properties as Web Bluetooth reports them (all false unless listed). */
export interface FakeProperties {
	notify?: boolean;
	indicate?: boolean;
	read?: boolean;
	write?: boolean;
	writeWithoutResponse?: boolean;
}

/** One characteristic of a fake dongle; `role` says what the dongle's firmware does with it. */
export interface FakeCharacteristicLayout {
	readonly uuid: string;
	readonly properties: FakeProperties;
	/** 'rx': the dongle reads what the host writes here; 'tx': it notifies its output here. */
	readonly role: 'rx' | 'tx' | 'both' | 'other';
}

export interface FakeServiceLayout {
	readonly service: string;
	readonly characteristics: readonly FakeCharacteristicLayout[];
}

const sig = (alias: number) =>
	`0000${alias.toString(16).padStart(4, '0')}-0000-1000-8000-00805f9b34fb`;
const tio = (n: number) => `0000000${n}-0000-1000-8000-008025000000`;

/**
 * The GATT layouts of docs/domain.md §8, keyed like BLE_SERVICE_FAMILIES ids, with
 * the properties those modules report (several chosen to make a naive pick
 * fail: a writable notify characteristic, an indicate-only credit channel,
 * swapped Nordic roles).
 */
export const FAKE_BLE_LAYOUTS: Readonly<Record<string, FakeServiceLayout>> = {
	fff0: {
		service: sig(0xfff0),
		characteristics: [
			{ uuid: sig(0xfff1), properties: { notify: true, read: true }, role: 'tx' },
			{ uuid: sig(0xfff2), properties: { write: true, writeWithoutResponse: true }, role: 'rx' }
		]
	},
	ffe0: {
		service: sig(0xffe0),
		characteristics: [
			{
				uuid: sig(0xffe1),
				properties: { notify: true, read: true, write: true, writeWithoutResponse: true },
				role: 'both'
			}
		]
	},
	'18f0': {
		service: sig(0x18f0),
		characteristics: [
			{ uuid: sig(0x2af0), properties: { notify: true }, role: 'tx' },
			{ uuid: sig(0x2af1), properties: { write: true }, role: 'rx' }
		]
	},
	vgate: {
		service: 'e7810a71-73ae-499d-8c15-faa9aef0c3f2',
		characteristics: [
			{
				uuid: 'bef8d6c9-9c21-4c9e-b632-bd58c1009f9f',
				properties: { notify: true, read: true, write: true, writeWithoutResponse: true },
				role: 'both'
			}
		]
	},
	'nordic-uart': {
		service: '6e400001-b5a3-f393-e0a9-e50e24dcca9e',
		characteristics: [
			// Roles as on some Vgate firmware: swapped against the Nordic reference.
			{ uuid: '6e400002-b5a3-f393-e0a9-e50e24dcca9e', properties: { notify: true }, role: 'tx' },
			{
				uuid: '6e400003-b5a3-f393-e0a9-e50e24dcca9e',
				properties: { write: true, writeWithoutResponse: true },
				role: 'rx'
			}
		]
	},
	microchip: {
		service: '49535343-fe7d-4ae5-8fa9-9fafd205e455',
		characteristics: [
			{
				uuid: '49535343-1e4d-4bd9-ba61-23c647249616',
				properties: { notify: true, write: true, writeWithoutResponse: true },
				role: 'tx'
			},
			{
				uuid: '49535343-8841-43f4-a8d4-ecbe34729bb3',
				properties: { write: true, writeWithoutResponse: true },
				role: 'rx'
			}
		]
	},
	'telit-tio': {
		service: sig(0xfefb),
		characteristics: [
			{ uuid: tio(1), properties: { writeWithoutResponse: true }, role: 'rx' },
			{ uuid: tio(2), properties: { notify: true }, role: 'tx' },
			{ uuid: tio(3), properties: { write: true }, role: 'other' },
			{ uuid: tio(4), properties: { indicate: true }, role: 'other' }
		]
	}
};
