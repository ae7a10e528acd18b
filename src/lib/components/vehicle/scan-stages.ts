import type { ScanStage } from '$lib/scan/types';

/** The scan's stages as the owner sees them, in order, with what makes a stage slow. */
export const SCAN_STAGES: readonly { id: ScanStage; label: string; slow?: string }[] = [
	{ id: 'voltage', label: 'Battery voltage' },
	{
		id: 'protocol',
		label: 'Waking the engine computer',
		slow: 'This can take 10 to 20 seconds on older cars: they talk slowly and need a wake-up signal before the first answer.'
	},
	{ id: 'status', label: 'Engine computer status' },
	{ id: 'vin', label: 'Vehicle identification number (VIN)' },
	{ id: 'ecus', label: 'Computers in the car' },
	{ id: 'dtcs', label: 'Trouble codes' },
	{ id: 'engine', label: 'Putting the report together' }
];

export type StageState = 'done' | 'current' | 'waiting';

/** Each stage's state when the scan reports `current` (stages it skipped count as done). */
export function stageStates(current: ScanStage | null): StageState[] {
	const at =
		current === 'done' ? SCAN_STAGES.length : SCAN_STAGES.findIndex((s) => s.id === current);
	return SCAN_STAGES.map((_, i) =>
		at < 0 ? (i === 0 ? 'current' : 'waiting') : i < at ? 'done' : i === at ? 'current' : 'waiting'
	);
}
