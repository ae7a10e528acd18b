/**
 * The scan layer's second public surface: the short looks at the car between scans (ignition,
 * battery) and the one fact the guide derives from a report. The guide imports this, not
 * `index.ts`, which would bring the whole scan and its trouble-code tables with every guide page.
 */
export { engineRunningOf } from './engine-running';
export {
	probeIgnition,
	readBatteryVolts,
	PROBE_LIMIT_MS,
	type IgnitionProbe,
	type ProbeOptions
} from './ignition-probe';
