import type { ShopPath } from '../types';
import type { MarketCost } from '../market';
import { src, fact } from './bmw-mini-sources';
import { BMW_PUSH_BUTTON, BMW_TURN_KEY, MINI_CAS, MINI_FIRST_GEN } from './bmw-mini-models';

/**
 * BMW / MINI jobs that need a shop tool: a new 2-button MINI remote, a new
 * key's immobiliser chip (EWS), the later MINI key system (CAS), and BMWs
 * with a key slot and Start button.
 */

/**
 * Reported costs, shared by every BMW / MINI shop path: one fact per market,
 * in its own currency, each resting only on that market's sources (a US
 * forum's dollars, a UK forum's pounds). Screens show the car's market's one,
 * or both when the market is unknown; the text names its market either way.
 */
export const REPORTED_COSTS_US: MarketCost = {
	market: 'US',
	text: 'In the US, owners report: a new key about $150-400; dealer diagnosis and programming well over $200.',
	confidence: 'C',
	sources: src('nam-remote-stopped-working', 'nam-receiver-mirror', 'nam-remote-key-barcode')
};

export const REPORTED_COSTS_UK: MarketCost = {
	market: 'UK',
	text: 'In the UK, one owner reports: an independent specialist re-coded a key for £16.',
	confidence: 'S',
	sources: src('newminiscotland-key-fob')
};

export const REPORTED_COSTS: readonly MarketCost[] = [REPORTED_COSTS_US, REPORTED_COSTS_UK];

const BRING_REPORT =
	'The FobSync report for the shop, with the VIN: print it from the guide, and from the vehicle page too if an adapter read the car';

export const MINI_TWO_BUTTON_NEW_REMOTE: ShopPath = {
	id: 'mini-r5x-2-button-new-remote',
	title: 'A new remote for a 2-button MINI key needs a shop tool',
	applies: {
		makes: ['MINI'],
		models: MINI_FIRST_GEN,
		answers: { 'mini-key-buttons': ['2'], 'key-origin': ['new'] },
		exclusions: []
	},
	why: fact(
		'On cars built before July 2004 (2-button key) the car only learns a new or second-hand remote when the code data printed on the key’s bar-code tag is entered with a dealer tester or an aftermarket diagnostic tool. There is no home sequence for it.',
		'C',
		'nam-remote-key-barcode',
		'mini-remote-keys-guide',
		'nam-new-fob-autel'
	),
	shops: ['independent-specialist', 'auto-locksmith', 'dealer'],
	askFor:
		'Pair the remote in the body module (BC1) using the code data from the key’s bar-code tag, with a dealer tester or an aftermarket tool (for example Autel). Code the immobiliser chip too if the key does not start the car yet.',
	bring: [
		'Every key of the car',
		'The bar-code tag that came with the new key (without it the remote may be impossible to pair)',
		BRING_REPORT
	],
	involves: REPORTED_COSTS,
	confidence: 'C',
	sources: src('nam-remote-key-barcode', 'mini-remote-keys-guide', 'nam-new-fob-autel')
};

export const BMW_MINI_NEW_KEY: ShopPath = {
	id: 'bmw-mini-new-key',
	title: 'A new key has to be coded to your car before it will start it',
	applies: {
		makes: ['MINI', 'BMW'],
		models: [...MINI_FIRST_GEN, ...BMW_TURN_KEY],
		answers: { 'key-origin': ['new'] },
		exclusions: []
	},
	why: fact(
		'The chip in the key head that lets the engine start talks to the immobiliser (EWS) and has to be coded to this car; new keys are ordered from BMW / MINI coded to the VIN. The home sequence only teaches the remote buttons.',
		'C',
		'minimania-reprogram-r5x',
		'm5board-coding-new-keys',
		'pistonheads-remote-only',
		'nam-what-have-i-done'
	),
	shops: ['dealer', 'auto-locksmith', 'independent-specialist'],
	askFor:
		'A key coded to my car’s VIN for the immobiliser (EWS), and every remote initialised together afterwards.',
	bring: [
		'Every key of the car',
		'Proof that the car is yours (the dealer asks for it before ordering a key)',
		BRING_REPORT
	],
	involves: REPORTED_COSTS,
	confidence: 'C',
	sources: src('minimania-reprogram-r5x', 'm5board-coding-new-keys', 'nam-remote-stopped-working')
};

