import { createSimulatedLink } from '../../../src/lib/simulator';
import type { SimulatorOptions } from '../../../src/lib/simulator/types';
import type { FakeDevice } from './fake-device';

/**
 * The simulator's ELM327 and car behind a fake port or dongle: the fakes
 * reuse the app's own emulator rather than a second one. It is driven through
 * its public ByteLink (`createSimulatedLink`), so the fakes depend only on the
 * simulator's published surface.
 */
export function simulatedDevice(scenarioId: string, options: SimulatorOptions = {}): FakeDevice {
	const link = createSimulatedLink(scenarioId, options);
	const writer = link.writable.getWriter();
	// Widened on purpose: it is set later by onOutput(), which TS cannot see from the pump.
	let sink = null as ((bytes: Uint8Array) => void) | null;
	const early: Uint8Array[] = [];
	let closed = false;

	void (async () => {
		const reader = link.readable.getReader();
		for (;;) {
			const { value, done } = await reader.read();
			if (done || closed) break;
			if (sink) sink(value);
			else early.push(value);
		}
	})().catch(() => undefined);

	return {
		receive(bytes) {
			if (!closed) writer.write(bytes).catch(() => undefined);
		},
		onOutput(s) {
			sink = s;
			for (const bytes of early.splice(0)) s(bytes);
		},
		close() {
			closed = true;
			void link.close().catch(() => undefined);
		}
	};
}
