import type { Procedure } from '../types';
import { splitApplies, type AppliesSpec } from './applies';

/**
 * A procedure as a make writes it: only what is its own. Which cars it is for
 * is written flat (`makes`, `models`, `years`, `answers`, and `exclusions`
 * only when a source names some), and the figures most sources do not give
 * are left out: `maxKeys` is null (no limit stated) and `workingKeysNeeded`
 * is 0 unless given.
 */
export type ProcedureSpec = Omit<Procedure, 'applies' | 'maxKeys' | 'workingKeysNeeded'> &
	AppliesSpec & {
		/** The most keys the car holds, when a source gives it (`keyLimit` gives it with its sentence). */
		readonly maxKeys?: Procedure['maxKeys'];
		/** Working keys the owner must already have (immobiliser procedures). */
		readonly workingKeysNeeded?: number;
	};

export function procedure(spec: ProcedureSpec): Procedure {
	const { applies, own } = splitApplies(spec);
	const { maxKeys, workingKeysNeeded, ...rest } = own;
	return { ...rest, applies, maxKeys: maxKeys ?? null, workingKeysNeeded: workingKeysNeeded ?? 0 };
}
