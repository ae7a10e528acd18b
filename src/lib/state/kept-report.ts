import type { ReportStore } from './report-store';

/** The localStorage key of the last report (see report-store.ts); free of imports, like GUIDE_STORE_KEY. */
export const REPORT_STORE_KEY = 'fobsync.last-report.v1';

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem' | 'removeItem'> | null;

/** Whether the device keeps a report (blocked storage keeps nothing, and nothing will be). */
export function hasKeptReport(storage: Pick<globalThis.Storage, 'getItem'> | null): boolean {
	try {
		return !!storage?.getItem(REPORT_STORE_KEY);
	} catch {
		return false;
	}
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
export async function openReportStore(storage: Storage): Promise<KeptReportStore> {
	const kept = hasKeptReport(storage);
	const load = () => import('./report-store').then((m) => m.createReportStore(storage));
	if (kept) return { ...(await load()), settled: () => Promise.resolve() };
	// Saves go through one chain, so they land in the order they were made.
	let loading: Promise<ReportStore> | null = null;
	let chain: Promise<unknown> = Promise.resolve();
	const later = (act: (store: ReportStore) => void) => {
		chain = chain.then(() => (loading ??= load())).then(act, () => undefined);
	};
	return {
		load: () => null,
		save: (report, guide, codesCleared) => later((s) => s.save(report, guide, codesCleared)),
		clear: () => later((s) => s.clear()),
		settled: () => chain.then(() => undefined)
	};
}
