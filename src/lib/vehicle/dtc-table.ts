import type { Sourced } from './sourced';

/** A block of generic trouble-code titles sharing one source and confidence. */
export interface DtcTitleTable extends Sourced {
	/** Code → standard title, e.g. `P0301: 'Cylinder 1 Misfire Detected'`. */
	readonly titles: Readonly<Record<string, string>>;
}

/** Citation shared by the generic title tables. */
export const J2012_SOURCE =
	'SAE J2012 standard trouble-code titles (also ISO 15031-6), checked against several scan-tool code lists';
