/**
 * Types shared by the vehicle layer and the layers above it (scan, resync, UI).
 * They live here, in the lowest layer that needs them, so every import points down.
 */

/** Confidence marks used across domain content (DOMAIN.md): manufacturer, community, single source, unclear. */
export type Confidence = 'M' | 'C' | 'S' | 'U';

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
	readonly confidence: Confidence;
	readonly notes: readonly string[];
}

export type BatteryVerdict = 'charging' | 'rested-good' | 'weak' | 'low' | 'unknown';

export interface KeyStatusItem {
	/** What the item is about, e.g. "Remote (body module BC1)". */
	readonly subject: string;
	readonly exposed: boolean;
	/** Plain-language explanation, including why something is not exposed. */
	readonly detail: string;
	readonly confidence: Confidence;
	readonly source?: string;
}
