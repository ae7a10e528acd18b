import type { ShopPath } from '$lib/resync/types';

/** The kinds of shop a shop path names, in the owner's words (the shop page and the printed report). */
export const SHOPS: Readonly<Record<ShopPath['shops'][number], { name: string; what: string }>> = {
	dealer: {
		name: 'A dealer for this make',
		what: 'has the maker’s own tester; usually the dearest.'
	},
	'auto-locksmith': {
		name: 'An auto locksmith',
		what: 'cuts and programs keys, often at your car; ask whether they cover this make.'
	},
	'independent-specialist': {
		name: 'An independent specialist for this make',
		what: 'a garage with a programming tool for it; often the cheapest.'
	}
};

/** "a dealer for this make", for a sentence. */
export const SHOP_NAMES: Readonly<Record<ShopPath['shops'][number], string>> = {
	dealer: 'a dealer for this make',
	'auto-locksmith': 'an auto locksmith',
	'independent-specialist': 'an independent specialist for this make'
};
