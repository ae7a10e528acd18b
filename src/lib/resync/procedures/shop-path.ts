import type { ShopPath, SourceId } from '../types';
import { splitApplies, type AppliesSpec } from './applies';
import { BRING_TO_SHOP } from './common';

/**
 * A shop path as a make writes it: only what is its own. The builder fills
 * what every shop path repeats: the list of what to bring (every key, the VIN,
 * the FobSync report, proof of ownership, in `BRING_TO_SHOP`), an empty list
 * of exclusions, and by default the reading it rests on (every source its
 * reasons cite).
 */
export type ShopPathSpec = Omit<ShopPath, 'applies' | 'bring' | 'sources'> &
	AppliesSpec & {
		/** What to bring on top of `BRING_TO_SHOP`: "The key code card that came with the car". */
		readonly alsoBring?: readonly string[];
		/**
		 * The documents the path rests on, when they are not just every source
		 * its `why` and `involves` cite (in that order).
		 */
		readonly sources?: readonly SourceId[];
	};

/** Every source the path's reasons cite, each once, in the order they are cited. */
function citedByReasons(spec: ShopPathSpec): SourceId[] {
	return [...new Set([spec.why, ...spec.involves].flatMap((t) => t.sources))];
}

export function shopPath(spec: ShopPathSpec): ShopPath {
	const { applies, own } = splitApplies(spec);
	const { alsoBring, sources, ...rest } = own;
	return {
		...rest,
		applies,
		bring: [...BRING_TO_SHOP, ...(alsoBring ?? [])],
		sources: sources ?? citedByReasons(spec)
	};
}
