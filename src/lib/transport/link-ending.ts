import type { AdapterError } from './adapter-error';
import type { ByteLink } from './byte-link';

/**
 * The end of a device link, shared by the serial-port and BLE links: the
 * readable ends exactly once, cleanly after our own close or with the
 * AdapterError that says why the device went away, and close() runs its
 * teardown once however often it is called.
 */
export class LinkEnding {
	#controller: ReadableStreamDefaultController<Uint8Array> | null = null;
	#ended = false;
	#closing = false;
	#closed: Promise<void> | null = null;

	/** Whether our close() has begun (the session asked for it, or the reader cancelled). */
	get closing(): boolean {
		return this.#closing;
	}

	/** Whether the readable has ended; nothing more may be enqueued. */
	get ended(): boolean {
		return this.#ended;
	}

	/** A readable whose end this object controls; `pull` feeds it when given (pull-based sources). */
	readable(
		source: {
			pull?: (c: ReadableStreamDefaultController<Uint8Array>) => Promise<void> | void;
			cancel?: () => Promise<void> | void;
		} = {},
		strategy?: QueuingStrategy<Uint8Array>
	): ReadableStream<Uint8Array> {
		return new ReadableStream<Uint8Array>(
			{
				start: (c) => void (this.#controller = c),
				pull: source.pull,
				cancel: () => {
					this.#closing = true;
					this.#ended = true;
					return source.cancel?.();
				}
			},
			strategy
		);
	}

	/** Adds bytes to the readable unless it has ended. */
	enqueue(bytes: Uint8Array): void {
		if (!this.#ended) this.#controller?.enqueue(bytes);
	}

	/** Ends the readable once: cleanly (null) or with the reason the device went away. */
	end(reason: AdapterError | null): void {
		if (this.#ended) return;
		this.#ended = true;
		if (reason) this.#controller?.error(reason);
		else this.#controller?.close();
	}

	/** The ByteLink made of these parts; its close() marks the link closing, runs `teardown` once, and ends the readable. */
	link(
		label: string,
		readable: ReadableStream<Uint8Array>,
		writable: WritableStream<Uint8Array>,
		teardown: () => Promise<void>
	): ByteLink {
		return {
			label,
			readable,
			writable,
			close: () => {
				this.#closed ??= (async () => {
					this.#closing = true;
					await teardown();
					this.end(null);
				})();
				return this.#closed;
			}
		};
	}
}
