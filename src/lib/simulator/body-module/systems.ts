import { Ford8CycleRules } from './ford-8-cycle';
import { JaguarXTypeRules } from './jaguar-x-type';
import type { KeySystemRules } from './key-system';
import { Mini2ButtonRules } from './mini-2-button';
import { Mini3ButtonRules } from './mini-3-button';
import { VauxhallAstraGRules } from './vauxhall-astra-g';
import { VauxhallAstraHRules } from './vauxhall-astra-h';

/** The key systems the rehearsal car can play. */
export type KeySystemId =
	| 'mini-3-button'
	| 'mini-2-button'
	| 'ford-8-cycle'
	| 'vauxhall-astra-h'
	| 'vauxhall-astra-g'
	| 'jaguar-x-type';

/** Fresh rules (each a small state machine) for one car. */
export function createKeySystem(id: KeySystemId): KeySystemRules {
	switch (id) {
		case 'mini-3-button':
			return new Mini3ButtonRules();
		case 'mini-2-button':
			return new Mini2ButtonRules();
		case 'ford-8-cycle':
			return new Ford8CycleRules();
		case 'vauxhall-astra-h':
			return new VauxhallAstraHRules();
		case 'vauxhall-astra-g':
			return new VauxhallAstraGRules();
		case 'jaguar-x-type':
			return new JaguarXTypeRules();
	}
}
