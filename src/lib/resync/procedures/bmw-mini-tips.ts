import type { TroubleshootTip } from '../types';
import { src } from './bmw-mini-sources';
import { BC1_LOCATION } from '../../vehicle/unreachable-modules';

/**
 * Troubleshooting for the BMW / MINI remotes: what a failed key means, what to
 * check, and when to stop and go to a shop. Every tip names its procedures: the
 * sources are MINI and BMW ones, so none shows for another make. What a shop costs is
 * the shop path's own fact (per market, bmw-mini-shop.ts), not repeated here.
 */

const MINI_FIRST_GEN = ['mini-r5x-3-button', 'mini-r5x-2-button-quick'];
// The key tells the battery: the 3-button MINI key and the BMW turn keys of the same system are
// sealed and charge in the ignition; the 2-button MINI key takes a CR2032 (docs/domain.md).
const SEALED_KEYS = ['mini-r5x-3-button', 'bmw-remote-init'];
const BMW_MINI = [...MINI_FIRST_GEN, 'bmw-remote-init'];

export const BMW_MINI_TIPS: readonly TroubleshootTip[] = [
	{
		id: 'starts-with-this-key',
		title: 'If the car starts with this key, its chip is fine',
		text: 'Starting the engine and the remote buttons are separate. A key that starts the car has a working immobiliser chip, so only the remote part needs attention: its battery, its buttons, or a new resync.',
		when: ['key-failed', 'before-start'],
		procedures: BMW_MINI,
		confidence: 'C',
		sources: src(
			'nam-06-mcs-remote-inop',
			'mini2-remote-key-not-working',
			'pistonheads-remote-only'
		)
	},
	{
		id: 'sealed-key-no-coin-cell',
		title: 'Never put an ordinary coin cell in a sealed key',
		text: 'Sealed keys that charge in the ignition hold a rechargeable cell. A non-rechargeable cell (CR2020 or DL2020) fitted in its place keeps being charged by the key and is damaged.',
		when: ['key-failed', 'before-start'],
		procedures: SEALED_KEYS,
		confidence: 'S',
		sources: src('bmwgm5-key-fob')
	},
	{
		id: 'flat-sealed-key',
		title: 'A flat sealed key needs time in the ignition',
		text: 'A sealed key only charges in the ignition, and a flat key cannot be initialised. A key that sat unused may need hours of driving before it answers again; a completely flat one takes about 30 hours in the ignition to charge fully.',
		when: ['key-failed', 'before-start'],
		procedures: SEALED_KEYS,
		confidence: 'S',
		sources: src('motoringalliance-key-fob', 'bentley-bmw-remote-my2000', 'nam-06-mcs-remote-inop')
	},
	{
		id: 'coin-cell-first',
		title: 'Fit a fresh coin cell first',
		text: 'The 2-button key runs on a CR2032 coin cell: fit a new one before blaming the car. The key opens at the key-ring end.',
		when: ['key-failed', 'before-start'],
		procedures: ['mini-r5x-2-button-quick'],
		unlessDone: { newCell: 'yes' },
		confidence: 'C',
		sources: src('mini2-two-button-manual', 'nam-key-will-not-program')
	},
	{
		id: 'try-again',
		title: 'The timing is tricky: two or three tries are normal',
		text: 'A MINI specialist’s guide says to try again two or three times before suspecting the car. Each try repeats the whole session, every key included.',
		when: ['key-failed'],
		procedures: ['mini-r5x-3-button', 'bmw-remote-init'],
		confidence: 'S',
		sources: src('axleaddict-mini-remote')
	},
	{
		id: 'led-not-proof',
		title: 'A flashing light on the key does not prove it works',
		text: 'The light only shows that a button was pressed; the radio signal can still be weak or wrong. Most faulty keys have a worn switch or a cracked solder joint rather than a flat battery.',
		when: ['key-failed'],
		procedures: BMW_MINI,
		confidence: 'S',
		sources: src('bmwgm5-key-fob', 'nam-key-will-not-program')
	},
	{
		id: 'receiver-location',
		title: 'Where the car listens',
		text: 'On later R50/R53 cars (the updated, “facelift” models) the remote receiver sits in the rear-view mirror; other cars have a separate unit in the roof lining. Holding the key closer to it can help.',
		when: ['key-failed'],
		procedures: MINI_FIRST_GEN,
		confidence: 'U',
		sources: src('nam-receiver-mirror', 'mini2-receiver-headliner', 'minimania-reprogram-r5x')
	},
	{
		id: 'scrapyard-key',
		title: 'Use only keys that belong to this car',
		text: 'One owner ran the sequence with a key from a scrapyard car and later had a car that would not start; the cause was never made clear.',
		when: ['before-start'],
		procedures: ['mini-r5x-3-button'],
		ifAnswers: { 'key-origin': ['new'] },
		confidence: 'S',
		sources: src('nam-what-have-i-done')
	},
	{
		id: 'both-remotes-dead',
		title: 'If no remote works at all, look at the car',
		// The place in the words the vehicle page uses for BC1.
		text: `When every remote stops at once, the cause is usually in the car: the receiver, or the body module (BC1) behind the trim ${BC1_LOCATION}, which water from a leaking seal is known to damage. A home resync cannot fix that: have a specialist check it.`,
		when: ['all-failed'],
		procedures: MINI_FIRST_GEN,
		stopHere: true,
		confidence: 'C',
		sources: src(
			'mini-bc1-description',
			'nam-bc1-water',
			'bcmrepair-r50-r53',
			'axleaddict-mini-remote'
		)
	},
	{
		id: 'when-to-stop',
		title: 'When to stop and go to a shop',
		text: 'If the sequence still fails after two or three careful tries, or no remote works at all, stop: a specialist can read the body module and pair remotes with a tool. Bring every key and the FobSync report.',
		when: ['key-failed', 'all-failed'],
		procedures: BMW_MINI,
		stopHere: true,
		confidence: 'S',
		sources: src('axleaddict-mini-remote')
	}
];
