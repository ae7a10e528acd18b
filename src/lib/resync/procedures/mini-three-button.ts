import type { Procedure, SourcedText, VariantSpec } from '../types';
import { withVariants } from '../engine-definition';
import { src, fact } from './bmw-mini-sources';
import { MINI_BC1_LOW_VOLTAGE, remoteInitSteps, type RemoteInitWording } from './bmw-mini-steps';
import { MINI_FIRST_GEN, NOT_CAS_MINI } from './bmw-mini-models';
import { ALL_KEYS_TOGETHER, FOUR_KEYS, SAME_ORDER } from './bmw-mini-key-facts';
import { NO_IGNITION_DURING } from './bmw-remote-init';

/**
 * First-generation MINI (R50/R52/R53) built from 07/2004, 3-button key:
 * remote initialisation ("procedure B"), with the community variants to try
 * when it does not take.
 */

const MINI_WORDING: RemoteInitWording = {
	// Button names as an owner describes the facelift key (Unlock, Lock with the MINI wings, Boot):
	// North American Motoring, "R50/53 Remote Key not working" thread (single source).
	unlock: 'UNLOCK',
	lock: 'LOCK (the button with the MINI wings logo)',
	position: 1,
	finish: 'position-1',
	carConfirms: 'The car locks and then unlocks once.',
	lowVoltage: MINI_BC1_LOW_VOLTAGE
};

const NEW_KEY_CONFLICT: SourcedText = fact(
	'Using this with a new or second-hand key: the sources disagree. A MINI specialist’s guide and an owner say it also teaches new remotes; another guide says new keys must be coded to the car’s VIN by MINI. The likely difference: this sequence teaches the remote buttons (lock and unlock), while the chip that lets the engine start must be coded to the car separately, by a dealer or locksmith.',
	'U',
	'axleaddict-mini-remote',
	'nam-key-conundrum',
	'minimania-reprogram-r5x',
	'pistonheads-remote-only'
);

const SCRAPYARD_CAUTION: SourcedText = fact(
	'One owner who ran this sequence with a key from a scrapyard car later had a car that would not start; the cause was never made clear. Use only keys that belong to this car.',
	'S',
	'nam-what-have-i-done'
);

const REMOTE_ONLY: SourcedText = fact(
	'This teaches the remote buttons only. Whether the engine starts depends on the chip in the key head, which this does not change.',
	'C',
	'pistonheads-remote-only',
	'mini2-remote-key-not-working',
	'nam-06-mcs-remote-inop'
);

const KEY_CHARGED: SourcedText = fact(
	'Each key’s sealed battery must hold some charge: a flat key cannot be initialised. A key that has sat unused may need time in the ignition or a drive first.',
	'S',
	'bentley-bmw-remote-my2000',
	'motoringalliance-key-fob'
);

const EVERY_KEY: SourcedText = fact(
	'Every key of this car at hand: keys left out of the session stop working.',
	'C',
	'axleaddict-mini-remote',
	'motoringalliance-key-fob',
	'minimania-reprogram-r5x'
);

const DOORS_CLOSED: SourcedText = fact(
	'All doors closed, and kept closed until the end: with a door open the car does not enter programming mode.',
	'C',
	'minimania-reprogram-r5x',
	'axleaddict-mini-remote',
	'nam-receiver-mirror'
);

const BASE = {
	title: 'Remote initialisation for a MINI with a 3-button key (built from July 2004)',
	summary:
		'Teaches the car every remote of this MINI again, one after another in one session; the car locks and unlocks to confirm each key.',
	programs: 'remote-learn',
	difficulty: 'moderate',
	maxKeys: 4,
	keySession: { maxKeys: FOUR_KEYS, leftOut: ALL_KEYS_TOGETHER, sameOrder: SAME_ORDER },
	workingKeysNeeded: 0,
	prerequisites: [EVERY_KEY, DOORS_CLOSED, KEY_CHARGED],
	warnings: [NO_IGNITION_DURING, REMOTE_ONLY, NEW_KEY_CONFLICT, SCRAPYARD_CAUTION]
} as const satisfies Partial<Procedure>;

/** Each lists only what differs from the main procedure (the rest is inherited). */
const variants: readonly VariantSpec[] = [
	{
		...remoteInitSteps({ ...MINI_WORDING, position: 2 }),
		id: 'mini-r5x-3-button-position-2',
		title: 'MINI 3-button key: the same, with the key at position 2',
		differs: 'Turn the key to position 2 (ignition on) instead of position 1 before switching off.',
		confidence: 'U',
		confidenceNote: 'Owner reports; the service text and most guides say position 1.',
		sources: src(
			'nam-remote-key-not-working',
			'mini2-remote-key-not-working',
			'norcalminis-dead-key'
		)
	},
	{
		...remoteInitSteps({
			...MINI_WORDING,
			holdTip: fact(
				'Hold the key up near the rear-view mirror, or by your left shoulder, while you press.',
				'S',
				'minimania-reprogram-r5x',
				'mini2-remote-key-not-working'
			)
		}),
		id: 'mini-r5x-3-button-near-mirror',
		title: 'MINI 3-button key: the same, with the key held near the mirror',
		differs:
			'Hold the key near the rear-view mirror (or by your left shoulder) while pressing the buttons.',
		confidence: 'S',
		confidenceNote: 'Owner tips; where the receiver sits differs between cars.',
		sources: src('minimania-reprogram-r5x', 'mini2-remote-key-not-working', 'nam-receiver-mirror')
	},
	{
		...remoteInitSteps({ ...MINI_WORDING, finish: 'open-door' }),
		id: 'mini-r5x-3-button-open-door',
		title: 'MINI 3-button key: the same, ending by opening a door',
		differs: 'End the session by opening a door instead of turning a key to position 1.',
		confidence: 'U',
		confidenceNote: 'Sources differ on how the session ends.',
		sources: src('minimania-reprogram-r5x', 'nam-what-have-i-done')
	},
	{
		id: 'mini-r5x-3-button-reverse-order',
		title: 'MINI 3-button key: the same, with the keys in reverse order',
		differs:
			'Do the keys in the reverse of your planned order (this may swap any per-key settings).',
		keyOrder: 'reverse',
		confidence: 'S',
		confidenceNote: 'One owner’s advice on a forum: “try doing the keys in opposite order”.',
		sources: src('nam-keys-opposite-order')
	}
];

export const MINI_THREE_BUTTON: Procedure = withVariants(
	{
		...BASE,
		...remoteInitSteps(MINI_WORDING),
		id: 'mini-r5x-3-button',
		ref: 'P32',
		ifItFails: ['bmw-mini-remote-check', 'bmw-mini-new-key'],
		applies: {
			makes: ['MINI'],
			models: MINI_FIRST_GEN,
			answers: { 'mini-key-buttons': ['3'] },
			exclusions: [
				fact(
					'For the 2-button key of cars built before July 2004 the sources disagree: it is offered there only as a last try, after the quick resync.',
					'U',
					'axleaddict-mini-remote',
					'minimania-reprogram-r5x'
				),
				NOT_CAS_MINI
			]
		},
		confidence: 'C',
		confidenceNote:
			'Owner and specialist guides agree on the steps and the limits of 5, 30 and 10 seconds; BMW repair text gives the same sequence for its cars.',
		sources: src(
			'axleaddict-mini-remote',
			'minimania-reprogram-r5x',
			'motoringalliance-key-fob',
			'precisionecu-bmw-remote-init',
			'mini2-remote-key-not-working'
		)
	},
	variants
);
