/**
 * Chrysler, Dodge, Jeep and Ram, and the Mitsubishi-built cars: Sentry Key
 * (adding a coded key with two working keys), the Crossfire key sync, and the
 * Mitsubishi diagnostic-socket method. The owner "button chord" for Chrysler
 * remotes is left out (sources conflict; see docs/procedures.md).
 */
import type { CatalogueModule, Procedure, SourceDoc, VariantSpec } from '../types';
import { withVariants } from '../engine-definition';
import {
	Q_PUSH_BUTTON,
	Q_WORKING_KEYS,
	atMost,
	untimed,
	confirmKey,
	yesCarriesOn,
	keyLimit
} from './common';
import { hazardSixPresses } from './hazard-presses';
import { shopPath } from './shop-path';
import { procedure } from './procedure';
import { citeSources, factsCiting } from './source-ids';
import type { SOURCES as MITSUBISHI_SOURCES } from './mitsubishi';

export const SOURCES = [
	{
		id: 'dodge-dakota-2004-owners',
		title: '2004 Dodge Dakota owner\'s manual, "Customer Key Programming" (Sentry Key)',
		kind: 'owners-manual',
		url: 'http://auto.manualsonline.com/manuals/mfg/dodge/2004_dakota.html?p=10'
	},
	{
		id: 'dodge-durango-2007-owners',
		title: '2007 Dodge Durango owner\'s manual, "Customer Key Programming"',
		kind: 'owners-manual',
		url: 'http://auto.manualsonline.com/manuals/mfg/dodge/2007_hb_durango.html?p=16'
	},
	{
		id: 'dodge-caliber-2007-owners-keyring',
		title:
			"2007 Dodge Caliber owner's manual, Sentry Key: other coded keys on the same key ring cause a key fault only when held against the key being used",
		kind: 'owners-manual',
		url: 'http://auto.manualsonline.com/manuals/mfg/dodge/2007_caliber.html?p=11'
	},
	{
		id: 'chrysler-sebring-convertible-2010-owners',
		title: "2010 Chrysler Sebring Convertible owner's manual, Sentry Key customer key programming",
		kind: 'owners-manual',
		url: 'https://www.carmanualsonline.info/amp/chrysler-sebring-convertible-2010-3-g-owners-manual/?srch=stop+start'
	},
	{
		id: 'dodge-caliber-2009-owners',
		title: '2009 Dodge Caliber owner\'s manual, "Customer Key Programming"',
		kind: 'owners-manual',
		url: 'http://www.manualowl.com/am/Dodge/2009-Caliber/Manual/4832?page=19'
	},
	{
		id: 'chrysler-intrepid-2001-sm',
		title:
			'2001 Chrysler Intrepid service information, Sentry Key Immobilizer Module initialization',
		kind: 'service-manual',
		url: 'https://lemon-manuals.org.ua/Chrysler/2001/Intrepid%20Base/Repair%20and%20Diagnosis%20%28Single%20Page%29/Body%20%26%20Frame/Door%20Locks/Anti-Theft%20Systems/Programming/Sentry%20Key%20Immobilizer%20Module%20Initialization%20Procedure/General%20Information'
	},
	{
		id: 'itstillruns-grand-cherokee-key',
		title:
			"How to replace a key on a Jeep Grand Cherokee (It Still Runs, citing the 2009 owner's manual)",
		kind: 'community',
		url: 'https://itstillruns.com/replace-key-jeep-grand-cherokee-7459363.html'
	},
	{
		id: 'chrysler-tsb-08-003-03',
		title:
			'Chrysler service bulletin 08-003-03, Sebring/Stratus coupe immobiliser (keys by DRBIII only)',
		kind: 'bulletin',
		url: 'https://manuals.autorepairshq.com/Chrysler/2003/Sebring%20Coupe%20V6-3.0L%20VIN%20H/Repair%20and%20Diagnosis/Accessories%20and%20Optional%20Equipment/Antitheft%20and%20Alarm%20Systems/Technical%20Service%20Bulletins/Immobilizer%20System%20-%20Operation%2FService%2FDiagnostics'
	},
	{
		id: 'dodge-durango-2009-sm-preferences',
		title: '2009 Dodge Durango service information, "Remote Keyless Entry Customer Preferences"',
		kind: 'service-manual',
		url: 'https://alloemmanuals.com/manual/Dodge%20and%20Ram/2009/Durango%204WD%20V8-5.7L%20Hybrid/Repair%20and%20Diagnosis/Body%20and%20Frame/Locks/Keyless%20Entry/Keyless%20Entry%20Transmitter/Testing%20and%20Inspection/Programming%20and%20Relearning/Remote%20Keyless%20Entry%20Customer%20Preferences'
	},
	{
		id: 'dodgeforum-dakota-fobs',
		title: '"Programming new fobs" (DodgeForum, 3rd-generation Dakota)',
		kind: 'community',
		url: 'https://dodgeforum.com/forum/3rd-gen-dakota/409092-programming-new-fobs.html'
	},
	{
		id: 'tdr-ram-1999-drb',
		title:
			'Turbo Diesel Register forum quoting the 1999 Ram service manual (remotes by DRB scan tool)',
		kind: 'community',
		url: 'https://xf2dev.turbodieselregister.com/threads/keyless-remote.82227/post-732651'
	},
	{
		id: 'crossfireforum-program-key',
		title: '"How to program your own key" (CrossfireForum, dealer manual text quoted)',
		kind: 'community',
		url: 'https://crossfireforum.org/forum/tsbs-how-articles/17211-how-program-your-own-key-save.html?ispreloading=1'
	},
	{
		id: 'crossfireforum-success',
		title: 'CrossfireForum post: key in, open pressed twice, 20 seconds, then start',
		kind: 'community',
		url: 'https://www.crossfireforum.org/forum/179747-post1.html'
	},
	{
		id: 'cargurus-sebring-2002',
		title: '"2002 Chrysler Sebring LX" remote programming answer (CarGurus)',
		kind: 'community',
		url: 'https://cargurus.ca/Cars/Discussion-t3994_ds39489'
	},
	{
		id: 'carkb-eclipse-remote',
		title: '"Remote key" (carkb Mitsubishi forum, 1995–97 Eclipse)',
		kind: 'community',
		url: 'http://www.carkb.com/Uwe/Forum.aspx/mitsubishi/2607/Remote-Key'
	},
	{
		id: 'automotiveforums-mitsubishi',
		title:
			'Mitsubishi service text quoted on AutomotiveForums (hazard-switch registration, 2003 car)',
		kind: 'community',
		url: 'https://www.automotiveforums.com/vbulletin/showpost.php?p=2076298&postcount=2'
	},
	{
		id: 'mitsubishi-2004-tsb-immobiliser',
		title:
			'Mitsubishi 2004 service bulletin, "Antitheft System – Service Information Update" (8 keys, two ways to register)',
		kind: 'bulletin',
		url: 'https://manuals.autorepairshq.com/Mitsubishi/2004/Lancer%20Evolution%20L4-2.0L%20DOHC%20Turbo/Repair%20and%20Diagnosis/Technical%20Service%20Bulletins/All%20Technical%20Service%20Bulletins/Antitheft%20System%20-%20Service%20Information%20Update'
	}
] as const satisfies readonly SourceDoc[];

