import type { Procedure, SourcedText } from '../types';
import { withVariants } from '../engine-definition';
import { src, fact } from './bmw-mini-sources';
import type { SOURCES as E53_SOURCES } from './bmw-e53';
import { citeSources } from './source-ids';
import { remoteInitSteps, type RemoteInitWording } from './bmw-mini-steps';
import { BMW_ADDITIONAL_TURN_KEY, BMW_TURN_KEY, NOT_KEY_SLOT_BMW } from './bmw-mini-models';
import { ALL_KEYS_TOGETHER, FOUR_KEYS, SAME_ORDER } from './bmw-mini-key-facts';

/**
 * BMW cars with the same remote system as the 3-button MINI (E38, E39, E46,
 * E52, E53, and the E60/E61/E90-E93 Bentley adds, except key-slot cars):
 * remote initialisation as the BMW repair text published by Bentley gives it.
 */

const KEY_OUT_E53 =
	'Take the key out: the car ignores the remote while a key is in the ignition lock (X5 owner’s manual).';

const BMW_WORDING: RemoteInitWording = {
	unlock: 'UNLOCK (button 2)',
	lock: 'LOCK (button 1, with the BMW roundel)',
	position: 1,
	finish: 'ignition-on-off',
	keyOutNote: KEY_OUT_E53,
	keyOutSources: src('bmw-e53-owners-manual', 'precisionecu-bmw-remote-init'),
	carUnlocked: true,
	carConfirms:
		'The locks lock and immediately unlock. On some models the key’s light also flashes slowly for about 10 seconds.'
};

const KEY_CHARGED: SourcedText = fact(
	'Each key must hold some charge: below a certain key battery voltage the remote cannot be initialised. The key charges in the ignition at position 1; a flat key needs about 30 hours for a full charge, and about 15 presses’ worth after 30 minutes.',
	'S',
	'bentley-bmw-remote-my2000'
);

const CAR_UNLOCKED: SourcedText = fact(
	'The car unlocked, you inside with every key, all doors closed.',
	'C',
	'precisionecu-bmw-remote-init',
	'bavauto-e39-key-init',
	'bentley-bmw-remote-my2000'
);

const EVERY_KEY: SourcedText = fact(
	'Every remote of this car at hand: all of them are initialised together.',
	'C',
	'precisionecu-bmw-remote-init',
	'bentley-bmw-remote-my2000'
);

export const NO_IGNITION_DURING: SourcedText = fact(
	'Do not switch the ignition on again until every key is done: that ends the session, and every remote would have to be initialised again.',
	'S',
	'precisionecu-bmw-remote-init'
);

const IGNORED_WITH_KEY_IN: SourcedText = fact(
	'The car ignores the remote while a key is in the ignition lock.',
	'M',
	'bmw-e53-owners-manual'
);

const REMOTE_ONLY: SourcedText = fact(
	'This programs the remote part of the key only, not the immobiliser chip that lets the engine start.',
	'C',
	'pistonheads-remote-only',
	'm5board-coding-new-keys'
);

/** The X5 (E53) documents, registered by its own make file. */
const e53Src = citeSources<typeof E53_SOURCES>();

const BASE = {
	title: 'Remote initialisation for a BMW with a turn key',
	summary:
		'Teaches the car every remote of this BMW again, one after another in one session; the locks lock and unlock to confirm each key.',
	programs: 'remote-learn',
	difficulty: 'moderate',
	maxKeys: 4,
	keySession: { maxKeys: FOUR_KEYS, leftOut: ALL_KEYS_TOGETHER, sameOrder: SAME_ORDER },
	workingKeysNeeded: 0,
	prerequisites: [EVERY_KEY, CAR_UNLOCKED, KEY_CHARGED],
	warnings: [NO_IGNITION_DURING, IGNORED_WITH_KEY_IN, REMOTE_ONLY]
} as const satisfies Partial<Procedure>;

export const BMW_REMOTE_INIT: Procedure = withVariants(
	{
		...BASE,
		...remoteInitSteps(BMW_WORDING),
		id: 'bmw-remote-init',
		ref: 'P32',
		ifItFails: ['bmw-mini-remote-check', 'bmw-mini-new-key'],
		applies: {
			makes: ['BMW'],
			// The X5 (E53) has BMW's own text and its own procedure (bmw-e53.ts).
			models: [
				...BMW_TURN_KEY.filter((m) => !m.chassis?.includes('E53')),
				...BMW_ADDITIONAL_TURN_KEY
			],
			exclusions: [
				NOT_KEY_SLOT_BMW,
				{
					text: "The X5 (E53) is guided from BMW's own text instead.",
					confidence: 'M',
					sources: e53Src('bmw-x5-2006-cbe'),
					cars: [{ make: 'BMW', model: 'BMW X5 (E53)' }]
				},
				fact(
					'Written for the remote keys introduced from model year 2000 (September 1999); owners report the same sequence on 1997-style keys.',
					'S',
					'bentley-bmw-remote-my2000',
					'bmwtips-programming-keys',
					'alfalinks-bmw-key-sync'
				)
			]
		},
		confidence: 'C',
		confidenceNote:
			'BMW repair text (published by Bentley) for the applicability and key facts; trade and owner pages agree on the steps and the limits of 5, 30 and 10 seconds; how the session ends differs between sources.',
		sources: src(
			'bentley-bmw-remote-my2000',
			'precisionecu-bmw-remote-init',
			'bavauto-e39-key-init',
			'roadfly-m3-shop-manual',
			'bimmerfest-key-init',
			'alfalinks-bmw-key-sync'
		)
	},
	[
		{
			...remoteInitSteps({
				...BMW_WORDING,
				holdTip: fact(
					'Hold the key up by your left shoulder, towards the rear-window aerial, while you press.',
					'S',
					'mini2-remote-key-not-working'
				)
			}),
			id: 'bmw-remote-init-near-shoulder',
			title: 'BMW remote initialisation, with the key held by your left shoulder',
			differs:
				'Hold the key near your left shoulder (closer to the receiver aerial) while pressing.',
			confidence: 'S',
			confidenceNote: 'One owner’s tip after several failed tries.',
			sources: src('mini2-remote-key-not-working')
		}
	]
);
