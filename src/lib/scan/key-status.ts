import { keyCodeInfo, unreachableModules } from '../vehicle';
import type { IgnitionState, KeyStatusItem, ReportDtc, VehicleInfo } from './types';

/**
 * What the scan can and cannot say about the keys (docs/domain.md §5, §6, §9):
 * the transponder (inferred from the engine running), generic immobiliser
 * codes, and the modules FobSync cannot read on this car, each with a mark that
 * means what it says, its source and confidence.
 */
export function buildKeyStatus(input: {
	vehicle: VehicleInfo | null;
	ignition: IgnitionState;
	dtcs: readonly ReportDtc[];
	carAnswered: boolean;
}): KeyStatusItem[] {
	const items: KeyStatusItem[] = [];
	const starting = 'Owner forums and key specialists agree (starting and the remote are separate)';
	if (input.ignition === 'running') {
		items.push({
			subject: 'Chip in the key you started with',
			exposed: true,
			state: 'ok',
			detail:
				'The engine is running, so the immobiliser accepted this key’s chip. Starting and the remote are separate: if this key’s buttons do not lock or unlock, only the remote part needs attention.',
			confidence: 'C',
			source: starting
		});
	} else {
		items.push({
			subject: 'Chip in the key',
			exposed: false,
			state: 'unknown',
			detail:
				'Not checked yet. Start the engine with each key and read again: a key that starts the car has a working chip, and only its remote needs attention.',
			confidence: 'C',
			source: starting
		});
	}
	const immobiliser = input.dtcs.filter((d) => keyCodeInfo(d.code)?.role === 'immobiliser');
	items.push({
		subject: 'Immobiliser trouble codes in the engine computer',
		exposed: input.carAnswered,
		state: !input.carAnswered ? 'unknown' : immobiliser.length ? 'attention' : 'ok',
		detail: !input.carAnswered
			? 'Not checked: the engine computer did not answer.'
			: immobiliser.length
				? `Stored: ${[...new Set(immobiliser.map((d) => d.code))].join(', ')}. The engine computer reports a key or immobiliser problem; see the trouble codes below.`
				: 'None stored. The immobiliser itself keeps its own fault memory, which FobSync cannot read.',
		confidence: 'M',
		source: 'SAE J2012 standard trouble codes (P0513, P0633 and related)'
	});
	items.push(...unreachableModules(input.vehicle));
	return items;
}
