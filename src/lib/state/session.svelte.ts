import { getContext, setContext } from 'svelte';
import type { AdapterIdentity, Elm327, InitStep, OpenOptions } from '../elm327/types';
import { abortError, AdapterError, type AdapterErrorCode } from '../transport/adapter-error';
import type { ByteLink } from '../transport/byte-link';
import type { ConnectionKind } from './connection-kind';

/** What a link maker is given: how to report progress and when to give up. */
export interface LinkRequest {
	readonly signal: AbortSignal;
	readonly onProgress: (message: string) => void;
	/** Demo only: which simulated car to plug into. */
	readonly scenarioId?: string;
	/** Reconnect to a device the browser already granted (a SerialPort or BluetoothDevice). */
	readonly remembered?: unknown;
}

export type LinkMaker = (kind: ConnectionKind, request: LinkRequest) => Promise<ByteLink>;

export interface SessionDeps {
	makeLink: LinkMaker;
	openElm327: (link: ByteLink, options?: OpenOptions) => Promise<Elm327>;
}

export type SessionStatus = 'idle' | 'connecting' | 'connected';

/** A problem shown to the user: a code for logic, a plain sentence for people. */
export interface UserFacingError {
	readonly code: AdapterErrorCode | 'unexpected';
	readonly message: string;
}

const STEP_MESSAGES: Record<InitStep, string> = {
	resetting: 'Resetting the adapter…',
	configuring: 'Setting the adapter up…',
	identifying: 'Identifying the adapter…',
	ready: 'Adapter ready.'
};

/**
 * The connection to one adapter: connecting, the open ELM327 session, and how it ended.
 * Lives for the whole app (root layout context) so pages share one session;
 * what pages built from it (scan reports, wizard progress) lives in their own
 * state and survives a disconnect.
 */
export class SessionState {
	#deps: SessionDeps;
	#status = $state<SessionStatus>('idle');
	#kind = $state<ConnectionKind | null>(null);
	#progress = $state<readonly string[]>([]);
	#elm = $state.raw<Elm327 | null>(null);
	#error = $state<UserFacingError | null>(null);
	#abort: AbortController | null = null;
	#unsubscribe: (() => void) | null = null;
	/** Bumps on every new session, so pages can tell a reconnect from the same session. */
	#generation = $state(0);

	constructor(deps: SessionDeps) {
		this.#deps = deps;
	}

	get status(): SessionStatus {
		return this.#status;
	}
	get kind(): ConnectionKind | null {
		return this.#kind;
	}
	/** Progress lines of the current or last connection attempt, oldest first. */
	get progress(): readonly string[] {
		return this.#progress;
	}
	get elm(): Elm327 | null {
		return this.#elm;
	}
	get adapter(): AdapterIdentity | null {
		return this.#elm?.adapter ?? null;
	}
	get linkLabel(): string | null {
		return this.#elm?.linkLabel ?? null;
	}
	/** Why the last attempt failed or the last session ended; null after a clean close. */
	get error(): UserFacingError | null {
		return this.#error;
	}
	get generation(): number {
		return this.#generation;
	}

	/** Opens a link of `kind` and initialises the adapter. Never throws: failures land in `error`. */
	async connect(
		kind: ConnectionKind,
		options: { scenarioId?: string; remembered?: unknown } = {}
	): Promise<boolean> {
		if (this.#status === 'connecting') return false;
		const previous = this.#elm;
		this.#detach();
		const abort = new AbortController();
		this.#abort = abort;
		this.#status = 'connecting';
		this.#kind = kind;
		this.#error = null;
		this.#progress = [];
		// One adapter at a time: the old session ends before the new link opens.
		if (previous) await previous.close().catch(() => undefined);
		const note = (message: string) => {
			if (this.#abort === abort) this.#progress = [...this.#progress, message];
		};
		let link: ByteLink | null = null;
		try {
			note('Opening the connection…');
			link = await this.#deps.makeLink(kind, {
				signal: abort.signal,
				onProgress: note,
				scenarioId: options.scenarioId,
				remembered: options.remembered
			});
			const elm = await this.#deps.openElm327(link, {
				signal: abort.signal,
				onProgress: (step, detail) => note(detail ?? STEP_MESSAGES[step])
			});
			if (abort.signal.aborted) {
				await elm.close();
				return false;
			}
			this.#unsubscribe = elm.onClose((reason) => this.#ended(elm, reason));
			this.#elm = elm;
			this.#status = 'connected';
			this.#generation += 1;
			return true;
		} catch (error) {
			await link?.close().catch(() => undefined);
			if (this.#abort === abort) {
				this.#status = 'idle';
				this.#error = abort.signal.aborted ? null : toUserFacing(error);
			}
			return false;
		} finally {
			if (this.#abort === abort) this.#abort = null;
		}
	}

	/** Cancels a connection attempt in progress. */
	cancel(): void {
		this.#abort?.abort(abortError());
		this.#abort = null;
		this.#status = 'idle';
	}

	/** Closes the session on the user's request. */
	async disconnect(): Promise<void> {
		this.#abort?.abort();
		this.#abort = null;
		const elm = this.#elm;
		this.#detach();
		this.#status = 'idle';
		if (elm) await elm.close().catch(() => undefined);
	}

	/** Forgets the last error (the user dismissed it). */
	dismissError(): void {
		this.#error = null;
	}

	#ended(elm: Elm327, reason: AdapterError | null): void {
		if (this.#elm !== elm) return;
		this.#detach();
		this.#status = 'idle';
		this.#error = reason ? toUserFacing(reason) : null;
	}

	#detach(): void {
		this.#unsubscribe?.();
		this.#unsubscribe = null;
		this.#elm = null;
	}
}

/** Plain words for any failure; raw exception text never reaches the screen. */
export function toUserFacing(error: unknown): UserFacingError {
	if (error instanceof AdapterError) return { code: error.code, message: error.message };
	return {
		code: 'unexpected',
		message:
			'Something unexpected went wrong while talking to the adapter. Unplug it, plug it back in and try again.'
	};
}

const KEY = Symbol('fobsync.session');

/** Makes `session` available to every component below the caller. */
export function setSession(session: SessionState): SessionState {
	return setContext(KEY, session);
}

/** The app's session, provided by the root layout. */
export function useSession(): SessionState {
	const session = getContext<SessionState | undefined>(KEY);
	if (!session) throw new Error('useSession() needs setSession() in a parent component');
	return session;
}
