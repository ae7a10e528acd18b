import { serialPortKind, serialPortLabel } from './usb-chips';

/** A serial port this site was granted before: one click reconnects without a chooser. */
export interface RememberedPort {
	readonly port: SerialPort;
	/** Same names as the app's connection kinds. */
	readonly kind: 'usb' | 'bt-serial';
	readonly label: string;
	/** Whether the device is there now (`SerialPort.connected`, Chrome 124+); null when unknown. */
	readonly present: boolean | null;
}

/** Describes a granted port; wired ports without USB info are treated like USB cables. */
export function describePort(port: SerialPort): RememberedPort {
	const info = port.getInfo();
	return {
		port,
		kind: serialPortKind(info) === 'bt-serial' ? 'bt-serial' : 'usb',
		label: serialPortLabel(info),
		present: typeof port.connected === 'boolean' ? port.connected : null
	};
}

/** Ports granted earlier (`navigator.serial.getPorts()`); empty when the browser refuses. */
export async function listRememberedPorts(serial: Serial): Promise<RememberedPort[]> {
	try {
		return (await serial.getPorts()).map(describePort);
	} catch {
		return [];
	}
}

/**
 * Calls `onChange` when a granted port is plugged in or pulled out
 * (`connect`/`disconnect` events of navigator.serial; WICG Web Serial).
 * Returns the unsubscribe function.
 */
export function watchSerialPorts(serial: Serial, onChange: () => void): () => void {
	serial.addEventListener('connect', onChange);
	serial.addEventListener('disconnect', onChange);
	return () => {
		serial.removeEventListener('connect', onChange);
		serial.removeEventListener('disconnect', onChange);
	};
}
