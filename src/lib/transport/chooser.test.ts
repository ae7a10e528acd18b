import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AdapterError } from './adapter-error';
import { CHOOSER_TIMEOUT_MS } from './chooser';
import { requestBleDevice } from './web-bluetooth';
import { requestBluetoothSerialPort, requestUsbPort } from './web-serial';

/** A chooser that never opens and never answers (Android without its prompt, a stuck browser). */
const never = <T>() => new Promise<T>(() => undefined);

describe('a device chooser that never returns', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	const cases: [string, () => Promise<unknown>][] = [
		[
			'Bluetooth LE',
			() => requestBleDevice({ requestDevice: () => never() } as unknown as Bluetooth)
		],
		['USB', () => requestUsbPort({ requestPort: () => never() } as unknown as Serial)],
		[
			'Bluetooth serial',
			() => requestBluetoothSerialPort({ requestPort: () => never() } as unknown as Serial)
		]
	];

	for (const [name, request] of cases) {
		it(`${name}: is cancelled with a plain message after the bound, not before`, async () => {
			let settled: unknown = null;
			void request().catch((error: unknown) => (settled = error));
			await vi.advanceTimersByTimeAsync(CHOOSER_TIMEOUT_MS - 1);
			expect(settled).toBeNull();
			await vi.advanceTimersByTimeAsync(1);
			expect(settled).toBeInstanceOf(AdapterError);
			const error = settled as AdapterError;
			expect(error.code).toBe('no-device-selected');
			expect(error.message).toMatch(/stopped waiting/);
			expect(error.message).not.toMatch(/took too long|Error/);
		});
	}

	it('the bound is long enough to read the list and short enough to matter', () => {
		expect(CHOOSER_TIMEOUT_MS).toBeGreaterThanOrEqual(60_000);
		expect(CHOOSER_TIMEOUT_MS).toBeLessThanOrEqual(120_000);
	});

	it('a caller’s own shorter bound wins', async () => {
		let settled: unknown = null;
		void requestUsbPort({ requestPort: () => never() } as unknown as Serial, {
			timeoutMs: 50
		}).catch((error: unknown) => (settled = error));
		await vi.advanceTimersByTimeAsync(50);
		expect((settled as AdapterError).code).toBe('no-device-selected');
	});
});
