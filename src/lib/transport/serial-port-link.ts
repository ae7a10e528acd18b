import { AdapterError } from './adapter-error';
import { isRecoverableSerialError, translateBrowserError } from './browser-errors';
import type { ByteLink } from './byte-link';
import { LinkEnding } from './link-ending';

const LOST = () =>
	new AdapterError(
		'disconnected',
		'The adapter was disconnected (cable pulled, Bluetooth dropped or the adapter lost power). Plug it back in and connect again.'
	);

/**
 * Wraps an open SerialPort (USB or Bluetooth RFCOMM) into a ByteLink.
 *
 * Web Serial replaces `port.readable` after a non-fatal line error (framing,
 * parity, break, overrun) and sets it to null after a fatal one (MDN,
 * SerialPort.readable), so the link reads through those replacements and ends
 * its own readable with AdapterError 'disconnected' when the device is lost:
 * the session above then closes instead of waiting forever. The port's
 * 'disconnect' event (cable pulled) ends the link the same way.
 */
export function serialPortLink(port: SerialPort, label: string): ByteLink {
	const ending = new LinkEnding();
	let reader: ReadableStreamDefaultReader<Uint8Array> | null = null;
	let writer: WritableStreamDefaultWriter<Uint8Array> | null = null;
	let lost: AdapterError | null = null;

	const onDisconnect = () => {
		lost ??= LOST();
		// The pending read settles (done or NetworkError) and pull() ends the stream.
		reader?.cancel().catch(() => undefined);
		if (!reader) ending.end(lost);
	};
	port.addEventListener('disconnect', onDisconnect);

	const release = () => {
		try {
			reader?.releaseLock();
		} catch {
			// already released
		}
		reader = null;
	};

	const readable = ending.readable(
		{
			async pull(c) {
				for (;;) {
					if (ending.closing) return ending.end(null);
					if (lost) return ending.end(lost);
					if (!reader) {
						if (!port.readable) return ending.end(LOST());
						reader = port.readable.getReader();
					}
					try {
						const { value, done } = await reader.read();
						if (done) {
							release();
							if (ending.closing) return ending.end(null);
							// A readable that ends without our close means the port went away.
							return ending.end(lost ?? LOST());
						}
						if (value.byteLength > 0) return c.enqueue(value);
					} catch (error) {
						release();
						if (ending.closing) return ending.end(null);
						if (isRecoverableSerialError(error) && port.readable) continue;
						return ending.end(lost ?? translateBrowserError(error, 'read'));
					}
				}
			},
			cancel: () => reader?.cancel().catch(() => undefined)
		},
		// Bytes sit in our queue only until the session reads them; the port buffers the rest.
		{ highWaterMark: 0 }
	);

	const writable = new WritableStream<Uint8Array>({
		async write(chunk) {
			if (ending.closing) throw new AdapterError('link-closed', 'The connection was closed.');
			if (lost) throw lost;
			if (!writer) {
				if (!port.writable) throw LOST();
				writer = port.writable.getWriter();
			}
			try {
				await writer.write(chunk);
			} catch (error) {
				throw lost ?? translateBrowserError(error, 'write');
			}
		}
	});

	return ending.link(label, readable, writable, async () => {
		port.removeEventListener('disconnect', onDisconnect);
		await reader?.cancel().catch(() => undefined);
		release();
		ending.end(null);
		if (writer) {
			writer.releaseLock();
			writer = null;
		}
		// Rejects when the port already went away; nothing left to release then.
		await port.close().catch(() => undefined);
	});
}
