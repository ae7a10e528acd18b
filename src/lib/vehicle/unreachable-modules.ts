import type { KeyStatusItem, VehicleInfo } from './types';
import { keyContextFor } from './key-context';

/**
 * The modules that hold key data but that a generic ELM327 cannot read, per
 * car family, with the reason in plain words. Data, not logic.
 */

/** First-generation MINI: BC1 and EWS 3 speak BMW DS2 on the K-line. */
export const MINI_FIRST_GEN_UNREACHABLE: readonly KeyStatusItem[] = [
	{
		subject: 'Remote (body module BC1)',
		exposed: false,
		detail:
			'The remote locks and unlocks through the body module BC1 (lower right A-pillar). It talks BMW’s own DS2 protocol on the K-line (9600 baud, 8 data bits, even parity), which a standard ELM327 adapter cannot speak; reading it needs a BMW-capable tool (dealer tester, K+DCAN cable with BMW software, or an aftermarket key tool). Not exposed through this adapter.',
		confidence: 'C',
		source:
			'DOMAIN.md §5 (BC1 location: BMW/MINI repair information), §6 (BMW DS2: community tools agree)'
	},
	{
		subject: 'Immobiliser (EWS)',
		exposed: false,
		detail:
			'The key’s transponder talks to the EWS immobiliser (EWS 3 on these cars by one source; one owner reports EWS 4.3). It also sits on the DS2 K-line, out of reach of a standard ELM327. Whether the car starts with a key is the practical test of its transponder.',
		confidence: 'C',
		source: 'DOMAIN.md §5 (EWS version: single source, disputed), §6'
	}
];

/** MINI R55/R56/R57 and later: keys live in CAS, reachable physically but behind BMW jobs. */
export const MINI_CAS_UNREACHABLE: readonly KeyStatusItem[] = [
	{
		subject: 'Key data (CAS module)',
		exposed: false,
		detail:
			'Keys belong to the CAS module. Cars built from 03/2007 use D-CAN, which an ELM327 can reach electrically, but key data sits behind BMW-specific diagnostic jobs that generic OBD-II does not include. Dealer (ISTA) or aftermarket key tools are needed.',
		confidence: 'C',
		source: 'DOMAIN.md §4 (CAS: BMW/MINI repair information), §6'
	}
];

/** Any car without sourced data: body and immobiliser modules are outside generic OBD-II. */
export const GENERIC_UNREACHABLE: readonly KeyStatusItem[] = [
	{
		subject: 'Body and immobiliser modules',
		exposed: false,
		detail:
			'Generic OBD-II shows only emissions-related data from the engine and transmission computers. Remote locking and the immobiliser live in body and security modules that use the maker’s own protocols, so this adapter cannot read their key data.',
		confidence: 'C',
		source: 'SAE J1979 / ISO 15031-5 scope (emissions-related diagnostics); DOMAIN.md §6'
	}
];

/** Key-related modules this adapter cannot reach on `vehicle`, with the reason, source and confidence. */
export function unreachableModules(vehicle: VehicleInfo | null): KeyStatusItem[] {
	switch (keyContextFor(vehicle).kind) {
		case 'mini-first-gen':
			return [...MINI_FIRST_GEN_UNREACHABLE];
		case 'mini-cas':
			return [...MINI_CAS_UNREACHABLE];
		case 'mini-unknown-generation':
			return [...MINI_FIRST_GEN_UNREACHABLE, ...MINI_CAS_UNREACHABLE].map((item) => ({
				...item,
				detail: `If this is a ${item.subject.includes('CAS') ? 'second-generation or later MINI (R55/R56/R57 on)' : 'first-generation MINI (R50/R52/R53)'}: ${item.detail}`
			}));
		case 'unknown':
			return [...GENERIC_UNREACHABLE];
	}
}