export const MINI_CAS_SHOP: ShopPath = {
	id: 'mini-cas-keys',
	title: 'Keys for this MINI are set up with a shop tool',
	applies: { makes: ['MINI'], models: MINI_CAS, exclusions: [] },
	why: fact(
		'From the second generation (R55/R56/R57, 2007 on) the key goes into a slot and talks to the Car Access System (CAS), which also holds the immobiliser (fourth generation) and up to 10 keys. No owner-level resync for these cars was found: keys are enabled with the dealer tester or an aftermarket key tool.',
		'S',
		'mini-r56-cas-description',
		'bmw-cas-key-numbers',
		'mini-2011-owners-manual'
	),
	shops: ['dealer', 'auto-locksmith', 'independent-specialist'],
	askFor:
		'Enable (or replace) the remote key in the CAS module with the dealer tester (ISTA) or an aftermarket key tool; block any lost key at the same time.',
	bring: ['Every key of the car', 'Proof that the car is yours', BRING_REPORT],
	involves: REPORTED_COSTS,
	confidence: 'S',
	sources: src('mini-r56-cas-description', 'bmw-cas-key-numbers')
};

export const BMW_PUSH_BUTTON_SHOP: ShopPath = {
	id: 'bmw-push-button-keys',
	title: 'Keys for a BMW with push-button start are set up with a shop tool',
	applies: { makes: ['BMW'], models: BMW_PUSH_BUTTON, exclusions: [] },
	why: fact(
		'The BMW remote initialisation does not apply to cars with push-button start (key slot). No owner-level sequence for them was found: the key is enabled in the car’s access module with the dealer tester or an aftermarket key tool.',
		'S',
		'bentley-bmw-remote-my2000',
		'bmw-cas-key-numbers'
	),
	shops: ['dealer', 'auto-locksmith', 'independent-specialist'],
	askFor:
		'Enable (or replace) the remote key in the Car Access System (CAS) and block any lost key.',
	bring: ['Every key of the car', 'Proof that the car is yours', BRING_REPORT],
	involves: REPORTED_COSTS,
	confidence: 'S',
	sources: src('bentley-bmw-remote-my2000', 'bmw-cas-key-numbers')
};

export const BMW_MINI_REMOTE_CHECK: ShopPath = {
	id: 'bmw-mini-remote-check',
	title: 'Have the remote, the receiver and the body module checked',
	applies: { makes: ['MINI', 'BMW'], models: [...MINI_FIRST_GEN, ...BMW_TURN_KEY], exclusions: [] },
	onlyAfterFailure: true,
	why: fact(
		'When the home sequence still does not take after two or three careful tries, something may be faulty: the key’s remote part (most often a switch or a solder joint), the receiver, or the body module (BC1), which water can damage. A workshop can test each and pair the remotes with a tool.',
		'C',
		'axleaddict-mini-remote',
		'bmwgm5-key-fob',
		'nam-receiver-mirror',
		'nam-bc1-water',
		'mini-bc1-description'
	),
	shops: ['independent-specialist', 'auto-locksmith', 'dealer'],
	askFor:
		'Test the remote key’s signal and the receiver, read the body module’s fault memory, and pair the remotes with a tool if the home sequence will not take.',
	bring: ['Every key of the car', BRING_REPORT],
	involves: REPORTED_COSTS,
	confidence: 'C',
	sources: src('axleaddict-mini-remote', 'bmwgm5-key-fob', 'nam-receiver-mirror')
};

/** Any BMW or MINI no home procedure or named shop path fits. */
export const BMW_MINI_ANY_SHOP: ShopPath = {
	...BMW_MINI_REMOTE_CHECK,
	id: 'bmw-mini-any-shop',
	title: 'BMW and MINI remotes: a specialist or the dealer with the tool',
	applies: { makes: ['MINI', 'BMW'], exclusions: [] },
	onlyAfterFailure: false,
	anyCarOfMake: true,
	why: fact(
		'The owner sequences are sourced for some BMW and MINI models only. A workshop can test the remote and the receiver and pair the remotes with a tool.',
		'C',
		'axleaddict-mini-remote',
		'bmwgm5-key-fob'
	),
	confidence: 'C',
	sources: src('axleaddict-mini-remote', 'bmwgm5-key-fob')
};

export const BMW_MINI_SHOP_PATHS: readonly ShopPath[] = [
	BMW_MINI_REMOTE_CHECK,
	BMW_MINI_ANY_SHOP,
	MINI_TWO_BUTTON_NEW_REMOTE,
	BMW_MINI_NEW_KEY,
	MINI_CAS_SHOP,
	BMW_PUSH_BUTTON_SHOP
];
