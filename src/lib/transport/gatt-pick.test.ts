import { describe, expect, it } from 'vitest';
import { pickCharacteristics, type CharacteristicTraits } from './gatt-pick';

type Props = Partial<CharacteristicTraits['properties']>;
const c = (uuid: string, p: Props): CharacteristicTraits => ({
	uuid,
	properties: { notify: false, indicate: false, write: false, writeWithoutResponse: false, ...p }
});
const tio = (n: number) => `0000000${n}-0000-1000-8000-008025000000`;

describe('pickCharacteristics', () => {
	// The layouts of docs/domain.md §8, with the properties those modules report.
	const cases: [string, CharacteristicTraits[], string, string, boolean][] = [
		[
			'FFF0: FFF1 notify, FFF2 write',
			[c('fff1', { notify: true }), c('fff2', { write: true, writeWithoutResponse: true })],
			'fff1',
			'fff2',
			true
		],
		[
			'FFE0: FFE1 does both',
			[c('ffe1', { notify: true, write: true, writeWithoutResponse: true })],
			'ffe1',
			'ffe1',
			true
		],
		[
			'18F0: 2AF0 notify, 2AF1 write',
			[c('2af0', { notify: true }), c('2af1', { write: true })],
			'2af0',
			'2af1',
			false
		],
		[
			'Vgate E781: one characteristic both ways',
			[c('bef8d6c9', { notify: true, write: true })],
			'bef8d6c9',
			'bef8d6c9',
			false
		],
		[
			'Nordic UART, usual roles',
			[c('6e400002', { write: true, writeWithoutResponse: true }), c('6e400003', { notify: true })],
			'6e400003',
			'6e400002',
			true
		],
		[
			'Nordic UART, swapped roles',
			[c('6e400002', { notify: true }), c('6e400003', { write: true })],
			'6e400002',
			'6e400003',
			false
		],
		[
			'Microchip: the notify characteristic is writable too, the separate one wins',
			[
				c('49535343-1e4d', { notify: true, write: true, writeWithoutResponse: true }),
				c('49535343-8841', { write: true, writeWithoutResponse: true })
			],
			'49535343-1e4d',
			'49535343-8841',
			true
		],
		[
			'Telit TIO: data channel over credit channel',
			[
				c(tio(1), { writeWithoutResponse: true }),
				c(tio(2), { notify: true }),
				c(tio(3), { write: true }),
				c(tio(4), { indicate: true })
			],
			tio(2),
			tio(1),
			true
		],
		['indicate only', [c('a', { indicate: true }), c('b', { write: true })], 'a', 'b', false]
	];
	for (const [name, chars, notify, write, withoutResponse] of cases) {
		it(name, () => {
			const pick = pickCharacteristics(chars);
			expect(pick?.notify.uuid).toBe(notify);
			expect(pick?.write.uuid).toBe(write);
			expect(pick?.withoutResponse).toBe(withoutResponse);
		});
	}

	it('returns null when a role is missing', () => {
		expect(pickCharacteristics([c('a', { write: true })])).toBeNull();
		expect(pickCharacteristics([c('a', { notify: true })])).toBeNull();
		expect(pickCharacteristics([])).toBeNull();
	});
});
