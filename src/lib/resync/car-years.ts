/**
 * The Year select's rule, apart from the catalogue (car-options.ts), so a page
 * can offer the years from lists made at build time without loading it.
 */

/** One choice of a select: what is stored and what is shown. */
export interface SelectOption {
	readonly value: string;
	readonly label: string;
}

/** The earliest model year offered when the data gives none. */
export const EARLIEST_YEAR = 1985;

/** A model's sourced years (both ends given). */
export interface ModelYears {
	readonly from: number;
	readonly to: number;
}

/** Newest first: the sourced years up to next year, or EARLIEST_YEAR to next year without them. */
export function yearsFrom(years: ModelYears | null, currentYear: number): SelectOption[] {
	const from = years ? years.from : EARLIEST_YEAR;
	const to = years ? Math.min(years.to, currentYear + 1) : currentYear + 1;
	const out: SelectOption[] = [];
	for (let y = to; y >= from; y--) out.push({ value: String(y), label: String(y) });
	return out;
}
