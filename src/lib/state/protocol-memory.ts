import { STORED_KEYS, type DeviceStorage } from './device-storage';

/**
 * Remembers which OBD protocol each car spoke, so the next connection can ask
 * the adapter to try it first (`ATSP Ah`: try h, then search) instead of a full
 * automatic search, which takes seconds on a K-line car.
 *
 * Stored on this device only (through device-storage.ts); a car without a readable VIN is
 * remembered as "the last car".
 */
export interface ProtocolMemory {
	/** The protocol code to try first, or null when nothing is remembered. */
	hint(): string | null;
	remember(vin: string | null, protocolCode: string): void;
	forget(): void;
}

interface Stored {
	lastVin: string | null;
	lastProtocol: string | null;
	byVin: Record<string, string>;
}

const PROTOCOL = /^[1-9A-C]$/;

function parse(value: unknown): Stored | null {
	if (typeof value !== 'object' || value === null) return null;
	const v = value as Partial<Record<keyof Stored, unknown>>;
	const byVin: Record<string, string> = {};
	if (typeof v.byVin === 'object' && v.byVin !== null) {
		for (const [vin, code] of Object.entries(v.byVin))
			if (typeof code === 'string') byVin[vin] = code;
	}
	return {
		lastVin: typeof v.lastVin === 'string' ? v.lastVin : null,
		lastProtocol: typeof v.lastProtocol === 'string' ? v.lastProtocol : null,
		byVin
	};
}

/** A memory kept on the device (null: this visit only); the in-memory copy serves when the device refuses. */
export function createProtocolMemory(storage: DeviceStorage | null): ProtocolMemory {
	const EMPTY: Stored = { lastVin: null, lastProtocol: null, byVin: {} };
	let fallback: Stored = EMPTY;
	const read = (): Stored => storage?.read(STORED_KEYS.protocols, parse) ?? fallback;
	const write = (value: Stored) => {
		fallback = value;
		storage?.write(STORED_KEYS.protocols, value);
	};
	return {
		hint() {
			const s = read();
			const code = (s.lastVin && s.byVin[s.lastVin]) || s.lastProtocol;
			return code && PROTOCOL.test(code) ? code : null;
		},
		remember(vin, protocolCode) {
			if (!PROTOCOL.test(protocolCode)) return;
			const s = read();
			write({
				lastVin: vin,
				lastProtocol: protocolCode,
				byVin: vin ? { ...s.byVin, [vin]: protocolCode } : s.byVin
			});
		},
		forget() {
			fallback = EMPTY;
			storage?.remove(STORED_KEYS.protocols);
		}
	};
}
