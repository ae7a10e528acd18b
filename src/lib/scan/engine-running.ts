import type { VehicleReport } from './types';

/**
 * Whether the engine was running when the report was read: true, false, or
 * null when the report cannot tell (no report; no computer answered although
 * the ignition may be on; the engine computer answered without an engine
 * speed). The one answer every screen and check uses, so the same report never
 * means "running" in one place and "off" in another.
 */
export function engineRunningOf(
	report: Pick<VehicleReport, 'ignition' | 'rpm'> | null
): boolean | null {
	if (!report) return null;
	switch (report.ignition) {
		case 'running':
			return true;
		case 'off':
			return false;
		case 'on':
			// Ignition on: the engine runs only if the computer says it turns.
			return report.rpm === null ? null : report.rpm > 0;
		default:
			return null;
	}
}
