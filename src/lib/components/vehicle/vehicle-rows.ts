import type { VehicleReport } from '$lib/scan/types';
import { decodeVin } from '$lib/vehicle/vin-decode';
import { weakestConfidence } from '$lib/vehicle/sourced';
import type { Confidence, VehicleFactField } from '$lib/vehicle/types';

export interface VehicleRow {
	readonly field: VehicleFactField;
	readonly label: string;
	readonly value: string;
	/** How sure this row is. */
	readonly mark: Confidence;
	/** The row's mark when it is weaker than the name's "How sure" above it; null when that covers it. */
	readonly ownMark: Confidence | null;
}

const LABELS: Readonly<Record<VehicleFactField, string>> = {
	body: 'Body',
	engine: 'Fuel',
	steering: 'Steering',
	market: 'Market',
	plant: 'Built in'
};

/**
 * The decoded rows under the vehicle's name, each with its own mark, so that
 * no row sits under a mark surer than its source (docs/domain.md §10). A report
 * saved before rows had marks gets them from its VIN again; a row whose mark
 * cannot be found is shown as unclear rather than borrowing the name's.
 */
export function vehicleRows(report: VehicleReport): VehicleRow[] {
	const v = report.vehicle;
	if (!v) return [];
	const marks = v.marks ?? (report.vin ? decodeVin(report.vin).marks : undefined) ?? {};
	const values: Record<VehicleFactField, string | null> = {
		body: v.body,
		engine: v.engine,
		steering:
			v.steering === null ? null : v.steering === 'left' ? 'Left-hand drive' : 'Right-hand drive',
		market: v.market,
		plant: v.plant
	};
	const rows: VehicleRow[] = [];
	for (const field of Object.keys(LABELS) as VehicleFactField[]) {
		const value = values[field];
		if (!value) continue;
		const mark = marks[field] ?? 'U';
		rows.push({
			field,
			label: LABELS[field],
			value,
			mark,
			ownMark: mark !== v.confidence && weakestConfidence(mark, v.confidence) === mark ? mark : null
		});
	}
	return rows;
}
