import { getContext, setContext } from 'svelte';
import type { Elm327, Elm327Lease } from '../elm327/types';
import type { ScanOptions } from '../scan/scan-vehicle';
import type { ScanProgress, VehicleReport } from '../scan/types';
import type { GuideSummary } from '../resync/types';
import type { ProtocolMemory } from './protocol-memory';
import type { CodesCleared, SavedReport } from './report-file';
import type { ReportStore } from './report-store';
import { toUserFacing, type UserFacingError } from './session.svelte';

export interface ScanDeps {
	scan: (elm: Elm327, options: ScanOptions) => Promise<VehicleReport>;
	/**
	 * Re-decodes a report with a VIN the user typed; throws a plain-language Error when invalid.
	 * May be async, so the scan code loads only where it is used.
	 */
	applyManualVin: (report: VehicleReport, vin: string) => VehicleReport | Promise<VehicleReport>;
	/** The adapter protocol each car used; a loader keeps its code off the first page. */
	memory: ProtocolMemory | (() => Promise<ProtocolMemory>);
	/** Keeps the last report on the device; absent: kept in memory only. */
	store?: ReportStore;
}

/** Where the report on screen came from: this visit's scan, the device's copy, or a file. */
export type ReportOrigin = 'scan' | 'kept' | 'file';

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
	#origin = $state<ReportOrigin>('scan');
	#guide = $state.raw<GuideSummary | null>(null);
	#cleared = $state.raw<CodesCleared | null>(null);
	/** The clear was sent in this visit (not restored), so it carries over to a new scan. */
	#clearedHere = false;
	#manualVin: string | null = null;
	#abort: AbortController | null = null;
	/** The adapter session (SessionState.generation) last scanned: one scan per connection. */
	#scannedGeneration = -1;

	#memoryLoaded: Promise<ProtocolMemory> | null = null;

	constructor(deps: ScanDeps) {
		this.#deps = deps;
		const kept = deps.store?.load();
		if (kept) {
			this.#report = kept.report;
			this.#guide = kept.guide;
			this.#cleared = kept.codesCleared ?? null;
			this.#origin = 'kept';
		}
	}

	#memory(): Promise<ProtocolMemory> {
		const m = this.#deps.memory;
		return (this.#memoryLoaded ??= typeof m === 'function' ? m() : Promise.resolve(m));
	}

	/** 'kept': restored from this device after a reload; 'file': opened from a saved file. */
	get origin(): ReportOrigin {
		return this.#origin;
	}
	/** What the resync guide tried and its outcome, for the shop report; null when not used. */
	get guide(): GuideSummary | null {
		return this.#guide;
	}

	/** When trouble codes were cleared from the expert console, for the shop report; else null. */
	get codesCleared(): CodesCleared | null {
		return this.#cleared;
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
			const memory = await this.#memory();
			const report = await this.#deps.scan(lease, {
				signal: abort.signal,
				onProgress: (p) => {
					if (this.#abort === abort) this.#progress = p;
				},
				protocolHint: memory.hint() ?? undefined,
				manualVin: this.#manualVin ?? undefined
			});
			this.#report = report;
			this.#origin = 'scan';
			if (!this.#clearedHere) this.#cleared = null; // a restored clear belongs to the old report
			this.#deps.store?.save(report, this.#guide, this.#cleared);
			if (report.protocol) memory.remember(report.vin, report.protocol.code);
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

	/**
	 * Scans once per adapter session: a page shown again for the same session
	 * keeps its report; a new connection (higher `generation`) reads the car again.
	 */
	runOnce(elm: Elm327, generation: number): Promise<boolean> {
		if (generation === this.#scannedGeneration || this.#running) return Promise.resolve(false);
		this.#scannedGeneration = generation;
		return this.run(elm);
	}

	/** Shows a report read from a saved file (already checked by parseSavedReport). */
	open(saved: SavedReport): void {
		this.#report = saved.report;
		this.#guide = saved.guide;
		this.#cleared = saved.codesCleared ?? null;
		this.#clearedHere = false;
		this.#origin = 'file';
		this.#error = null;
	}

	/** Records what the resync guide did, so the shop report and the device's copy carry it. */
	recordGuide(summary: GuideSummary | null): void {
		this.#guide = summary;
		if (this.#report && this.#origin !== 'file')
			this.#deps.store?.save(this.#report, summary, this.#cleared);
	}

	/**
	 * Records that trouble codes were cleared from the expert console at `at`
	 * (ISO 8601), so the shop report says so instead of "nothing was changed",
	 * and the device's copy keeps it.
	 */
	recordCodesCleared(at: string): void {
		this.#cleared = { at, from: 'expert-console' };
		this.#clearedHere = true;
		if (this.#report && this.#origin !== 'file')
			this.#deps.store?.save(this.#report, this.#guide, this.#cleared);
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
	async setManualVin(vin: string): Promise<string | null> {
		if (!this.#report) return 'Read the car first, then enter the VIN.';
		try {
			this.#report = await this.#deps.applyManualVin(this.#report, vin);
			if (this.#origin !== 'file') this.#deps.store?.save(this.#report, this.#guide, this.#cleared);
			const report = this.#report;
			this.#manualVin = report.vin;
			if (report.protocol) (await this.#memory()).remember(report.vin, report.protocol.code);
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
