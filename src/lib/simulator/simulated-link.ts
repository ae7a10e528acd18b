import { AdapterError } from '../transport/adapter-error';
import type { ByteLink } from '../transport/byte-link';
import { seededRandom, unevenChunks } from './chunker';
import { Elm327Emulator, type EmulatorFaults } from './elm327-emulator';
import { latencyModel } from './latency';
import type { SimCar } from './sim-car';
import type { SimulatorOptions } from './types';
import { VARIANTS, type VariantProfile } from './variants';

/** Fault injections for reliability tests and the demo. */
export interface SimulatorFaults extends EmulatorFaults {
	/** The cable is pulled: the readable errors with 'disconnected'. */
	disconnect(): void;
	/** The adapter hangs: input ignored from now on. */
	goSilent(): void;
	/** The adapter restarts by itself and prints its banner. */
	resetAdapter(): void;
	/** `n` bytes of line noise arrive. */
	garbage(n: number): void;
	/** The next `command` is answered with the status text `status` (once). */
	answerOnce(command: string, status: string): void;
}

/** A ByteLink to a simulated adapter and car, plus the controls tests and the demo use. */
export interface SimulatedLink extends ByteLink {
	readonly car: SimCar;
	readonly variant: VariantProfile;
	readonly faults: SimulatorFaults;
	/** The emulator core, for fakes that feed bytes themselves. */
	readonly emulator: Elm327Emulator;
}

export function linkToCar(
	car: SimCar,
	variantId: keyof typeof VARIANTS,
	options: SimulatorOptions = {}
): SimulatedLink {
	const variant = VARIANTS[variantId];
	const latency = latencyModel(options.latency);
	const random = seededRandom(options.seed ?? 1);
	const maxChunk = options.maxChunk ?? variant.maxChunk;
	let controller!: ReadableStreamDefaultController<Uint8Array>;
	let closed = false;
	// One ordered queue and one timer: chunks leave in the order they were produced,
	// each after its serial time (independent timers could overtake each other).
	const queue: { chunk: Uint8Array; due: number }[] = [];
	let timer: ReturnType<typeof setTimeout> | null = null;
	let lastDue = 0;
	const pump = () => {
		timer = null;
		while (!closed && queue.length) {
			const head = queue[0]!;
			const wait = head.due - Date.now();
			if (wait > 0) {
				timer = setTimeout(pump, wait);
				return;
			}
			queue.shift();
			controller.enqueue(head.chunk);
		}
	};
	const deliver = (bytes: Uint8Array) => {
		for (const chunk of unevenChunks(bytes, maxChunk, random)) {
			lastDue = Math.max(lastDue, Date.now()) + chunk.length * latency.perByteMs;
			queue.push({ chunk, due: lastDue });
		}
		timer ??= setTimeout(pump, 0);
	};
	const emulator = new Elm327Emulator(car, variant, latency, (text) => {
		const bytes = new Uint8Array(text.length);
		for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & 0xff;
		deliver(bytes);
	});
	const shutdown = () => {
		closed = true;
		emulator.dispose();
		if (timer) clearTimeout(timer);
		queue.length = 0;
	};
	const fail = (error: AdapterError) => {
		if (closed) return;
		shutdown();
		controller.error(error);
	};
	emulator.onDrop = () =>
		fail(new AdapterError('disconnected', 'The adapter dropped the connection when it was reset.'));

	const readable = new ReadableStream<Uint8Array>({
		start(c) {
			controller = c;
		},
		cancel() {
			shutdown();
		}
	});
	const writable = new WritableStream<Uint8Array>({
		write(chunk) {
			if (closed) throw new AdapterError('disconnected', 'The simulated adapter is disconnected.');
			emulator.input(chunk);
		}
	});
	const faults: SimulatorFaults = Object.assign(emulator.faults, {
		disconnect: () => fail(new AdapterError('disconnected', 'The adapter was unplugged.')),
		goSilent: () => void (emulator.faults.silent = true),
		resetAdapter: () => emulator.spontaneousReset(),
		answerOnce: (command: string, status: string) => emulator.answerOnce(command, status),
		garbage: (n: number) => {
			const noise = new Uint8Array(n);
			for (let i = 0; i < n; i++) noise[i] = 0x80 | Math.floor(random() * 0x7f);
			deliver(noise);
		}
	});
	return {
		label: `Demo adapter (simulated ${variant.banner}${variant.sti ? `, ${variant.sti}` : ''})`,
		readable,
		writable,
		car,
		variant,
		faults,
		emulator,
		async close() {
			if (closed) return;
			shutdown();
			try {
				controller.close();
			} catch {
				// already errored
			}
		}
	};
}
