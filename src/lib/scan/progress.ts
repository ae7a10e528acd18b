import type { ScanProgress, ScanStage } from './types';

/** Share of the whole scan each stage starts at, for the progress bar. */
const START: Record<ScanStage, number> = {
	voltage: 0,
	protocol: 0.05,
	status: 0.45,
	vin: 0.6,
	ecus: 0.7,
	dtcs: 0.85,
	engine: 0.95,
	done: 1
};

export type ProgressReporter = (stage: ScanStage, message: string) => void;

export function progressReporter(onProgress?: (p: ScanProgress) => void): ProgressReporter {
	return (stage, message) => onProgress?.({ stage, fraction: START[stage], message });
}