/** Cites the documents above, Mitsubishi's (by type only) or the common ones: a typo is a type error. */
const src = citeSources<typeof SOURCES | typeof MITSUBISHI_SOURCES>();
const fact = factsCiting(src);

const SENTRY = src(
	'dodge-dakota-2004-owners',
	'dodge-durango-2007-owners',
	'dodge-caliber-2009-owners'
);
const CHRYSLER_MAKES = ['Chrysler', 'Dodge', 'Jeep', 'Ram'];
/** Where an owner without two working keys, or whose new key did not take, is sent. */
const SENTRY_SHOP = 'chrysler-sentry-key-shop';

const sentry = procedure({
	id: 'chrysler-sentry-key-add',
	ref: 'P15',
	ifItFails: [SENTRY_SHOP],
	title: 'Add a Chrysler, Dodge or Jeep coded key with two working keys',
	summary:
		'Each working key in turn, then the new blank key: the car chimes and the security light tells you when it is learned.',
	programs: 'immobiliser-key',
	makes: ['Dodge', 'Chrysler', 'Jeep'],
	models: [
		{ name: 'Dakota', make: 'Dodge', from: 2004, to: 2004 },
		{ name: 'Durango', make: 'Dodge', from: 2007, to: 2007 },
		{ name: 'Caliber', make: 'Dodge', from: 2009, to: 2009 },
		// Sold as a Dodge and, in Canada, as a Chrysler: one entry for each (never a Jeep).
		{ name: 'Intrepid', make: 'Dodge', from: 2001, to: 2001 },
		{ name: 'Intrepid', make: 'Chrysler', from: 2001, to: 2001 },
		// A how-to page citing the 2009 owner's manual; the manual itself was not read.
		{
			name: 'Grand Cherokee',
			make: 'Jeep',
			from: 2009,
			to: 2009,
			confidence: 'S',
			sources: src('itstillruns-grand-cherokee-key')
		}
	],
	answers: { [Q_WORKING_KEYS]: ['2+'], [Q_PUSH_BUTTON]: ['no'] },
	exclusions: [
		fact(
			'Not for the 2001–2003 Sebring and Stratus coupes (built by Mitsubishi): their keys are programmed only with the dealer tool.',
			'M',
			'chrysler-tsb-08-003-03'
		)
	],
	difficulty: 'moderate',
	...keyLimit(8, 'keys', SENTRY),
	workingKeysNeeded: 2,
	prerequisites: [
		fact('Two keys that already start this car.', 'M', ...SENTRY, 'chrysler-intrepid-2001-sm'),
		fact(
			'A new blank key, cut for this ignition, that has never been programmed to any car: once programmed to one car, a key cannot be programmed to another.',
			'M',
			...SENTRY
		)
	],
	warnings: [
		fact(
			'Whether the remote buttons of the new key are learned at the same time is not stated.',
			'M',
			...SENTRY
		),
		fact(
			'Use the two working keys and the new key one at a time: each one comes out of the ignition before the next goes in.',
			'M',
			'dodge-dakota-2004-owners'
		),
		// The Dakota manual says nothing about other keys; Dodge's 2007 manual says it for starting.
		fact(
			"Keep other coded keys off the key ring while you do this. Dodge's manual says another coded key causes a key fault only when it is held against the key in the ignition; it says so for starting the engine, and no manual we read says it for this programming.",
			'M',
			'dodge-caliber-2007-owners-keyring'
		)
	],
	setup: [
		yesCarriesOn(
			'have-two-keys',
			'Are two keys that already start this car here with you?',
			{ to: 'shop', shopPath: SENTRY_SHOP },
			{
				detail:
					"This method needs two working keys. With fewer, the dealer programs keys using your car's 4-digit code.",
				yesLabel: 'Yes, two or more'
			}
		),
		{
			id: 'blank-ready',
			kind: 'instruction',
			title: 'Have the new blank key ready, cut for this car'
		},
		{
			id: 'start-off',
			kind: 'check',
			check: 'ignition-off',
			title: 'Start with the ignition off and no key in it'
		}
	],
	perKey: [
		{
			id: 'key1-on',
			kind: 'action',
			title: 'Insert the first working key and turn it to ON',
			detail: 'Keep it in ON for 3 to 15 seconds. Do not start the engine.',
			observe: { signal: 'ignition', expect: 'on' },
			opens: [
				{
					id: 'key1-hold',
					minSeconds: 3,
					maxSeconds: 15,
					from: 'turning the first key to ON',
					startsOn: 'done',
					missed:
						'The first key has to stay in ON for 3 to 15 seconds. Start again with the first key.',
					restartAt: 'key1-on',
					confidence: 'M',
					sources: SENTRY
				}
			]
		},
		{
			id: 'key1-off',
			kind: 'action',
			title: 'Turn it OFF and take it out',
			within: ['key1-hold'],
			closes: ['key1-hold'],
			opens: [
				{
					id: 'key2-in',
					maxSeconds: 15,
					from: 'taking out the first key',
					startsOn: 'done',
					missed:
						'More than 15 seconds passed before the second key was turned ON. Start again with the first key.',
					restartAt: 'key1-on',
					confidence: 'M',
					sources: SENTRY
				}
			]
		},
		{
			id: 'key2-on',
			kind: 'action',
			title: 'Within 15 seconds: insert the second working key and turn it to ON',
			within: ['key2-in'],
			closes: ['key2-in'],
			carConfirms: 'After about 10 seconds a chime sounds and the security light starts flashing.'
		},
		yesCarriesOn(
			'key2-chime',
			'Did a chime sound and the security light start flashing?',
			{ to: 'key-failed' },
			{ detail: 'It takes about 10 seconds.' }
		),
		{
			id: 'key2-off',
			kind: 'action',
			title: 'Turn it OFF and take it out',
			opens: [
				{
					id: 'new-in',
					maxSeconds: 60,
					from: 'taking out the second key',
					startsOn: 'done',
					missed:
						'More than 60 seconds passed before the new key was turned ON. Start again with the first key.',
					restartAt: 'key1-on',
					confidence: 'M',
					sources: SENTRY
				}
			]
		},
		{
			id: 'new-on',
			kind: 'action',
			title: 'Within 60 seconds: insert the new key and turn it to ON',
			within: ['new-in'],
			closes: ['new-in'],
			carConfirms:
				'After about 10 seconds one chime; the security light stops flashing, stays on for 3 seconds and goes out.'
		},
		confirmKey(
			'Did the security light stop flashing, stay on 3 seconds and go out?',
			'Then the new key is programmed. Repeat for more keys (8 at most).'
		)
	],
	finish: [{ id: 'check', kind: 'instruction', title: 'Start the car once with every key' }],
	confidence: 'M',
	sources: src(
		...SENTRY,
		'chrysler-intrepid-2001-sm',
		'itstillruns-grand-cherokee-key',
		'chrysler-tsb-08-003-03'
	)
});

