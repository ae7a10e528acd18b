/**
 * Types shared by the vehicle layer and the layers above it (scan, resync, UI).
 * They live here, in the lowest layer that needs them, so every import points down.
 */

/** Confidence marks used across domain content (docs/domain.md): manufacturer, community, single source, unclear. */
export type Confidence = 'M' | 'C' | 'S' | 'U';

/** The decoded facts shown as their own rows under the vehicle's name. */
export type VehicleFactField = 'body' | 'engine' | 'steering' | 'market' | 'plant';

export interface VehicleInfo {
	readonly make: string | null;
	readonly model: string | null;
	/** Chassis code, e.g. "R50". */
	readonly chassis: string | null;
	readonly modelYear: number | null;
	readonly body: string | null;
	readonly engine: string | null;
	readonly steering: 'left' | 'right' | null;
	readonly market: string | null;
	readonly plant: string | null;
	/** How sure the name is: the weakest mark of make, model, chassis and year. */
	readonly confidence: Confidence;
	/**
	 * Each decoded row's own mark (a MINI's fuel and market rest on one VIN table
	 * while its model rests on several), so no row sits under a surer mark than
	 * its own. Absent in reports saved before rows had marks.
	 */
	readonly marks?: Readonly<Partial<Record<VehicleFactField, Confidence>>>;
	readonly notes: readonly string[];
}

export type BatteryVerdict = 'charging' | 'rested-good' | 'weak' | 'low' | 'unknown';

/**
 * What a key-status line means for the owner, so the screen can mark it truly:
 * 'ok' fine; 'attention' something to act on; 'unknown' not known yet (for
 * example not checked); 'not-readable' out of this adapter's reach. Only
 * 'attention' is ever shown as a problem.
 */
export type KeyMark = 'ok' | 'attention' | 'unknown' | 'not-readable';

export interface KeyStatusItem {
	/** What the item is about, e.g. "Remote (body module BC1)". */
	readonly subject: string;
	/** Whether the adapter could read what the item is about. */
	readonly exposed: boolean;
	/** The mark to show; absent in reports saved before marks existed (then from `exposed`). */
	readonly state?: KeyMark;
	/** Plain-language explanation, including why something is not exposed. */
	readonly detail: string;
	readonly confidence: Confidence;
	readonly source?: string;
}
