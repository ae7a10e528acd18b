import type { Procedure, SourceId, SourcedText, Step, TimeWindow, VariantSpec } from '../types';
import { BATTERY_GATE } from '../battery-gate';
import { withVariants } from '../engine-definition';
import { confirmKey } from './common';
import { src, fact } from './bmw-mini-sources';
import { MINI_FIRST_GEN, NOT_CAS_MINI } from './bmw-mini-models';
import { MINI_BC1_LOW_VOLTAGE, remoteInitSteps } from './bmw-mini-steps';
import { NO_IGNITION_DURING } from './bmw-remote-init';

/**
 * First-generation MINI built before 07/2004, 2-button key: the quick resync
 * of a remote the car already knows, as owners quote the owner's manual.
 * Owners read the same page two ways (UNLOCK then LOCK; both together), so
 * both readings are here, each marked uncertain. Pairing a new remote is a
 * shop job (see the shop paths).
 */

/**
 * The order on the car: position 2 briefly, off, then the buttons within 10 s
 * of switching off. The 10 s run from a movement (off), so a Done tapped after
 * it would start the count late and give a late tapper more time than the car
 * gives. As with the 3-button key's 5 s (bmw-mini-steps.ts), the owner gets
 * ready at position 2 and taps Go; the count opens on Go, just before the key
 * goes back to off, and the switch-off and the presses are one step. The
 * guide is stricter than the source only by the reaction time after Go (and
 * the tap that ends the presses).
 */

/** "Briefly": the source gives no figure, so the screen shows no countdown. */
const BRIEFLY: TimeWindow = {
	id: 'position-2-briefly',
	maxSeconds: null,
	from: 'after you turn the key to position 2 (the source says "briefly", with no figure)',
	startsOn: 'done',
	// Without a figure nothing can be missed here: the words say so instead of describing a miss.
	missed: 'The source gives no time for "briefly", so there is no limit to miss here.',
	restartAt: 'ign-on',
	confidence: 'S',
	sources: src('mini2-two-button-manual')
};

const PRESS_WINDOW: TimeWindow = {
	id: 'press-within-10',
	maxSeconds: 10,
	from: 'when you tapped Go, just before you turned the key back to off',
	startsOn: 'done',
	missed: 'More than 10 seconds passed between switching off and pressing the buttons.',
	restartAt: 'ign-on',
	confidence: 'S',
	sources: src('mini2-two-button-manual')
};

/** The buttons, as each reading of the manual words them. */
interface Press {
	/** "UNLOCK, then LOCK". */
	readonly what: string;
	/** How, for someone who has never done it. */
	readonly how: string;
	readonly sources?: readonly SourceId[];
}

function perKey(press: Press): Step[] {
	return [
		{
			kind: 'action',
			id: 'ign-on',
			title: 'Turn the key to position 2',
			detail:
				'Put this key in the ignition and turn it two clicks, to position 2 (ignition on: the dashboard lights up, but do not start the engine). Only briefly: the next step turns it back to off.',
			opens: [BRIEFLY],
			observe: { signal: 'ignition', expect: 'on' }
		},
		{
			// Get ready for the 10 s: Go opens them just before the key goes back to off.
			kind: 'action',
			id: 'ign-off',
			title: `Tap Go, then turn the key back to off and press ${press.what}`,
			// Not the title again: what Go does, which the title does not say.
			detail:
				'Go starts the 10 seconds the car gives you for the buttons: be ready to switch off at once.',
			say: `Tap Go, then turn the key back to off and press ${press.what}.`,
			doneLabel: 'Go',
			within: ['position-2-briefly'],
			closes: ['position-2-briefly'],
			opens: [PRESS_WINDOW],
			// An owner who switches off without tapping Go has this step confirmed when the car shows
			// it (the engine computer goes quiet): the count then starts at the guide's next look at
			// the car, about a second after the switch-off. Tapping Go first keeps the guide stricter.
			observe: { signal: 'ignition', expect: 'off' }
		},
		{
			kind: 'action',
			id: 'press-buttons',
			title: `Turn the key back to off, then press ${press.what}`,
			detail: `Now: key back to off, then ${press.how} The manual text owners quote says only “then off”, not to take the key out: leave it in the ignition at off. Tap Done when you have pressed them.`,
			say: `Key to off, then press ${press.what}.`,
			within: ['press-within-10'],
			closes: ['press-within-10'],
			...(press.sources ? { sources: press.sources } : {})
		},
		confirmKey(
			'Does this key lock and unlock the car now?',
			'Try it: press LOCK, then UNLOCK. The source names no signal from the car during the resync itself.',
			'confirm',
			{ yes: 'Yes, it works', no: 'No, it still does nothing' }
		)
	];
}

