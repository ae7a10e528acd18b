/**
 * The vehicle scan: one read-only pass over the car that builds a VehicleReport.
 */
export { scanVehicle, type ScanOptions } from './scan-vehicle';
export { applyManualVin } from './manual-vin';
export { reportFileName, safeFileName, type SafeFileName } from './export-safety';
export type * from './types';
