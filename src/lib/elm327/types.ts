import type { AdapterError } from '../transport/adapter-error';
import type { Clock } from '../simulator/clock';
import type { Timeouts } from './timeouts';

/** What kind of chip answers: a genuine ELM327, an STN (OBDLink) chip, a clone, or unknown. */
export type AdapterKind = 'elm327' | 'stn' | 'clone' | 'unknown';

/** Optional commands whose support is probed at init; clones often lack some. */
export type OptionalCommand = 'RV' | 'IGN' | 'DPN' | 'AT1' | 'AT2' | 'CAF' | 'ST' | 'SH' | 'CRA';

/** Who answers on the other end of the link, as learned during initialisation. */
export interface AdapterIdentity {
	/** The `ATI` answer, e.g. "ELM327 v1.5". */
	readonly identity: string;
	/** Version number from the identity, e.g. "1.5", or null. */
	readonly version: string | null;
	readonly kind: AdapterKind;
	/** The `AT@1` device description (genuine ELM327 answer it), or null. */
	readonly description: string | null;
	/** `STI` and `STDI` answers on STN chips, else null. */
	readonly stnFirmware: string | null;
	readonly stnDevice: string | null;
	/** Plain-language reasons behind `kind`, e.g. "answers v1.5 but rejects AT@1". */
	readonly reasons: readonly string[];
	/**
	 * Optional commands tried so far: true when the adapter accepted one, false
	 * when it answered '?'. A command never sent is absent: nothing is claimed
	 * about it. The session adds to this as commands go out.
	 */
	readonly supports: Readonly<Partial<Record<OptionalCommand, boolean>>>;
}

export interface SendOptions {
	/**
	 * How long to wait for the prompt; a default per kind of command applies.
	 *
	 * Once the adapter prints `SEARCHING...` or `BUS INIT:` the wait becomes at
	 * least the session's `searching` limit (30 s by default), even when
	 * `timeoutMs` is shorter: a protocol search or K-line wake-up cut short
	 * leaves the adapter with no protocol and prints STOPPED, so a caller's
	 * short limit cannot end it. To bound the whole request, abort `signal`.
	 */
	timeoutMs?: number;
	/** Aborting rejects the send at once with 'aborted', whether it is queued, waiting or re-synchronising. */
	signal?: AbortSignal;
}

/** One entry of the session transcript. */
export interface TranscriptEntry {
	/** Milliseconds since the session opened. */
	readonly t: number;
	readonly dir: 'tx' | 'rx' | 'event';
	readonly text: string;
}

/** A progress step reported while the session initialises. */
export type InitStep = 'resetting' | 'configuring' | 'identifying' | 'ready';

export interface OpenOptions {
	signal?: AbortSignal;
	onProgress?: (step: InitStep, detail?: string) => void;
	/** Time source for timeouts and transcript stamps; the platform clock by default. */
	clock?: Clock;
	/** Overrides of the default time limits. */
	timeouts?: Partial<Timeouts>;
	/** Entries the transcript ring keeps (default 2000). */
	transcriptLimit?: number;
}

export interface AcquireOptions {
	/** Aborting releases the lease. */
	signal?: AbortSignal;
}

/** An open ELM327 session over a ByteLink. */
export interface Elm327 {
	readonly adapter: AdapterIdentity;
	/** Human name of the link, from ByteLink.label. */
	readonly linkLabel: string;
	/**
	 * Sends one command (AT/ST or OBD hex) and resolves with the reply lines,
	 * prompt and echo removed. Adapter status texts are rejected as
	 * AdapterError with their code (NO DATA → 'no-data', ? → 'unsupported-command' …);
	 * informational lines (SEARCHING..., BUS INIT: ...OK) are dropped.
	 */
	send(command: string, options?: SendOptions): Promise<string[]>;
	/** The last N transcript entries in order (bounded). */
	transcript(): readonly TranscriptEntry[];
	/** Called with every new transcript entry (a live view); returns the unsubscribe function. */
	onTranscript(listener: (entry: TranscriptEntry) => void): () => void;
	/**
	 * Who holds the adapter, in owner words ("the vehicle scan"), or null.
	 * While someone holds it, every send that is not theirs rejects with
	 * AdapterError 'adapter-busy'.
	 */
	readonly holder: string | null;
	/**
	 * Takes the adapter for `owner` (words that complete "… is using it", e.g.
	 * "the resync guide"), so the scan, the guide's live checks and the console
	 * never interleave their commands. Throws AdapterError 'adapter-busy' when
	 * someone else holds it. Commands already queued finish first.
	 */
	acquire(owner: string, options?: AcquireOptions): Elm327Lease;
	/** Called once when the session ends; `reason` is null after a plain close(). */
	onClose(listener: (reason: AdapterError | null) => void): () => void;
	readonly closed: boolean;
	close(): Promise<void>;
}

/**
 * The adapter, held by one owner: the same sending surface as the session
 * (a lease is an Elm327, so `scanVehicle(lease)` works), plus `release()`.
 * After release the lease sends like the bare session: it is refused while
 * another owner holds the adapter.
 */
export interface Elm327Lease extends Elm327 {
	readonly owner: string;
	/** True once released (by `release()` or the acquire signal). */
	readonly released: boolean;
	/** Gives the adapter back; safe to call more than once. */
	release(): void;
}
