import type { Elm327, Elm327Lease } from '../elm327/types';
import { isAdapterError } from '../transport/adapter-error';
import { parseVolts } from './volts';

/**
 * Short looks at the car between scans: is the engine computer answering (so
 * the ignition is at position 2 / ON), and what does the battery read. Each
 * look holds the adapter's lease for one request only, under the caller's
 * name, and gives it back, so a scan and the caller never interleave their
 * commands. Read-only: a supported-PID request and the adapter's own voltage.
 */

/**
 * What one look at the car found: the ignition as the engine computer shows
 * it, or why there is no reading (someone else holds the adapter; the
 * adapter is gone; an answer that tells nothing).
 */
export type IgnitionProbe = 'on' | 'off' | 'unknown' | 'busy' | 'gone';

/** The one request: supported PIDs 01–20, which every OBD-II engine computer answers when powered. */
export const IGNITION_REQUEST = '0100';

/** Bounds one look, K-line bus wake-up included (ISO 9141 init alone takes about 3 s). */
export const PROBE_LIMIT_MS = 6_000;

/** Adapter answers that mean "no engine computer is listening": the ignition is off (or at position 1). */
const SILENT = ['no-data', 'unable-to-connect', 'bus-init-error', 'timeout', 'can-error'] as const;
/** The link is gone: stop looking. */
const GONE = ['disconnected', 'link-closed'] as const;

/** Who looks, and how a look is bounded. */
export interface ProbeOptions {
	/** Names the caller while it holds the adapter ("… is using it"). */
	readonly owner: string;
	/** Aborted when the caller stops looking (the session ended, the page left). */
	readonly signal?: AbortSignal;
	/**
	 * Aborted by the caller's timer after its limit (see PROBE_LIMIT_MS): no answer
	 * in time counts as no engine computer listening.
	 */
	readonly deadline?: AbortSignal;
}

/** Runs `job` holding the adapter's lease, released before returning; null when someone else holds it. */
async function withLease<T>(
	elm: Elm327,
	owner: string,
	job: (holder: Elm327) => Promise<T>
): Promise<T | null> {
	let lease: Elm327Lease;
	try {
		lease = elm.acquire(owner);
	} catch (error) {
		if (isAdapterError(error, 'adapter-busy')) return null;
		throw error;
	}
	try {
		return await job(lease);
	} finally {
		lease.release();
	}
}

function combined(options: ProbeOptions): AbortSignal | undefined {
	const signals = [options.signal, options.deadline].filter((s): s is AbortSignal => !!s);
	return signals.length > 1 ? AbortSignal.any(signals) : signals[0];
}

/**
 * One look at the ignition: the engine computer answers the request from
 * position 2 (ON) and is silent at off and at position 1. Never throws.
 */
export async function probeIgnition(elm: Elm327, options: ProbeOptions): Promise<IgnitionProbe> {
	if (elm.closed) return 'gone';
	const signal = combined(options);
	try {
		const result = await withLease(elm, options.owner, async (holder) => {
			const lines = await holder.send(IGNITION_REQUEST, { signal });
			return lines.some((l) => /41\s?00/i.test(l)) ? ('on' as const) : ('unknown' as const);
		});
		return result ?? 'busy';
	} catch (error) {
		if (isAdapterError(error, 'adapter-busy')) return 'busy';
		if (isAdapterError(error, ...GONE)) return 'gone';
		if (isAdapterError(error, ...SILENT)) return 'off';
		// The time limit ran out: nothing answered in time, as with the ignition off.
		if (options.deadline?.aborted && !options.signal?.aborted) return 'off';
		return 'unknown';
	}
}

/**
 * A fresh battery reading (ATRV): volts, null when the adapter gives none (or
 * is gone), 'busy' when someone else holds it. Never throws.
 */
export async function readBatteryVolts(
	elm: Elm327,
	options: ProbeOptions
): Promise<number | null | 'busy'> {
	// Tried unless the adapter refused ATRV before (the init and the scan record that in `supports`).
	if (elm.closed || elm.adapter.supports.RV === false) return null;
	const signal = combined(options);
	try {
		const volts = await withLease(elm, options.owner, async (holder) => {
			const lines = await holder.send('ATRV', { signal });
			return { volts: parseVolts({ ok: true, lines }) };
		});
		return volts === null ? 'busy' : volts.volts;
	} catch (error) {
		return isAdapterError(error, 'adapter-busy') ? 'busy' : null;
	}
}