const UNLOCK_THEN_LOCK: Press = {
	what: 'UNLOCK, then LOCK',
	how: 'press the UNLOCK button (with the MINI logo) once, then the LOCK button once.'
};

const BOTH_TOGETHER: Press = {
	what: 'UNLOCK and LOCK together',
	how: 'press both buttons at the same time, then let go.',
	sources: src('nam-key-will-not-program')
};

/** Said where the key stays: the quoted text has the key turned back to off, nothing more. */
const SETUP: readonly Step[] = [
	{
		kind: 'check',
		check: 'battery',
		id: 'battery',
		title: 'Check the car battery',
		detail: 'If an adapter is connected, FobSync reads the battery now.',
		sources: [...BATTERY_GATE.sources, ...MINI_BC1_LOW_VOLTAGE.sources],
		lowVoltage: MINI_BC1_LOW_VOLTAGE
	},
	{
		kind: 'instruction',
		id: 'sit-in',
		title: 'Sit in the car with the key',
		detail: 'Close the door, ignition off. Do one key at a time, in your planned order.'
	}
];

const ALREADY_PAIRED_ONLY: SourcedText = fact(
	'This only brings back a remote the car already knows. A new or second-hand remote for a 2-button key has to be paired with the code data from its bar-code tag and a dealer or workshop tool.',
	'C',
	'nam-remote-key-barcode',
	'mini-remote-keys-guide',
	'nam-new-fob-autel'
);

const TWO_READINGS: SourcedText = fact(
	'Owners quote the owner’s manual in two ways: UNLOCK then LOCK, or both together. If one does not work, FobSync offers the other.',
	'U',
	'mini2-two-button-manual',
	'nam-key-will-not-program',
	'mini-2002-owners-manual-keys'
);

/** What the sources leave open about the keys not done in this session. */
/** The manual page is known only from owners' quotes of part of it. */
const MANUAL_GAP: SourcedText = fact(
	'Owners quote only part of the owner’s manual page (p. 22, North American edition). A second process on that page was not found in any copy, so FobSync cannot offer it: if you have the manual, read that page.',
	'U',
	'mini-2002-owners-manual-keys',
	'mini2-two-button-manual'
);

const FRESH_CELL: SourcedText = fact(
	'A fresh coin cell (CR2032) in the key. The 2-button key opens at the key-ring end.',
	'C',
	'mini2-two-button-manual',
	'nam-key-will-not-program'
);

const BASE = {
	summary:
		'Brings a 2-button remote the car already knows back in step, one key at a time: ignition on briefly, off, then the buttons within 10 seconds.',
	programs: 'remote-resync',
	difficulty: 'easy',
	maxKeys: null,
	// No keySession.leftOut: the sources do not say what this does to a key left out (the
	// planner's keys sentence says so, and the engine's end check tries every key).
	workingKeysNeeded: 0,
	prerequisites: [FRESH_CELL],
	warnings: [ALREADY_PAIRED_ONLY, TWO_READINGS, MANUAL_GAP],
	setup: SETUP,
	// The engine's end check asks about every key of the plan, the one that already worked too.
	finish: [],
	confidence: 'U'
} as const satisfies Partial<Procedure>;

