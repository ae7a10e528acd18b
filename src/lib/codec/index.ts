/**
 * The bottom layer: pure encoders and decoders of bytes and command text
 * shared by the simulator and every layer above it (hex, the legacy buses'
 * check bytes, trouble-code bytes, command spelling). No I/O, no imports.
 */
export { normaliseCommand } from './command-text';
export { hex, bytesToHex, hexToBytes } from './hex';
export { sum8, crc8J1850 } from './checksums';
export { dtcFromBytes, dtcToBytes } from './dtc-bytes';
