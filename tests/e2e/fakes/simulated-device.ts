import { normaliseCommand } from '../../../src/lib/codec/command-text';
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

/**
 * `device`, except that the commands in `replies` get the given text as their
 * answer (after the usual prompt), without reaching the device. For feeding
 * the app adapter output it would never get from the simulator.
 */
export function withReplies(device: FakeDevice, replies: Record<string, string>): FakeDevice {
	let sink: (bytes: Uint8Array) => void = () => undefined;
	let line = '';
	const encoder = new TextEncoder();
	return {
		receive(bytes) {
			const passOn: number[] = [];
			for (const b of bytes) {
				if (b !== 0x0d) {
					line += String.fromCharCode(b);
					continue;
				}
				const key = normaliseCommand(line);
				const raw = line;
				line = '';
				const reply = replies[key];
				if (reply === undefined) {
					for (const c of raw) passOn.push(c.charCodeAt(0));
					passOn.push(0x0d);
				} else setTimeout(() => sink(encoder.encode(`${reply}\r\r>`)), 1);
			}
			if (passOn.length) device.receive(Uint8Array.from(passOn));
		},
		onOutput(s) {
			sink = s;
			device.onOutput(s);
		},
		close() {
			device.close();
		}
	};
}
