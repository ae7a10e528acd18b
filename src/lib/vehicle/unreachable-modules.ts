import type { KeyStatusItem, VehicleInfo } from './types';
import { keyContextFor } from './key-context';

/**
 * The modules that hold key data but that FobSync cannot read, per car family,
 * with the reason in plain words (docs/domain.md §5, §6). What limits us is
 * that FobSync sends only generic OBD-II requests, not the adapter as such:
 * some programs reach such modules through an ELM327 with a maker's own
 * language. The technical detail (protocol, baud rate) stays in the docs.
 */

/** Where BC1 sits, in the words every screen uses: plain words, the technical name once. */
export const BC1_LOCATION = 'at the foot of the right-hand windscreen pillar (A-pillar)';

/** First-generation MINI: BC1 and EWS speak BMW's own language on the K-line. */
export const MINI_FIRST_GEN_UNREACHABLE: readonly KeyStatusItem[] = [
	{
		subject: 'Remote locking (body module BC1)',
		exposed: false,
		state: 'not-readable',
		detail: `The remote locks and unlocks through the body module BC1, behind the trim ${BC1_LOCATION}. It speaks BMW’s own diagnostic language, which FobSync does not use and a standard ELM327 adapter cannot send. A BMW specialist’s tool can read it.`,
		confidence: 'C',
		source: 'BMW/MINI repair information (BC1 location); BMW diagnostic-tool communities agree'
	},
	{
		subject: 'Immobiliser (EWS)',
		exposed: false,
		state: 'not-readable',
		detail:
			'The key’s chip talks to the immobiliser (EWS), which speaks the same BMW language, so FobSync cannot read it either. Whether the car starts with a key is the practical test of that key’s chip.',
		confidence: 'C',
		source: 'BMW diagnostic-tool communities agree'
	}
];

/** MINI R55/R56/R57 and later: keys live in CAS, behind BMW-specific requests. */
export const MINI_CAS_UNREACHABLE: readonly KeyStatusItem[] = [
	{
		subject: 'Key data (access module CAS)',
		exposed: false,
		state: 'not-readable',
		detail:
			'Keys belong to the car’s access module (CAS). The adapter can reach it, but key data needs BMW-specific requests that FobSync does not send. A dealer or key specialist reads it with their own tools.',
		confidence: 'C',
		source: 'BMW/MINI repair information; BMW diagnostic-tool communities agree'
	}
];

/** Any car without sourced data: body and immobiliser modules are outside generic OBD-II. */
export const GENERIC_UNREACHABLE: readonly KeyStatusItem[] = [
	{
		subject: 'Body and immobiliser modules',
		exposed: false,
		state: 'not-readable',
		// Only what SAE J1979 itself says (docs/domain.md §6, [M]): the standard has no
		// request for these modules. Which language each maker's modules speak is not in it.
		detail:
			'FobSync reads only the standard OBD-II data every car shares, which comes from the engine and gearbox computers. That standard has no request for remote locking or the immobiliser, and FobSync sends nothing else, so it cannot read their key data.',
		confidence: 'M',
		source: 'SAE J1979 (the standard OBD-II requests and what they cover)'
	}
];

/** Key-related modules FobSync cannot read on `vehicle`, with the reason, source and confidence. */
export function unreachableModules(vehicle: VehicleInfo | null): KeyStatusItem[] {
	switch (keyContextFor(vehicle).kind) {
		case 'mini-first-gen':
			return [...MINI_FIRST_GEN_UNREACHABLE];
		case 'mini-cas':
			return [...MINI_CAS_UNREACHABLE];
		case 'mini-unknown-generation':
			return [...MINI_FIRST_GEN_UNREACHABLE, ...MINI_CAS_UNREACHABLE].map((item) => ({
				...item,
				detail: `${item.subject.includes('CAS') ? 'On a second-generation or later MINI' : 'On a first-generation MINI'}: ${item.detail}`
			}));
		case 'unknown':
			return [...GENERIC_UNREACHABLE];
	}
}