// E3: the 2010 Sebring Convertible manual gives the same two-key steps and says the new key's
// remote is programmed with them. Only that model and year: the statement is not wider than it.
const SEBRING_2010 = src('chrysler-sebring-convertible-2010-owners');
const sentrySebring2010 = procedure({
	...sentry,
	id: 'chrysler-sentry-key-add-sebring-2010',
	title: 'Add a key and its remote to a 2010 Chrysler Sebring Convertible with two working keys',
	summary:
		'Each working key in turn, then the new blank key: the car chimes when the key is learned, and its remote buttons are programmed at the same time.',
	...sentry.applies,
	makes: ['Chrysler'],
	models: [{ name: 'Sebring Convertible', make: 'Chrysler', from: 2010, to: 2010 }],
	warnings: [
		fact(
			'The remote buttons of the new key are programmed during this procedure too.',
			'M',
			...SEBRING_2010
		),
		fact(
			'If a programmed key is lost, have the dealer erase all remaining keys from the car.',
			'M',
			...SEBRING_2010
		),
		...sentry.warnings.slice(1)
	],
	confidence: 'M',
	sources: src(...SEBRING_2010, ...SENTRY)
});

const crossfire = procedure({
	id: 'chrysler-crossfire-key-sync',
	ref: 'P17',
	ifItFails: ['chrysler-remote-shop'],
	title: 'Sync a Crossfire key (key in the ignition, press twice)',
	summary: 'For a key made for this car: put it in the ignition and press a remote button twice.',
	programs: 'remote-resync',
	makes: ['Chrysler'],
	models: [{ name: 'Crossfire', from: 2004, to: 2008 }],
	difficulty: 'easy',
	prerequisites: [
		fact(
			'A key made for this car. One owner could not get a second-hand key accepted at all.',
			'S',
			'crossfireforum-program-key'
		)
	],
	warnings: [],
	setup: [],
	perKey: [
		{
			id: 'insert',
			kind: 'action',
			title: 'Put this key in the ignition',
			detail: 'The text does not say to turn it.'
		},
		{
			id: 'press-twice',
			kind: 'repeat',
			times: 2,
			unit: 'short press',
			title: 'Press LOCK or UNLOCK briefly, twice'
		},
		{
			id: 'wait',
			kind: 'wait',
			seconds: 20,
			title: 'Wait 20 seconds, then start the engine',
			detail: 'One owner did this and it worked; the dealer text does not mention it.',
			confidence: 'S',
			sources: src('crossfireforum-success')
		},
		confirmKey('Does the remote lock and unlock the car now?', 'Try it a few steps from the car.')
	],
	finish: [{ id: 'done', kind: 'instruction', title: 'Test every key the same way' }],
	confidence: 'C',
	confidenceNote:
		"Dealer manual text quoted by an owner and a second owner's success; the ignition position and timing are not stated.",
	sources: src('crossfireforum-program-key', 'crossfireforum-success')
});

