/**
 * The single error type of the I/O layers (transport, elm327, scan).
 *
 * DOMExceptions and adapter status texts are translated into an AdapterError at
 * the boundary where they appear; components only ever see `code` and the
 * plain-language `message`, never raw exception text.
 */
export type AdapterErrorCode =
	// link and browser
	| 'not-supported' // the browser lacks the API (Web Serial, Web Bluetooth)
	| 'insecure-context' // the page is not served over https or localhost
	| 'no-device-selected' // the user closed the chooser
	| 'permission-denied'
	| 'port-busy' // another program holds the port
	| 'disconnected' // cable pulled, Bluetooth dropped, link closed under us
	| 'link-closed' // we closed the session ourselves; queued commands are rejected
	| 'no-response' // the adapter never sent a prompt at any speed we tried
	| 'timeout'
	| 'aborted'
	// adapter status texts (ELM327 datasheet, "Messages and Alerts")
	| 'no-data' // NO DATA
	| 'unable-to-connect' // UNABLE TO CONNECT
	| 'bus-init-error' // BUS INIT: ...ERROR
	| 'bus-busy' // BUS BUSY
	| 'bus-error' // BUS ERROR
	| 'can-error' // CAN ERROR
	| 'data-error' // DATA ERROR, <DATA ERROR, <RX ERROR
	| 'buffer-full' // BUFFER FULL
	| 'fb-error' // FB ERROR
	| 'stopped' // STOPPED: a byte arrived while the adapter was busy
	| 'unsupported-command' // ?
	| 'internal-error' // ERRnn
	| 'low-voltage-reset' // LV RESET
	| 'activity-alert' // ACT ALERT
	| 'adapter-reset' // a banner appeared mid-session: the adapter reset itself
	| 'adapter-busy' // another part of the app holds the adapter (the session's lease)
	| 'garbled' // bytes that are not ELM327 text (wrong baud rate, noise)
	// what the user typed
	| 'invalid-vin'; // a VIN that cannot be right (length, letters, check digit)

export class AdapterError extends Error {
	override readonly name = 'AdapterError';
	readonly code: AdapterErrorCode;
	/** Whether trying the same thing again may work (timeouts, bus noise). */
	readonly retriable: boolean;

	constructor(
		code: AdapterErrorCode,
		message: string,
		options?: { cause?: unknown; retriable?: boolean }
	) {
		super(message, options?.cause === undefined ? undefined : { cause: options.cause });
		this.code = code;
		this.retriable = options?.retriable ?? RETRIABLE.has(code);
	}
}

const RETRIABLE: ReadonlySet<AdapterErrorCode> = new Set<AdapterErrorCode>([
	'timeout',
	'no-data',
	'bus-busy',
	'bus-error',
	'can-error',
	'data-error',
	'buffer-full',
	'stopped',
	'adapter-reset',
	'garbled'
]);

/** The one error for "stopped on request", whoever stopped what. */
export function abortError(): AdapterError {
	return new AdapterError('aborted', 'Stopped.');
}

/** True when `error` is an AdapterError, optionally with one of `codes`. */
export function isAdapterError(
	error: unknown,
	...codes: AdapterErrorCode[]
): error is AdapterError {
	return error instanceof AdapterError && (codes.length === 0 || codes.includes(error.code));
}
