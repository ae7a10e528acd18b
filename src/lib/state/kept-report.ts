import { STORED_KEYS, type DeviceStorage } from './device-storage';
import type { ReportStore } from './report-store';

/** Whether the device keeps a report (blocked storage keeps nothing, and nothing will be). */
export function hasKeptReport(storage: DeviceStorage): boolean {
	return storage.has(STORED_KEYS.lastReport);
}

/** A ReportStore whose writes may wait for its code: `settled()` resolves once they have landed. */
export interface KeptReportStore extends ReportStore {
	settled(): Promise<void>;
}

/**
 * The report store for the root layout, without the report checker on a first
 * visit: when the device keeps a report, the store (and its field-by-field
 * check of the stored copy) loads before the first screen, so the kept report
 * is there from the start; otherwise the store loads on the first save, after
 * a scan. The home page of a first visit stays light (45 KB budget).
 */
export async function openReportStore(storage: DeviceStorage): Promise<KeptReportStore> {
	const kept = hasKeptReport(storage);
	const load = () => import('./report-store').then((m) => m.createReportStore(storage));
	if (kept) return { ...(await load()), settled: () => Promise.resolve() };
	// Saves go through one chain, so they land in the order they were made.
	let loading: Promise<ReportStore> | null = null;
	let chain: Promise<unknown> = Promise.resolve();
	const later = (act: (store: ReportStore) => void) => {
		// A save that fails (its code did not load) does not hold up the ones after it.
		chain = chain
			.then(() => (loading ??= load()))
			.then(act)
			.catch(() => undefined);
	};
	return {
		load: () => null,
		save: (report, guide, codesCleared) => later((s) => s.save(report, guide, codesCleared)),
		clear: () => later((s) => s.clear()),
		settled: () => chain.then(() => undefined)
	};
}
