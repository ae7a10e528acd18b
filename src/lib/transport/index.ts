/**
 * The transport layer: browser devices turned into ByteLinks. Nothing above
 * it knows which kind of link it talks to.
 *
 * - Contract: ByteLink, AdapterError (+ codes), IoOptions.
 * - USB cable (Web Serial): requestUsbPort, openUsbSerialLink (finds the speed), detectBaudRate.
 * - Classic Bluetooth (Web Serial over RFCOMM): requestBluetoothSerialPort, openBluetoothSerialLink.
 * - Bluetooth LE (Web Bluetooth): requestBleDevice, openBleLink, BLE_SERVICE_FAMILIES.
 * - Remembered devices: listRememberedPorts, watchSerialPorts, listRememberedBleDevices.
 * - What this browser can do: detectCapabilities, bluetoothRadioAvailable.
 * - Pure helpers: chunkBytes, pickCharacteristics, judgeProbeReply, translateBrowserError, usbChipName.
 */
export type { ByteLink } from './byte-link';
export { AdapterError, isAdapterError, type AdapterErrorCode } from './adapter-error';
export { withDeadline, type IoOptions } from './deadline';
export { translateBrowserError, type BrowserStep } from './browser-errors';
export { usbChipName, serialPortLabel, serialPortKind, SPP_SERVICE_CLASS_ID } from './usb-chips';
export { serialPortLink } from './serial-port-link';
export { judgeProbeReply, probeForPrompt, type ProbeVerdict } from './prompt-probe';
export { detectBaudRate, BAUD_RATES, type BaudDetectOptions } from './baud-detect';
export {
	serialApi,
	requestUsbPort,
	requestBluetoothSerialPort,
	openSerialPort,
	openUsbSerialLink,
	openBluetoothSerialLink,
	type SerialNavigator
} from './web-serial';
export {
	listRememberedPorts,
	watchSerialPorts,
	describePort,
	type RememberedPort
} from './remembered-ports';
export { BLE_SERVICE_FAMILIES, BLE_OPTIONAL_SERVICES, type BleServiceFamily } from './ble-services';
export { chunkBytes, BLE_MAX_WRITE } from './chunk-bytes';
export { pickCharacteristics, type CharacteristicTraits } from './gatt-pick';
export { bleLink } from './ble-link';
export {
	bluetoothApi,
	requestBleDevice,
	openBleLink,
	listRememberedBleDevices,
	bleLabel,
	type BluetoothNavigator
} from './web-bluetooth';
export { readBrowserInfo, type BrowserInfo, type Platform } from './browser-info';
export {
	detectCapabilities,
	bluetoothRadioAvailable,
	type Capabilities,
	type Support,
	type TransportKind,
	type TransportSupport
} from './capabilities';
