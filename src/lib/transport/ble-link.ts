import { AdapterError } from './adapter-error';
import { translateBrowserError } from './browser-errors';
import type { ByteLink } from './byte-link';
import { chunkBytes } from './chunk-bytes';
import { LinkEnding } from './link-ending';

/** The chosen characteristic pair of a connected BLE dongle. */
export interface BleChannel {
	readonly device: BluetoothDevice;
	readonly notify: BluetoothRemoteGATTCharacteristic;
	readonly write: BluetoothRemoteGATTCharacteristic;
	readonly withoutResponse: boolean;
}

const DROPPED = () =>
	new AdapterError(
		'disconnected',
		'The Bluetooth connection to the adapter dropped (out of range, or the adapter lost power). Connect again.'
	);

/**
 * Wraps a notify/write characteristic pair into a ByteLink.
 *
 * - Notifications become the readable: each `characteristicvaluechanged`
 *   event's bytes are copied (the DataView may be reused) and queued; the
 *   ELM327 session assembles them until the '>' prompt.
 * - Writes are cut into chunks of at most 20 bytes (`chunkBytes`) and sent
 *   one after another (WritableStream already runs one sink write at a time;
 *   the chunks of one write are awaited in turn, since a GATT server accepts
 *   one operation at a time and Chrome rejects overlapping ones).
 * - `gattserverdisconnected` ends both streams with AdapterError
 *   'disconnected', so the session above closes with a clear reason.
 *
 * Notifications must already be started; `close()` stops them and disconnects.
 */
export function bleLink(channel: BleChannel, label: string): ByteLink {
	const { device, notify, write, withoutResponse } = channel;
	const ending = new LinkEnding();
	let dropped: AdapterError | null = null;

	const stopListening = () => {
		notify.removeEventListener('characteristicvaluechanged', onValue);
		device.removeEventListener('gattserverdisconnected', onDisconnected);
	};
	const onValue = (event: Event) => {
		const view = (event.target as BluetoothRemoteGATTCharacteristic).value;
		if (!view || view.byteLength === 0) return;
		ending.enqueue(
			new Uint8Array(view.buffer.slice(view.byteOffset, view.byteOffset + view.byteLength))
		);
	};
	const onDisconnected = () => {
		stopListening();
		if (ending.closing) return ending.end(null);
		dropped = DROPPED();
		ending.end(dropped);
	};
	notify.addEventListener('characteristicvaluechanged', onValue);
	device.addEventListener('gattserverdisconnected', onDisconnected);

	const writable = new WritableStream<Uint8Array>({
		async write(bytes) {
			for (const piece of chunkBytes(bytes)) {
				if (ending.closing) throw new AdapterError('link-closed', 'The connection was closed.');
				if (dropped) throw dropped;
				try {
					if (withoutResponse) await write.writeValueWithoutResponse(piece);
					else await write.writeValueWithResponse(piece);
				} catch (error) {
					throw dropped ?? translateBrowserError(error, 'write');
				}
			}
		}
	});

	return ending.link(label, ending.readable(), writable, async () => {
		if (device.gatt?.connected) {
			await notify.stopNotifications().catch(() => undefined);
			device.gatt.disconnect();
		}
		stopListening();
	});
}
