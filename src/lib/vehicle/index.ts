/**
 * The vehicle layer: pure functions and sourced data tables about the car.
 *
 * - VIN: `validateVin`, `normaliseVin`, `computeCheckDigit`, `decodeVin`, `decodeModelYear`,
 *   `lookupWmi`, `regionOf`, `decodeMini`
 * - Keys: `keyContextFor` (which key system and owner procedure), `unreachableModules`
 *   (what a generic ELM327 cannot read and why)
 * - Trouble codes: `describeDtc`, `dtcSystem`, `catalogueSize`, `KEY_RELATED_CODES`
 * - Battery: `interpretBattery`
 * - ECUs: `ecuNameFor`, `ecuInfoFor`
 */
export {
	validateVin,
	normaliseVin,
	computeCheckDigit,
	checkDigitApplies,
	usMarket,
	transliterate,
	type VinCheck
} from './vin-check';
export { decodeVin } from './vin-decode';
export { decodeModelYear, type ModelYearResult, type ModelYearOptions } from './model-year';
export { lookupWmi, regionOf, WMI_TABLE, type WmiEntry, type WmiMatch } from './wmi';
export { decodeMini, MINI_FIRST_GEN_CODES, type MiniDecode } from './mini';
export { keyContextFor, type KeyContext, type KeyFact } from './key-context';
export { unreachableModules } from './unreachable-modules';
export { describeDtc, catalogueSize, type DtcDescription } from './dtc';
export { dtcSystem, type DtcSystem } from './dtc-system';
export {
	KEY_RELATED_CODES,
	keyCodeInfo,
	type KeyRelatedCode,
	type KeyCodeRole
} from './dtc-key-family';
export {
	interpretBattery,
	BATTERY_FACTS,
	type BatteryInterpretation,
	type BatteryOptions
} from './battery';
export { ecuNameFor, ecuInfoFor, type EcuAddressInfo } from './ecu-names';
export { weakestConfidence, type Sourced } from './sourced';
