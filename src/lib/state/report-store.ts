import type { GuideSummary } from '../resync/types';
import type { VehicleReport } from '../scan/types';
import {
	type CodesCleared,
	parseSavedReport,
	serialiseSavedReport,
	toSavedReport,
	type SavedReport
} from './report-file';
import { STORED_KEYS, type DeviceStorage } from './device-storage';

/**
 * Keeps the last report on this device (STORED_KEYS.lastReport, through the
 * guarded device storage), so a reload, a closed tab or a lost connection does
 * not lose what was read. Nothing leaves the device. Storage may be blocked or
 * full: then the report simply is not kept.
 */
export interface ReportStore {
	load(): SavedReport | null;
	/** `codesCleared`: a clear from the expert console, kept with the report it concerns. */
	save(report: VehicleReport, guide: GuideSummary | null, codesCleared?: CodesCleared | null): void;
	clear(): void;
}

export function createReportStore(storage: DeviceStorage): ReportStore {
	return {
		// A stored copy that no longer checks out (parseSavedReport throws) counts as none.
		load: () => storage.read(STORED_KEYS.lastReport, parseSavedReport),
		save(report, guide, codesCleared = null) {
			// Refused (full or blocked): not fatal, the report is still on screen and the
			// layout says once that nothing is kept.
			storage.writeText(
				STORED_KEYS.lastReport,
				serialiseSavedReport(toSavedReport(report, guide, codesCleared))
			);
		},
		clear: () => storage.remove(STORED_KEYS.lastReport)
	};
}
