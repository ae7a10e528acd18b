import { unreachableModules } from '../vehicle';
import type { IgnitionState, KeyStatusItem, ReportDtc, VehicleInfo } from './types';

/**
 * What the scan can and cannot say about the keys: the transponder (inferred
 * from the engine running), generic immobiliser codes, and the modules this
 * adapter cannot reach on this car, each with its source and confidence.
 */
export function buildKeyStatus(input: {
	vehicle: VehicleInfo | null;
	ignition: IgnitionState;
	dtcs: readonly ReportDtc[];
	carAnswered: boolean;
}): KeyStatusItem[] {
	const items: KeyStatusItem[] = [];
	if (input.ignition === 'running') {
		items.push({
			subject: 'Transponder of the key in the ignition',
			exposed: true,
			detail:
				'The engine is running, so the immobiliser accepted this key: its transponder chip works. Starting and the remote are separate functions, so a remote that does not lock or unlock needs only the remote part looked at.',
			confidence: 'C',
			source: 'DOMAIN.md §5 (owner forums; BMW/MINI key design)'
		});
	} else {
		items.push({
			subject: 'Transponder of the key in the ignition',
			exposed: false,
			detail:
				'Start the engine with each key and read again: a key that starts the car has a working transponder, and only its remote needs attention.',
			confidence: 'C',
			source: 'DOMAIN.md §5 (owner forums; BMW/MINI key design)'
		});
	}
	const immo = input.dtcs.filter((d) => d.keyRelated);
	items.push({
		subject: 'Immobiliser trouble codes (generic OBD-II)',
		exposed: input.carAnswered,
		detail: !input.carAnswered
			? 'Not read: the engine computer did not answer.'
			: immo.length
				? `Stored: ${immo.map((d) => d.code).join(', ')}. The engine computer reports a key or immobiliser problem; see the trouble codes.`
				: 'None stored in the engine computer. Immobiliser modules keep their own fault memory, which generic OBD-II cannot read.',
		confidence: 'M',
		source: 'SAE J2012 generic codes (P0513, P0633 and related)'
	});
	items.push(...unreachableModules(input.vehicle));
	return items;
}