// ── Mitsubishi-built: diagnostic socket pin 1 ────────────────────────────

const MIT_A = src('cargurus-sebring-2002', 'carkb-eclipse-remote');
const socketWarnings = [
	fact(
		'Only pin 1 to pin 4 (ground). Never touch pin 16: it carries battery power.',
		'S',
		'sae-j1962-pinout'
	),
	fact(
		'Programming the first remote clears all the others: do every remote now.',
		'S',
		'automotiveforums-mitsubishi'
	)
];

const socketA: Pick<Procedure, 'setup' | 'perKey' | 'finish'> = {
	setup: [
		{
			id: 'unplug',
			kind: 'action',
			title: 'Unplug any adapter from the diagnostic socket',
			detail: 'FobSync cannot read the car while the wire is in.'
		},
		{ id: 'prep', kind: 'action', title: 'Close all doors, key in the ignition at OFF' },
		{
			id: 'jumper',
			kind: 'action',
			title: 'Connect pin 1 of the socket to pin 4 (ground) with a wire'
		},
		{ id: 'acc', kind: 'action', title: 'Turn the key to ACC' },
		{
			id: 'off',
			kind: 'action',
			title: 'Turn the key back to OFF',
			carConfirms: 'The locks lock and unlock once: programming mode.',
			opens: [
				untimed({
					id: 'first-fob',
					from: 'the car entering programming mode',
					startsOn: 'done',
					restartAt: 'acc',
					confidence: 'S',
					sources: MIT_A
				})
			]
		},
		yesCarriesOn('mode', 'Did the locks lock and unlock?', { to: 'step', step: 'acc' })
	],
	perKey: [
		{
			id: 'press-3',
			kind: 'repeat',
			times: 3,
			unit: 'press',
			title: 'Press any button on this remote three times',
			detail:
				'The source gives no time limit for the first remote; the second within one minute of the first.',
			within: ['first-fob', 'next-fob'],
			closes: ['first-fob'],
			opens: [
				{
					id: 'next-fob',
					maxSeconds: 60,
					from: 'the first remote',
					startsOn: 'done',
					missed:
						'More than one minute passed, so the car left programming mode. Start again from ACC.',
					restartAt: 'acc',
					confidence: 'S',
					sources: MIT_A
				}
			],
			carConfirms: 'The locks lock and unlock once.'
		},
		confirmKey('Did the locks lock and unlock?', 'The car takes two remotes this way.')
	],
	finish: [
		{ id: 'jumper-out', kind: 'action', title: 'Take the wire out of the socket' },
		{ id: 'test', kind: 'instruction', title: 'Test every remote' }
	]
};

