import type {
	AcquireOptions,
	AdapterIdentity,
	Elm327,
	Elm327Lease,
	SendOptions,
	TranscriptEntry
} from './types';
import type { AdapterError } from '../transport/adapter-error';

/** What a lease may do on its session that nobody else may: send as the holder, and give it back. */
export interface LeaseHooks {
	send(lease: Elm327Lease, command: string, options?: SendOptions): Promise<string[]>;
	release(lease: Elm327Lease): void;
}

/**
 * One owner's hold on a session. Everything but `send` and `release` is the
 * session's own; `send` goes through the session's queue marked as the
 * holder's, so the session can refuse everyone else's.
 */
export class SessionLease implements Elm327Lease {
	readonly owner: string;
	readonly #session: Elm327;
	readonly #hooks: LeaseHooks;
	#released = false;
	#detachSignal: (() => void) | null = null;

	constructor(session: Elm327, owner: string, hooks: LeaseHooks, signal?: AbortSignal) {
		this.#session = session;
		this.owner = owner;
		this.#hooks = hooks;
		if (signal) {
			const onAbort = () => this.release();
			signal.addEventListener('abort', onAbort, { once: true });
			this.#detachSignal = () => signal.removeEventListener('abort', onAbort);
		}
	}

	get released(): boolean {
		return this.#released;
	}
	get adapter(): AdapterIdentity {
		return this.#session.adapter;
	}
	get linkLabel(): string {
		return this.#session.linkLabel;
	}
	get closed(): boolean {
		return this.#session.closed;
	}
	get holder(): string | null {
		return this.#session.holder;
	}

	send(command: string, options?: SendOptions): Promise<string[]> {
		return this.#hooks.send(this, command, options);
	}

	release(): void {
		if (this.#released) return;
		this.#released = true;
		this.#detachSignal?.();
		this.#detachSignal = null;
		this.#hooks.release(this);
	}

	acquire(owner: string, options?: AcquireOptions): Elm327Lease {
		return this.#session.acquire(owner, options);
	}
	transcript(): readonly TranscriptEntry[] {
		return this.#session.transcript();
	}
	onTranscript(listener: (entry: TranscriptEntry) => void): () => void {
		return this.#session.onTranscript(listener);
	}
	onClose(listener: (reason: AdapterError | null) => void): () => void {
		return this.#session.onClose(listener);
	}
	close(): Promise<void> {
		return this.#session.close();
	}
}
