import type { GuideSummary } from '$lib/resync/types';
import type { VehicleReport } from '$lib/scan/types';
import { describeCodesByKind } from '$lib/scan/code-summary';
import { batteryAdvice } from '../vehicle/battery-advice';
import { keyCodeInfo } from '$lib/vehicle/dtc-key-family';
import { keyContextFor } from '$lib/vehicle/key-context';

/**
 * What the shop needs to do, in the shop's words, from what FobSync read and
 * the guide's outcome (docs/domain.md §2-§6, §9). Short on purpose: it goes
 * on one printed page.
 */
export function shopNeeds(report: VehicleReport, guide: GuideSummary | null): string[] {
	const needs: string[] = [];
	const battery = batteryAdvice(report);
	if (battery.verdict === 'low' || battery.verdict === 'weak') {
		needs.push(
			`Check and charge the battery first (${report.batteryVolts?.toFixed(1)} V at the diagnostic socket).`
		);
	}
	const byRole = (role: 'immobiliser' | 'may-affect') =>
		report.dtcs.filter((d) => keyCodeInfo(d.code)?.role === role);
	const immobiliser = byRole('immobiliser');
	if (immobiliser.length) {
		needs.push(
			`Diagnose the immobiliser ${plural(immobiliser, 'code')} in the engine computer. ${describeCodesByKind(immobiliser)}`
		);
	}
	const network = byRole('may-affect');
	if (network.length) {
		needs.push(
			`Check the ${plural(network, 'fault')} that may affect remote locking or starting (titles above). ${describeCodesByKind(network)}`
		);
	}
	switch (keyContextFor(report.vehicle).kind) {
		case 'mini-first-gen':
			needs.push(
				'Read the body module (BC1) and the immobiliser (EWS) with a BMW-capable tool; FobSync cannot reach them.',
				// What the keys left out do is the planner's one sentence for the procedure the
				// owner tried (sourced, or saying the sources are silent); without a guide, the
				// general rule for this generation.
				`Initialise the remote(s). ${guide?.keysNote ?? 'Do every key of the car in one session; keys left out may stop working.'} A new remote needs the code data on its tag and a dealer or aftermarket tool.`
			);
			break;
		case 'mini-cas':
			needs.push(
				'Enable the remote in the access module (CAS) with the dealer tool (ISTA) or an aftermarket key tool; no home procedure is known for this car.'
			);
			break;
		case 'mini-unknown-generation':
			needs.push(
				'Identify the MINI generation, then read the body and immobiliser modules with a BMW-capable tool.'
			);
			break;
		case 'unknown':
			needs.push(
				'Read the body and security modules with the maker’s tool and check the remote’s pairing.'
			);
	}
	if (guide && guide.keys.some((k) => k.outcome === 'failed')) {
		needs.push(
			'The owner’s resync did not take for every key (see above): a radio check of the remote is worth doing.'
		);
	}
	return needs;
}

/** "code" or "codes", counting each code once whatever its kinds. */
function plural(dtcs: readonly { code: string }[], word: string): string {
	return new Set(dtcs.map((d) => d.code)).size > 1 ? `${word}s` : word;
}
