/**
 * The far end of a fake link: what the adapter does with the host's bytes.
 * The browser fakes plug the simulator's emulator in here; unit tests plug a
 * small scripted responder.
 */
export interface FakeDevice {
	/** The host wrote `bytes`. */
	receive(bytes: Uint8Array): void;
	/** Where the device's output goes; set once when the link opens. */
	onOutput(sink: (bytes: Uint8Array) => void): void;
	/** The link closed; stop timers. */
	close(): void;
}

/** A device that answers each CR-terminated command through `answer` (for unit tests). */
export function scriptedDevice(answer: (command: string) => string): FakeDevice {
	let sink: (bytes: Uint8Array) => void = () => undefined;
	let pending = '';
	const encoder = new TextEncoder();
	return {
		receive(bytes) {
			pending += new TextDecoder().decode(bytes);
			let cr: number;
			while ((cr = pending.indexOf('\r')) >= 0) {
				const command = pending.slice(0, cr);
				pending = pending.slice(cr + 1);
				const reply = encoder.encode(`${command}\r${answer(command)}\r\r>`);
				setTimeout(() => sink(reply), 1);
			}
		},
		onOutput(s) {
			sink = s;
		},
		close() {
			sink = () => undefined;
		}
	};
}
