import { abortError, AdapterError } from './adapter-error';

/** What every I/O call of the transport layer accepts (ARCHITECTURE.md, conventions). */
export interface IoOptions {
	signal?: AbortSignal;
	/** Give up after this many milliseconds; no limit when absent. */
	timeoutMs?: number;
}

/**
 * Settles with `promise`, or rejects with AdapterError 'aborted' when `signal`
 * fires or 'timeout' when `timeoutMs` passes first. Browser calls such as
 * `gatt.connect()` cannot be cancelled themselves, so `onGiveUp` undoes
 * whatever they may still do (disconnect, close the port).
 */
export function withDeadline<T>(
	promise: Promise<T>,
	options: IoOptions & { what: string; onGiveUp?: () => void }
): Promise<T> {
	const { signal, timeoutMs, what, onGiveUp } = options;
	if (signal?.aborted) {
		onGiveUp?.();
		promise.catch(() => undefined);
		return Promise.reject(abortReason(signal));
	}
	if (!signal && timeoutMs === undefined) return promise;
	return new Promise<T>((resolve, reject) => {
		let timer: ReturnType<typeof setTimeout> | undefined;
		const finish = () => {
			if (timer !== undefined) clearTimeout(timer);
			signal?.removeEventListener('abort', onAbort);
		};
		const giveUp = (error: AdapterError) => {
			finish();
			onGiveUp?.();
			reject(error);
		};
		const onAbort = () => giveUp(abortReason(signal!));
		signal?.addEventListener('abort', onAbort, { once: true });
		if (timeoutMs !== undefined) {
			timer = setTimeout(
				() => giveUp(new AdapterError('timeout', `${what} took too long.`)),
				timeoutMs
			);
		}
		promise.then(
			(value) => {
				finish();
				resolve(value);
			},
			(error: unknown) => {
				finish();
				reject(error);
			}
		);
	});
}

/** The AdapterError an aborted signal stands for (its reason when that already is one). */
export function abortReason(signal: AbortSignal): AdapterError {
	const reason: unknown = signal.reason;
	return reason instanceof AdapterError ? reason : abortError();
}

/** Resolves after `ms`, or rejects with 'aborted' when `signal` fires first. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
	return withDeadline(new Promise<void>((resolve) => setTimeout(resolve, ms)), {
		signal,
		what: 'Waiting'
	});
}
