/**
 * OBD-II: protocols, frame assembly for every protocol the ELM327 speaks, and
 * pure decoders for the read-only services FobSync uses (01, 03, 07, 09, 0A).
 */
export {
	PROTOCOLS,
	protocolInfo,
	isCan,
	parseDpn,
	type ProtocolFamily,
	type ProtocolInfo
} from './protocols';
export { parseResponse } from './parse-response';
export type { ObdMessage, NegativeResponse, ParsedResponse } from './obd-message';
export { hexToBytes } from './hex';
export {
	PID_DATA_LENGTH,
	supportedFromBitmap,
	decodeRpm,
	decodeMonitorStatus,
	decodeObdStandard,
	type MonitorStatus
} from './decoders/pids';
export { decodeDtcs, dtcFromBytes, dtcToBytes } from './decoders/dtcs';
export {
	decodeVinData,
	decodeCalibrationIds,
	decodeCvns,
	decodeEcuName
} from './decoders/vehicle-info';
