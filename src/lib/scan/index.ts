/**
 * The vehicle scan: one read-only pass over the car that builds a VehicleReport,
 * and the short looks at the car between scans (ignition, battery).
 */
export { scanVehicle, type ScanOptions } from './scan-vehicle';
export { applyManualVin } from './manual-vin';
export { reportFileName, safeFileName, type SafeFileName } from './export-safety';
export { engineRunningOf } from './engine-running';
export {
	probeIgnition,
	readBatteryVolts,
	PROBE_LIMIT_MS,
	type IgnitionProbe,
	type ProbeOptions
} from './ignition-probe';
export type * from './types';