const hazardB: VariantSpec = {
	id: 'mitsubishi-hazard-switch',
	title: 'Hazard switch six times (Mitsubishi service text)',
	summary:
		'With pin 1 grounded and the key in, press the hazard switch six times within 10 seconds.',
	differs:
		'A Mitsubishi service text quoted for a 2003 car uses the hazard switch instead of the ignition.',
	maxKeys: 4,
	keySession: {
		maxKeys: atMost(4, 'remotes', src('automotiveforums-mitsubishi'), 'S'),
		leftOut: socketWarnings[1]
	},
	prerequisites: [],
	setup: [
		{ id: 'unplug', kind: 'action', title: 'Unplug any adapter from the diagnostic socket' },
		{
			id: 'jumper',
			kind: 'action',
			title: 'Connect pin 1 of the socket to pin 4 (ground), key in the ignition'
		},
		...hazardSixPresses(
			'press the hazard warning switch 6 times within 10 seconds.',
			'S',
			src('automotiveforums-mitsubishi')
		)
	],
	perKey: [
		{
			id: 'press-once',
			kind: 'action',
			title: 'Press a button on this remote once',
			opens: [
				{
					id: 'press-twice',
					maxSeconds: 10,
					from: 'the first press',
					startsOn: 'done',
					missed: 'More than 10 seconds passed. Press the button once, then twice again.',
					restartAt: 'press-once',
					confidence: 'S',
					sources: src('automotiveforums-mitsubishi')
				}
			]
		},
		{
			id: 'press-twice',
			kind: 'repeat',
			times: 2,
			unit: 'press',
			title: 'Within 10 seconds, press it twice more',
			within: ['press-twice'],
			closes: ['press-twice'],
			carConfirms: 'The doors lock and unlock: this remote is registered.'
		},
		confirmKey('Did the doors lock and unlock?', 'Up to four remotes.')
	],
	finish: [{ id: 'jumper-out', kind: 'action', title: 'Take the wire out of the socket' }],
	confidence: 'S',
	sources: src('automotiveforums-mitsubishi')
};

