import { getContext, setContext } from 'svelte';
import type { Elm327, Elm327Lease } from '../elm327/types';
import type { ScanOptions } from '../scan/scan-vehicle';
import type { ScanProgress, VehicleReport } from '../scan/types';
import type { ProtocolMemory } from './protocol-memory';
import { toUserFacing, type UserFacingError } from './session.svelte';

export interface ScanDeps {
	scan: (elm: Elm327, options: ScanOptions) => Promise<VehicleReport>;
	/** Re-decodes a report with a VIN the user typed; throws a plain-language Error when invalid. */
	applyManualVin: (report: VehicleReport, vin: string) => VehicleReport;
	memory: ProtocolMemory;
}

/**
 * The vehicle scan as the screen sees it: progress while it runs, the last
 * report, and the last error. The report outlives the session that produced
 * it: a disconnect or a failed rescan never throws away what was read.
 */
export class ScanState {
	#deps: ScanDeps;
	#report = $state.raw<VehicleReport | null>(null);
	#progress = $state.raw<ScanProgress | null>(null);
	#running = $state(false);
	#error = $state<UserFacingError | null>(null);
	#manualVin: string | null = null;
	#abort: AbortController | null = null;

	constructor(deps: ScanDeps) {
		this.#deps = deps;
	}

	get report(): VehicleReport | null {
		return this.#report;
	}
	get progress(): ScanProgress | null {
		return this.#progress;
	}
	get running(): boolean {
		return this.#running;
	}
	get error(): UserFacingError | null {
		return this.#error;
	}

	/**
	 * Scans the car behind `elm`, holding the adapter for the whole scan (its
	 * lease), so no other part of the app can interleave commands. Resolves true
	 * when a new report replaced the old one; when someone else holds the
	 * adapter, the error says who.
	 */
	async run(elm: Elm327): Promise<boolean> {
		if (this.#running) return false;
		const abort = new AbortController();
		let lease: Elm327Lease;
		try {
			lease = elm.acquire(SCAN_OWNER, { signal: abort.signal });
		} catch (error) {
			this.#error = toUserFacing(error);
			return false;
		}
		this.#abort = abort;
		this.#running = true;
		this.#error = null;
		this.#progress = null;
		try {
			const report = await this.#deps.scan(lease, {
				signal: abort.signal,
				onProgress: (p) => {
					if (this.#abort === abort) this.#progress = p;
				},
				protocolHint: this.#deps.memory.hint() ?? undefined,
				manualVin: this.#manualVin ?? undefined
			});
			this.#report = report;
			if (report.protocol) this.#deps.memory.remember(report.vin, report.protocol.code);
			return true;
		} catch (error) {
			if (!abort.signal.aborted) this.#error = toUserFacing(error);
			return false;
		} finally {
			lease.release();
			if (this.#abort === abort) {
				this.#abort = null;
				this.#running = false;
				this.#progress = null;
			}
		}
	}

	cancel(): void {
		this.#abort?.abort();
		this.#abort = null;
		this.#running = false;
		this.#progress = null;
	}

	/**
	 * Uses a VIN the user typed (from the windscreen or registration document)
	 * for this and later scans. Returns null when accepted, else the reason.
	 */
	setManualVin(vin: string): string | null {
		if (!this.#report) return 'Read the car first, then enter the VIN.';
		try {
			this.#report = this.#deps.applyManualVin(this.#report, vin);
			this.#manualVin = this.#report.vin;
			if (this.#report.protocol)
				this.#deps.memory.remember(this.#report.vin, this.#report.protocol.code);
			return null;
		} catch (error) {
			return error instanceof Error ? error.message : 'That VIN could not be used.';
		}
	}
}

/** How the scan names itself when it holds the adapter ("… is using it"). */
export const SCAN_OWNER = 'the vehicle scan';

const KEY = Symbol('fobsync.scan');

export function setScan(scan: ScanState): ScanState {
	return setContext(KEY, scan);
}

export function useScan(): ScanState {
	const scan = getContext<ScanState | undefined>(KEY);
	if (!scan) throw new Error('useScan() needs setScan() in a parent component');
	return scan;
}
