import type { GuideSummary } from '../resync/types';
import type { VehicleReport } from '../scan/types';
import {
	type CodesCleared,
	parseSavedReport,
	serialiseSavedReport,
	toSavedReport,
	type SavedReport
} from './report-file';
import { REPORT_STORE_KEY as KEY } from './kept-report';

/**
 * Keeps the last report on this device (localStorage), so a reload, a closed
 * tab or a lost connection does not lose what was read. Nothing leaves the
 * device. Storage may be blocked or full: then the report simply is not kept.
 */
export interface ReportStore {
	load(): SavedReport | null;
	/** `codesCleared`: a clear from the expert console, kept with the report it concerns. */
	save(report: VehicleReport, guide: GuideSummary | null, codesCleared?: CodesCleared | null): void;
	clear(): void;
}

export function createReportStore(
	storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null
): ReportStore {
	return {
		load() {
			try {
				const text = storage?.getItem(KEY);
				return text ? parseSavedReport(text) : null;
			} catch {
				// blocked storage, or a stored copy that no longer checks out: start afresh
				return null;
			}
		},
		save(report, guide, codesCleared = null) {
			try {
				storage?.setItem(KEY, serialiseSavedReport(toSavedReport(report, guide, codesCleared)));
			} catch {
				// quota or policy: not fatal, the report is still on screen
			}
		},
		clear() {
			try {
				storage?.removeItem(KEY);
			} catch {
				// nothing to do
			}
		}
	};
}
