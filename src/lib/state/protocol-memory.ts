/**
 * Remembers which OBD protocol each car spoke, so the next connection can ask
 * the adapter to try it first (`ATSP Ah`: try h, then search) instead of a full
 * automatic search, which takes seconds on a K-line car.
 *
 * Stored on this device only (localStorage); a car without a readable VIN is
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

const KEY = 'fobsync.protocols.v1';
const PROTOCOL = /^[1-9A-C]$/;

/** A memory kept in `storage` (localStorage in the app); survives a storage that throws (private mode). */
export function createProtocolMemory(
	storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null
): ProtocolMemory {
	let fallback: Stored = { lastVin: null, lastProtocol: null, byVin: {} };
	const read = (): Stored => {
		try {
			const raw = storage?.getItem(KEY);
			if (!raw) return fallback;
			const parsed = JSON.parse(raw) as Partial<Stored>;
			return {
				lastVin: typeof parsed.lastVin === 'string' ? parsed.lastVin : null,
				lastProtocol: typeof parsed.lastProtocol === 'string' ? parsed.lastProtocol : null,
				byVin: parsed.byVin && typeof parsed.byVin === 'object' ? parsed.byVin : {}
			};
		} catch {
			return fallback;
		}
	};
	const write = (value: Stored) => {
		fallback = value;
		try {
			storage?.setItem(KEY, JSON.stringify(value));
		} catch {
			// Quota or private mode: the in-memory copy still serves this visit.
		}
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
			fallback = { lastVin: null, lastProtocol: null, byVin: {} };
			try {
				storage?.removeItem(KEY);
			} catch {
				// nothing to forget
			}
		}
	};
}
