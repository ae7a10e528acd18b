import { keyCodeInfo, unreachableModules, weakestConfidence } from '../vehicle';
import { describeCodesByKind, kindsRead, unreadKindsSentences } from './code-summary';
import type { IgnitionState, KeyStatusItem, ReportDtc, VehicleInfo, VehicleReport } from './types';

/**
 * What the scan can and cannot say about the keys (docs/domain.md §5, §6, §9):
 * the transponder (inferred from the engine running), generic immobiliser
 * codes, and the modules FobSync cannot read on this car, each with a mark that
 * means what it says, its source and the weakest confidence of what it states.
 */
export function buildKeyStatus(input: {
	vehicle: VehicleInfo | null;
	ignition: IgnitionState;
	dtcs: readonly ReportDtc[];
	/** How each code service went; absent or empty in reports saved before reads were recorded. */
	dtcReads?: VehicleReport['dtcReads'];
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
	items.push(immobiliserCodes(input));
	items.push(...unreachableModules(input.vehicle));
	return items;
}

const SUBJECT = 'Immobiliser trouble codes in the engine computer';
const J2012 = 'SAE J2012 standard trouble codes (P0513, P0633 and related)';

/** The immobiliser-codes line: which kinds were found, never a pending code called stored. */
function immobiliserCodes(input: {
	dtcs: readonly ReportDtc[];
	dtcReads?: VehicleReport['dtcReads'];
	carAnswered: boolean;
}): KeyStatusItem {
	if (!input.carAnswered) {
		return {
			subject: SUBJECT,
			exposed: false,
			state: 'unknown',
			detail: 'Not checked: the engine computer did not answer.',
			confidence: 'M',
			source: J2012
		};
	}
	const reads = input.dtcReads ?? [];
	const unread = unreadKindsSentences(reads);
	const found = input.dtcs.filter((d) => keyCodeInfo(d.code)?.role === 'immobiliser');
	if (found.length) {
		const confirmed = found.some((d) => d.kind !== 'pending');
		return {
			subject: SUBJECT,
			exposed: true,
			state: 'attention',
			detail: [
				describeCodesByKind(found),
				confirmed
					? 'The engine computer reports a key or immobiliser problem; see the trouble codes below.'
					: 'The engine computer has seen a possible key or immobiliser problem but not confirmed it; see the trouble codes below.',
				...unread
			].join(' '),
			// The line says what each code means: as sure as the least sure of them.
			confidence: weakestConfidence('M', ...found.map((d) => keyCodeInfo(d.code)!.confidence)),
			source: J2012
		};
	}
	const kinds = reads.length ? kindsRead(reads) : 'reported';
	if (kinds === null) {
		return {
			subject: SUBJECT,
			exposed: true,
			state: 'unknown',
			detail: `Not checked: the trouble codes could not be read this time. ${unread.join(' ')}`,
			confidence: 'M',
			source: J2012
		};
	}
	return {
		subject: SUBJECT,
		exposed: true,
		state: 'ok',
		detail: [
			`No immobiliser code among the ${kinds} codes.`,
			...unread,
			'The immobiliser itself keeps its own fault memory, which FobSync cannot read.'
		].join(' '),
		// "Its own fault memory" rests on community sources (docs/domain.md §9).
		confidence: 'C',
		source: `${J2012}; diagnostic-tool communities (modules keep their own codes)`
	};
}
