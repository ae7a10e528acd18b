import type { AdapterError } from '../transport/adapter-error';

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
	/** Which optional commands this adapter accepted during init. */
	readonly supports: Readonly<Record<OptionalCommand, boolean>>;
}

export interface SendOptions {
	/** How long to wait for the prompt; a default per kind of command applies. */
	timeoutMs?: number;
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
export type InitStep = 'resetting' | 'configuring' | 'identifying' | 'probing' | 'ready';

export interface OpenOptions {
	signal?: AbortSignal;
	onProgress?: (step: InitStep, detail?: string) => void;
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
	/** Called once when the session ends; `reason` is null after a plain close(). */
	onClose(listener: (reason: AdapterError | null) => void): () => void;
	readonly closed: boolean;
	close(): Promise<void>;
}