const mitsubishiSocketMain = procedure({
	id: 'mitsubishi-socket-pin-1',
	ref: 'P18',
	ifItFails: ['mitsubishi-shop'],
	title: 'Program remotes on Mitsubishi-built cars with a wire in the diagnostic socket',
	summary:
		'Ground pin 1 of the diagnostic socket, turn the key ACC then OFF, and press each remote three times. Single owner reports; two different versions exist.',
	programs: 'remote-learn',
	makes: ['Chrysler', 'Dodge', 'Mitsubishi'],
	models: [
		{ name: 'Sebring coupe', make: 'Chrysler', from: 2001, to: 2005 },
		{ name: 'Stratus coupe', make: 'Dodge', from: 2001, to: 2005 },
		{ name: 'Eclipse', make: 'Mitsubishi', from: 1995, to: 1997 }
	],
	exclusions: [
		fact(
			'Not for the Sebring or Stratus sedans and convertibles, which Chrysler built itself. The answer it comes from says "2002 Sebring LX" without confirming the body.',
			'S',
			'cargurus-sebring-2002'
		)
	],
	difficulty: 'hard',
	maxKeys: 2,
	keySession: {
		maxKeys: fact('This method takes 2 remotes; the mode ends after the second.', 'S', ...MIT_A)
	},
	prerequisites: [
		fact('A short insulated wire with bare ends that fit the socket pins.', 'S', ...MIT_A)
	],
	warnings: socketWarnings,
	...socketA,
	confidence: 'S',
	confidenceNote: 'Each version comes from a single source and the models are not pinned down.',
	sources: src(...MIT_A, 'sae-j1962-pinout')
});

