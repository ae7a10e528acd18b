/**
 * The one contract every transport meets (ARCHITECTURE.md, "public surface").
 *
 * A ByteLink is the pair of WHATWG streams that Web Serial's `SerialPort`
 * already exposes, so a USB port is nearly a link as it is, a BLE
 * characteristic pair is wrapped into one, and the simulator yields one too.
 * Nothing above the transport layer knows which kind it is talking to.
 */
export interface ByteLink {
	/** Human name, e.g. "USB serial (CH340)". */
	readonly label: string;
	/** Bytes from the adapter. */
	readonly readable: ReadableStream<Uint8Array>;
	/** Bytes to the adapter. */
	readonly writable: WritableStream<Uint8Array>;
	/** Releases the device. Safe to call more than once. */
	close(): Promise<void>;
}