/**
 * The 3-button key's initialisation, for a 2-button key, as the very last
 * try: MiniMania lists it for every 2002–2006 R50/R53, a MINI specialist's
 * guide for the 3-button key only. Offered with that conflict said, never dropped.
 */
const THREE_PRESS_CAUTION: SourcedText = fact(
	'Sources disagree whether this works on a 2-button key: MiniMania lists this sequence for every 2002–2006 R50 and R53, a MINI specialist’s guide only for the 3-button key. It teaches the car every remote again in one session, so have every key of the car with you: a key left out may stop working.',
	'U',
	'minimania-reprogram-r5x',
	'axleaddict-mini-remote'
);

const THREE_PRESS_VARIANT: VariantSpec = {
	...remoteInitSteps({
		// The 2-button key: UNLOCK carries the MINI logo (MINI2 post quoting the manual).
		unlock: 'UNLOCK (the button with the MINI logo)',
		lock: 'LOCK',
		position: 1,
		finish: 'position-1',
		carConfirms: 'The car locks and then unlocks once.',
		lowVoltage: MINI_BC1_LOW_VOLTAGE
	}),
	id: 'mini-r5x-2-button-three-press',
	title: 'MINI 2-button key, last try: the 3-button key’s initialisation',
	summary:
		'The initialisation written for the 3-button key (hold UNLOCK, press LOCK three times), tried on a 2-button key when the quick resync did not work.',
	differs:
		'A different sequence, written for the 3-button key: every key in one session, UNLOCK held while LOCK is pressed three times.',
	programs: 'remote-learn',
	difficulty: 'moderate',
	keySession: { leftOut: THREE_PRESS_CAUTION },
	warnings: [THREE_PRESS_CAUTION, NO_IGNITION_DURING, ALREADY_PAIRED_ONLY],
	confidence: 'U',
	confidenceNote:
		'Sources disagree whether the 3-button key’s sequence applies to the 2-button key; the steps and limits are those of the 3-button key.',
	sources: src('minimania-reprogram-r5x', 'axleaddict-mini-remote', 'mini2-two-button-manual')
};

const BOTH_TOGETHER_VARIANT: VariantSpec = {
	id: 'mini-r5x-2-button-together',
	title: 'MINI 2-button key: the quick resync, pressing both buttons together',
	differs: 'Press UNLOCK and LOCK at the same time instead of one after the other.',
	perKey: perKey(BOTH_TOGETHER),
	confidence: 'U',
	confidenceNote: 'Another owner’s reading of the same manual page.',
	sources: src('nam-key-will-not-program', 'mini-2002-owners-manual-keys')
};

export const MINI_TWO_BUTTON: Procedure = withVariants(
	{
		...BASE,
		id: 'mini-r5x-2-button-quick',
		ref: 'P32',
		ifItFails: ['bmw-mini-remote-check', 'mini-r5x-2-button-new-remote'],
		title: 'Quick resync for a MINI with a 2-button key (built before July 2004)',
		applies: {
			makes: ['MINI'],
			models: MINI_FIRST_GEN,
			answers: { 'mini-key-buttons': ['2'], 'key-origin': ['worked-before'] },
			exclusions: [
				fact(
					'Not for the 3-button key of cars built from July 2004, which has its own sequence.',
					'C',
					'axleaddict-mini-remote',
					'nam-remote-key-not-working'
				),
				NOT_CAS_MINI
			]
		},
		perKey: perKey(UNLOCK_THEN_LOCK),
		confidenceNote:
			'One owner quotes the owner’s manual this way; another reads the same page as “both together”.',
		sources: src(
			'mini2-two-button-manual',
			'mini-2002-owners-manual-keys',
			'nam-remote-key-not-working'
		)
	},
	[BOTH_TOGETHER_VARIANT, THREE_PRESS_VARIANT]
);
