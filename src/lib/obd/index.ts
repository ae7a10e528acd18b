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
export type {
	ObdMessage,
	NegativeResponse,
	ParsedResponse,
	ParseOptions,
	FrameProblem,
	FrameProblemKind
} from './obd-message';
export { hexToBytes, bytesToHex, hex } from '../codec/hex';
export { sum8, crc8J1850 } from '../codec/checksums';
export { dtcFromBytes, dtcToBytes } from '../codec/dtc-bytes';
export {
	PID_DATA_LENGTH,
	supportedFromBitmap,
	decodeRpm,
	decodeMonitorStatus,
	decodeObdStandard,
	type MonitorStatus
} from './decoders/pids';
export { decodeDtcs } from './decoders/dtcs';
export {
	decodeVinData,
	decodeCalibrationIds,
	decodeCvns,
	decodeEcuName
} from './decoders/vehicle-info';