const mitsubishiSocket: Procedure = withVariants(mitsubishiSocketMain, [hazardB]);

// ── Shop paths ───────────────────────────────────────────────────────────

const chryslerRemoteShop = shopPath({
	id: 'chrysler-remote-shop',
	title: 'Remotes for Chrysler, Dodge, Jeep and Ram: a dealer or a locksmith with the tool',
	makes: CHRYSLER_MAKES,
	why: fact(
		"Owner guides describe button sequences for these remotes, but they disagree with each other, and Chrysler's own manual uses the same sequence to switch the horn chirp on or off. Where a service manual is quoted, remotes are programmed with the dealer scan tool. So FobSync offers none.",
		'U',
		'dodge-durango-2009-sm-preferences',
		'dodgeforum-dakota-fobs',
		'tdr-ram-1999-drb'
	),
	shops: ['dealer', 'auto-locksmith'],
	askFor:
		"Programming every remote to the car with the scan tool (the remotes live in the car's body computer).",
	involves: [
		fact(
			'A short job with the scan tool. The sources give no price; ask for a quote first.',
			'S',
			'tdr-ram-1999-drb'
		)
	],
	confidence: 'U'
});

const sentryShop = shopPath({
	id: 'chrysler-sentry-key-shop',
	title: 'A new coded key with fewer than two working keys: the dealer',
	makes: CHRYSLER_MAKES,
	answers: { [Q_WORKING_KEYS]: ['0', '1'] },
	why: fact(
		"The owner method needs two working keys. Otherwise the dealer programs keys with a tool and your car's 4-digit code.",
		'M',
		'dodge-dakota-2004-owners',
		'chrysler-intrepid-2001-sm'
	),
	shops: ['dealer', 'auto-locksmith'],
	askFor:
		'New Sentry Key(s) cut and programmed, with every key you keep programmed in the same visit.',
	alsoBring: ['The 4-digit security code from your purchase papers, if you have it'],
	involves: [
		fact(
			'The dealer uses a tool and the 4-digit code; new keys must be blanks never programmed to another car. The sources give no price.',
			'M',
			'dodge-dakota-2004-owners'
		)
	],
	confidence: 'M'
});

const mitsubishiShop = shopPath({
	id: 'mitsubishi-shop',
	title: 'Mitsubishi keys and remotes: a dealer or a locksmith with the tool',
	makes: ['Mitsubishi'],
	why: fact(
		'Mitsubishi registers keys (8 at most) by methods in its service bulletins, not found in full; the owner remote methods found come from single owners. FobSync offers the one for the older Eclipse, and Mitsubishi’s own one-remote method for the 2006 Lancer Evolution.',
		'S',
		'mitsubishi-2004-tsb-immobiliser',
		'automotiveforums-mitsubishi',
		'mitsubishi-evo-2006-sm-keyless'
	),
	shops: ['dealer', 'auto-locksmith'],
	askFor: 'Programming every key and remote to the car.',
	involves: [
		fact(
			"Registration with Mitsubishi's tool. The sources give no price.",
			'S',
			'mitsubishi-2004-tsb-immobiliser'
		)
	],
	confidence: 'S',
	sources: src('mitsubishi-2004-tsb-immobiliser', 'automotiveforums-mitsubishi')
});

/** Chrysler, Dodge, Jeep, Ram and the Mitsubishi-built cars. */
export const chryslerModule: CatalogueModule = {
	sources: SOURCES,
	procedures: [sentry, sentrySebring2010, crossfire, mitsubishiSocket],
	shopPaths: [chryslerRemoteShop, sentryShop, mitsubishiShop]
};
