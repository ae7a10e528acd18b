/**
 * The vehicle scan: one read-only pass over the car that builds a VehicleReport,
 * and the short looks at the car between scans (ignition, battery).
 */
export { scanVehicle, type ScanOptions } from './scan-vehicle';
export { applyManualVin } from './manual-vin';
export { reportFileName, safeFileName, type SafeFileName } from './export-safety';
export * from './short-looks';
export type * from './types';
