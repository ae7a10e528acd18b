/**
 * GM (Chevrolet, Pontiac, Oldsmobile, Buick, GMC, Saturn): door-switch and
 * fuse methods for remotes, the Corvette display menu, the rolling-code resync,
 * the Saturn diagnostic-socket method, the GTO 30-minute method, PASS-Key keys
 * and push-button fobs. Sources and what was left out: docs/procedures.md.
 */
import type { CatalogueModule, HoldSeconds, Procedure, SourcedText, Step } from '../types';
import {
	Q_KEY_ORIGIN,
	Q_PUSH_BUTTON,
	Q_WORKING_KEYS,
	erasesOthers,
	everyRemote,
	untimed,
	getReady,
	confirmKey,
	yesCarriesOn,
	keyLimit
} from './common';
import { GM_SOURCES, src, fact } from './gm-sources';
import { BATTERY_GATE } from '../battery-gate';
import { shopPath } from './shop-path';
import { procedure } from './procedure';
import { withVariants } from '../engine-definition';

/** The battery check of the procedures that keep the ignition on for a long time. */
const BATTERY_CHECK: Step = {
	id: 'battery',
	kind: 'check',
	check: 'battery',
	title: 'Check the car battery first',
	sources: BATTERY_GATE.sources
};

const GM_MAKES = ['Chevrolet', 'Pontiac', 'Oldsmobile', 'Buick', 'Cadillac', 'GMC', 'Saturn'];
const KEY_START = { [Q_PUSH_BUTTON]: ['no'] };
/** Where a GM home attempt ends when it did not work. */
const REMOTE_SHOP = ['gm-other-shop'];
/** Where an owner without the working key or fob a key method needs is sent. */
const NO_KEY_SHOP = 'gm-no-working-key-shop';

const testAll: Step = {
	id: 'test',
	kind: 'instruction',
	title: 'Test every remote',
	detail: 'Lock and unlock with each one, a few steps away from the car.'
};

const oneCarAtATime = (sources: readonly string[]): SourcedText => ({
	text: 'Do this with no other car nearby in the same mode: a remote can be learned by the wrong car.',
	confidence: 'M',
	sources
});

// ── Door switch and key insertions (2000 Malibu, Alero, Regal China) ──────

const M1 = src('gm-malibu-2000-sm', 'gm-alero-2000-sm', 'gm-regal-china-2000-sm');
const doorSwitch = procedure({
	id: 'gm-door-switch-key-inserts',
	ref: 'P05',
	ifItFails: REMOTE_SHOP,
	title: 'Program GM remotes with the door switch and the key (no tools)',
	summary:
		'Hold the door unlock switch while inserting the key three times; three chimes, then each remote is held until two chimes.',
	programs: 'remote-learn',
	makes: ['Chevrolet', 'Oldsmobile', 'Buick'],
	models: [
		{ name: 'Malibu', make: 'Chevrolet', from: 2000, to: 2000 },
		{ name: 'Alero', make: 'Oldsmobile', from: 2000, to: 2000 },
		{ name: 'Regal (China market)', make: 'Buick', from: 2000, to: 2000 }
	],
	answers: KEY_START,
	exclusions: [
		fact(
			'A remote seller says the 2002 Alero has no on-board programming: do not assume later years work.',
			'S',
			'loveuremote-alero-2002'
		)
	],
	difficulty: 'moderate',
	...keyLimit(4, 'remotes', M1, 'M', { leftOut: erasesOthers(M1) }),
	prerequisites: [everyRemote(M1, 4)],
	warnings: [erasesOthers(M1), oneCarAtATime(M1)],
	setup: [
		{
			id: 'seat',
			kind: 'instruction',
			title: "Sit in the driver's seat, all doors closed, key out of the ignition"
		},
		{
			id: 'hold-switch',
			kind: 'action',
			title: 'Press and hold UNLOCK on the door lock switch',
			detail:
				'Keep holding it through the next two steps. The next steps must be done within 25 seconds.',
			opens: [
				{
					id: 'switch',
					maxSeconds: 25,
					from: 'pressing the door unlock switch',
					startsOn: 'done',
					missed:
						'More than 25 seconds passed since you pressed the unlock switch. Release it and start again.',
					restartAt: 'hold-switch',
					confidence: 'M',
					sources: M1
				}
			]
		},
		{
			id: 'key-twice',
			kind: 'repeat',
			times: 2,
			unit: 'insert and remove',
			title: 'Still holding the switch: insert and remove the key twice',
			detail: 'Do not turn the key.',
			within: ['switch']
		},
		{
			id: 'key-third',
			kind: 'action',
			title: 'Insert the key a third time and leave it in LOCK',
			detail: 'Keep it in LOCK until the end.',
			within: ['switch']
		},
		{
			id: 'release',
			kind: 'action',
			title: 'Release the door switch',
			within: ['switch'],
			closes: ['switch'],
			carConfirms: 'Three chimes: the car is ready to learn remotes.'
		},
		yesCarriesOn('mode', 'Did you hear three chimes?', { to: 'restart' })
	],
	perKey: [
		{
			id: 'hold-buttons',
			kind: 'action',
			title: 'Press and hold LOCK and UNLOCK together on this remote until two chimes',
			detail: 'About 4 seconds (about 12 seconds on the Chinese-market Regal).',
			carConfirms: 'Two chimes.'
		},
		confirmKey('Did you hear two chimes?', 'Two chimes mean this remote is programmed.')
	],
	finish: [
		{ id: 'exit', kind: 'action', title: 'Turn the ignition to RUN, or take the key out' },
		testAll
	],
	confidence: 'M',
	sources: M1
});

// ── Programming fuse (Grand Prix; Montana / Venture vans) ─────────────────

function fuseProcedure(opts: {
	id: string;
	title: string;
	fuse: string;
	models: Procedure['applies']['models'];
	makes: string[];
	closeAlso: string;
	/** The hold as the source words it, and its length when the source gives one figure for every model. */
	holdTitle: string;
	hold?: HoldSeconds;
	confirmHold: string;
	sources: readonly string[];
}): Procedure {
	const erases: SourcedText = {
		text: 'All remotes must be programmed in one go: the first remote the car hears erases all the others.',
		confidence: 'M',
		sources: opts.sources
	};
	return {
		id: opts.id,
		ref: 'P06',
		ifItFails: REMOTE_SHOP,
		title: opts.title,
		summary: `Take out the ${opts.fuse} fuse, turn the key ACC–OFF–ACC, open and close a door, then hold both buttons on each remote.`,
		programs: 'remote-learn',
		applies: { makes: opts.makes, models: opts.models, answers: KEY_START, exclusions: [] },
		difficulty: 'hard',
		...keyLimit(4, 'remotes', opts.sources, 'M', { leftOut: erases }),
		workingKeysNeeded: 0,
		prerequisites: [
			everyRemote(opts.sources, 4),
			{
				text: `You need to pull a fuse (${opts.fuse}) from the fuse panel and put it back afterwards. Your owner's manual shows where the panel is.`,
				confidence: 'M',
				sources: opts.sources
			}
		],
		warnings: [erases],
		setup: [
			{
				id: 'prep',
				kind: 'instruction',
				title: `Sit in the driver's seat, key out, ${opts.closeAlso}`
			},
			{ id: 'fuse-out', kind: 'action', title: `Take out the fuse marked ${opts.fuse}` },
			{
				id: 'acc',
				kind: 'action',
				title: 'Insert the key and turn it to ACC',
				detail: 'Some cars now flash the seat-belt light and chime a few times: that is normal.'
			},
			{
				id: 'off-acc',
				kind: 'action',
				title: 'Turn to OFF and straight back to ACC, all within 1 second',
				detail: 'One quick movement. The car may flash and chime codes afterwards.',
				confidence: 'M',
				sources: opts.sources
			},
			{
				id: 'door',
				kind: 'action',
				title: 'Open any door and close it again',
				carConfirms: 'A chime: the car is ready to learn remotes.'
			},
			yesCarriesOn(
				'mode',
				'Did you hear a chime?',
				{ to: 'step', step: 'acc' },
				{
					detail:
						'If not, start again from ACC. If it fails a second time, the car needs an electrical check at a shop.'
				}
			)
		],
		perKey: [
			{
				id: 'hold-buttons',
				kind: 'action',
				title: opts.holdTitle,
				detail: opts.confirmHold,
				holdSeconds: opts.hold,
				carConfirms: opts.confirmHold
			},
			confirmKey('Did the car chime as described?', opts.confirmHold)
		],
		finish: [
			{ id: 'key-out', kind: 'action', title: 'Take the key out' },
			{ id: 'fuse-in', kind: 'action', title: `Put the ${opts.fuse} fuse back` },
			testAll
		],
		confidence: 'M',
		sources: opts.sources
	};
}

const fuseGrandPrix = fuseProcedure({
	id: 'gm-fuse-grand-prix',
	title: 'Program Grand Prix remotes with the programming fuse',
	fuse: 'MALL PGM',
	makes: ['Pontiac'],
	models: [{ name: 'Grand Prix', from: 1999, to: 2002 }],
	closeAlso: 'all doors closed',
	holdTitle: 'Press and hold LOCK and UNLOCK together on this remote for 14 seconds',
	hold: { min: 14 },
	confirmHold:
		'After about 7 seconds one chime, after about 14 seconds a second chime: programmed.',
	sources: src('gm-grand-prix-1999-sm', 'gm-grand-prix-2002-sm')
});

const fuseVans = fuseProcedure({
	id: 'gm-fuse-vans',
	title: 'Program Montana and Venture remotes with the programming fuse',
	fuse: 'BCM PRGRM',
	makes: ['Pontiac', 'Chevrolet'],
	models: [
		{ name: 'Montana', make: 'Pontiac', from: 2000, to: 2000 },
		{ name: 'Venture', make: 'Chevrolet', from: 2003, to: 2005 }
	],
	closeAlso: 'all doors and the liftgate closed',
	// The two vans chime at different times: no single figure to count to.
	holdTitle: 'Press and hold LOCK and UNLOCK together on this remote until the chimes below',
	confirmHold:
		'Montana: one chime after about 7 seconds, a second after about 14. Venture: one chime after 3 to 5 seconds.',
	sources: src('gm-montana-2000-sm', 'gm-venture-2003-sm', 'gm-venture-2005-sm')
});

// ── Firebird (RADIO fuse, unlock switch, three turns) ─────────────────────

const FB = src('gm-firebird-2001-sm');
const firebirdSign = "Both doors lock, the driver's door unlocks and the rear hatch releases.";
const firebird = procedure({
	id: 'gm-firebird-radio-fuse',
	ref: 'P07',
	ifItFails: REMOTE_SHOP,
	title: 'Program Firebird remotes with the RADIO fuse and the unlock switch',
	summary:
		'Take out the RADIO fuse, hold the unlock switch while turning the key three times, then hold both buttons on each remote.',
	programs: 'remote-learn',
	makes: ['Pontiac'],
	models: [{ name: 'Firebird', from: 2001, to: 2001 }],
	answers: KEY_START,
	difficulty: 'hard',
	...keyLimit(4, 'remotes', FB, 'M', { leftOut: erasesOthers(FB) }),
	prerequisites: [everyRemote(FB, 4)],
	warnings: [erasesOthers(FB), oneCarAtATime(FB)],
	setup: [
		{ id: 'off', kind: 'action', title: 'Turn the ignition to OFF' },
		{ id: 'fuse-out', kind: 'action', title: 'Take out the RADIO fuse (number 17)' },
		getReady(
			'turns-ready',
			{
				hand: "Press and hold the driver's door UNLOCK switch, key in the ignition at OFF",
				start: 'turning',
				next: 'keep holding the switch and turn the key OFF to RUN 3 times within 5 seconds.'
			},
			{
				id: 'turns',
				maxSeconds: 5,
				from: 'when you tapped Go, just before your first turn of the key',
				missed:
					'More than 5 seconds passed between Go and the third turn. Turn the key to OFF and try again.',
				restartAt: 'turns-ready',
				confidence: 'M',
				sources: FB
			}
		),
		{
			id: 'turns',
			kind: 'repeat',
			times: 3,
			unit: 'turn from OFF to RUN',
			title:
				"Holding the driver's door UNLOCK switch, turn the key OFF to RUN 3 times within 5 seconds",
			within: ['turns'],
			closes: ['turns'],
			carConfirms: firebirdSign
		},
		yesCarriesOn('mode', "Did the doors lock, the driver's door unlock and the hatch release?", {
			to: 'restart'
		})
	],
	perKey: [
		{
			id: 'hold-buttons',
			kind: 'action',
			title: 'Press and hold LOCK and UNLOCK together on this remote for about 15 seconds',
			carConfirms: firebirdSign
		},
		confirmKey('Did the car answer the same way?', firebirdSign)
	],
	finish: [{ id: 'fuse-in', kind: 'action', title: 'Put the RADIO fuse back' }, testAll],
	confidence: 'M',
	sources: FB
});

// ── GM full-size trucks (GMT800): door switch + ignition ─────────────────

const TRUCK = src('gmtrucks-keyless-2000', 'dieselplace-2003', 'reference-gm-remote');
function truckProcedure(
	id: string,
	years: { from: number; to: number },
	extra: Partial<Procedure>
): Procedure {
	return {
		id,
		ref: 'P08',
		ifItFails: REMOTE_SHOP,
		title: `Program Silverado and Sierra remotes with the door switch (${years.from === years.to ? years.from : `${years.from}–${years.to}`})`,
		summary:
			'Hold the door unlock switch while turning the ignition ON and OFF twice, then hold both buttons on each remote.',
		programs: 'remote-learn',
		applies: {
			makes: ['Chevrolet', 'GMC'],
			models: [
				{ name: 'Silverado', make: 'Chevrolet', ...years },
				{ name: 'Sierra', make: 'GMC', ...years }
			],
			answers: KEY_START,
			exclusions: [
				fact(
					'Do not confuse this with the door-lock settings sequence in the truck manuals (turn-signal lever, key RUN/LOCK twice): that one changes auto-lock, not remotes.',
					'M',
					'gm-silverado-2002-owners-door-locks',
					'gm-sierra-2004-owners-door-locks'
				),
				fact(
					'Not for the older-body trucks (GMT400) still sold in 1999 and 2000: an owner quotes a different method for them, through the diagnostic socket.',
					'S',
					'gmtrucks-keyless-2000'
				)
			]
		},
		difficulty: 'moderate',
		maxKeys: null,
		workingKeysNeeded: 0,
		prerequisites: [everyRemote(TRUCK, null, 'C')],
		warnings: [],
		setup: [
			{
				id: 'off',
				kind: 'action',
				title: 'Sit in the truck, doors closed, key in the ignition at OFF'
			},
			{
				id: 'hold-switch',
				kind: 'action',
				title: 'Press and hold UNLOCK on the door panel switch',
				detail: 'Keep holding it until the step that says release.',
				// No figure, so nothing counts; the window only says so on the next step.
				opens: [
					untimed({
						id: 'turns',
						from: 'the turns: one source says "in rapid succession", none gives a figure',
						startsOn: 'done',
						restartAt: 'hold-switch',
						confidence: 'C',
						sources: TRUCK
					})
				]
			},
			{
				id: 'on-off',
				kind: 'repeat',
				times: 2,
				unit: 'turn ON then OFF',
				title: 'Turn the ignition ON, OFF, ON, OFF',
				detail: 'The sources give no time limit; one says "in rapid succession", so be quick.',
				within: ['turns'],
				closes: ['turns']
			},
			{
				id: 'release',
				kind: 'action',
				title: 'Release the unlock switch',
				carConfirms: 'The locks lock and unlock once.'
			},
			yesCarriesOn('mode', 'Did the locks lock and unlock?', { to: 'step', step: 'hold-switch' })
		],
		perKey: [
			{
				id: 'hold-buttons',
				kind: 'action',
				title: 'Press and hold LOCK and UNLOCK together on this remote until the locks cycle',
				detail: 'About 15 seconds; one source says it can take 30.',
				carConfirms: 'The locks lock and unlock once.'
			},
			confirmKey('Did the locks lock and unlock?', 'That means this remote is programmed.')
		],
		finish: [{ id: 'exit', kind: 'action', title: 'Turn the ignition ON to finish' }, testAll],
		confidence: 'C',
		sources: TRUCK,
		...extra
	};
}

// Only the 2000 procedure is quoted (1999 trucks include the older GMT400 body; 2001–2002 are not quoted).
const truck2000 = truckProcedure(
	'gm-truck-door-switch-1999-2002',
	{ from: 2000, to: 2000 },
	{
		confidenceNote: 'Owner forums quoting the procedure for a 2000 Sierra; no GM document seen.'
	}
);
const truck2003 = truckProcedure(
	'gm-truck-door-switch-2003-2006',
	{ from: 2003, to: 2006 },
	{
		confidence: 'U',
		confidenceNote:
			"Sources disagree for 2003 and later: one owner needed the dealer's Tech 2 tool, another says the door-switch method works on his 2003 truck, and a 2003 GM owner's text says the dealer matches remotes.",
		sources: src(...TRUCK, 'gm-blazer-2003-owners'),
		warnings: [
			fact(
				"On some 2003 and later trucks this does nothing: then only the dealer's tool can program remotes.",
				'U',
				'gmtrucks-keyless-2000',
				'dieselplace-2003',
				'gm-blazer-2003-owners'
			)
		]
	}
);

// ── Corvette C5: display menu "FOB TRAINING" ─────────────────────────────

const C5 = src('corvetteforum-fob-reprogram', 'corvetteforum-dead-battery');
const C5_CANCEL = src('gm-corvette-2002-sm-cancel');
function c5Steps(serviceManual: boolean): Pick<Procedure, 'setup' | 'perKey' | 'finish'> {
	const trainingWindow = (first: boolean) => ({
		id: first ? 'training' : 'training-next',
		maxSeconds: 120,
		from: first ? 'the start of fob training' : 'the last remote learned',
		startsOn: 'done' as const,
		missed:
			'Two minutes passed with no remote learned, so the car left fob training. Start again from the display menu.',
		restartAt: 'on',
		confidence: 'C' as const,
		sources: C5
	});
	return {
		setup: [
			{ id: 'on', kind: 'action', title: 'Turn the ignition ON (do not start the engine)' },
			...(serviceManual
				? [
						{ id: 'radio-off', kind: 'action' as const, title: 'Turn the radio off' },
						{
							id: 'reset-hold',
							kind: 'action' as const,
							title: 'Press and hold RESET for 3 seconds'
						},
						{
							id: 'options',
							kind: 'action' as const,
							title: 'Press OPTIONS until the display shows FOB TRAINING'
						}
					]
				: [
						{
							id: 'clear',
							kind: 'action' as const,
							title: 'Press RESET to clear any messages on the display'
						},
						{
							id: 'options',
							kind: 'action' as const,
							title: 'Press OPTIONS until the display page is blank, then hold RESET for 2 seconds'
						}
					]),
			{
				id: 'training',
				kind: 'action',
				title: 'When FOB TRAINING shows, press RESET once',
				carConfirms: 'The display asks you to hold lock and unlock on the first remote.',
				opens: [trainingWindow(true)]
			}
		],
		perKey: [
			{
				id: 'hold-buttons',
				kind: 'action',
				title: 'Press and hold LOCK and UNLOCK together on this remote for about 15 seconds',
				detail: 'The car waits up to two minutes for each remote.',
				within: ['training', 'training-next'],
				closes: ['training'],
				opens: [trainingWindow(false)],
				carConfirms: 'The display shows FOB LEARNED and asks for the next remote.'
			},
			confirmKey('Did the display show FOB LEARNED?', 'The car holds three remotes at most.')
		],
		finish: [
			{
				id: 'key-out',
				kind: 'action',
				title: serviceManual
					? 'Press OPTIONS to leave, then turn the ignition off'
					: 'Take the key out to finish'
			},
			testAll
		]
	};
}

const c5Warnings: readonly SourcedText[] = [
	fact(
		'If you stop with fewer than three remotes learned, the car keeps only the ones just learned. If you stop before learning any, the old ones keep working.',
		'M',
		...C5_CANCEL
	),
	fact(
		"One copy of the owner's manual says to hold the buttons 5 seconds, not 15; hold until the display confirms.",
		'U',
		'corvetteforum-5-seconds'
	)
];

const corvetteMain = procedure({
	id: 'gm-corvette-fob-training',
	ref: 'P09',
	ifItFails: REMOTE_SHOP,
	title: 'Program Corvette remotes from the display menu (FOB TRAINING)',
	summary:
		"The Corvette's display leads you: pick FOB TRAINING, then hold both buttons on each remote.",
	programs: 'remote-learn',
	makes: ['Chevrolet'],
	models: [{ name: 'Corvette (C5)', from: 1997, to: 2004 }],
	difficulty: 'easy',
	...keyLimit(3, 'remotes', C5, 'C'),
	prerequisites: [everyRemote(C5, 3, 'C')],
	warnings: c5Warnings,
	...c5Steps(false),
	confidence: 'C',
	confidenceNote:
		"Owner's-manual text quoted on owner forums; GM's service manual confirms what happens when the training is stopped. Try the resynchronisation first: it is quicker.",
	sources: src(...C5, ...C5_CANCEL)
});

const corvette: Procedure = withVariants(corvetteMain, [
	{
		id: 'gm-corvette-fob-training-service',
		title: "The service manual's way into FOB TRAINING",
		summary: 'Radio off, hold RESET 3 seconds, then OPTIONS until FOB TRAINING appears.',
		differs:
			'The service manual reaches FOB TRAINING with the radio off, RESET held 3 seconds and the OPTIONS button.',
		...c5Steps(true),
		confidence: 'C',
		sources: src('corvetteforum-service-manual', ...C5_CANCEL)
	}
]);

// ── GM rolling-code resynchronisation ─────────────────────────────────────

const SYNC = src('gm-grand-prix-2001-sm-sync', 'corvetteforum-fob-reprogram');
const gmResync = procedure({
	id: 'gm-remote-resync',
	ref: 'P10',
	ifItFails: REMOTE_SHOP,
	title: 'Resynchronise a GM remote (hold both buttons 7 seconds)',
	summary:
		'For a remote the car already knows that stopped working after a battery change or a flat car battery.',
	programs: 'remote-resync',
	makes: ['Pontiac', 'Chevrolet', 'Saturn'],
	models: [
		{ name: 'Grand Prix', make: 'Pontiac', from: 2001, to: 2001 },
		// The owner's manual as quoted in an owner forum (as for the FOB TRAINING procedure).
		{
			name: 'Corvette (C5)',
			make: 'Chevrolet',
			from: 1997,
			to: 2004,
			confidence: 'S',
			sources: src('corvetteforum-fob-reprogram')
		},
		// One answers.com report; the years are those of the S-series.
		{
			name: 'SL2',
			make: 'Saturn',
			from: 1991,
			to: 1999,
			confidence: 'S',
			sources: src('answers-saturn-sl2')
		}
	],
	// It puts back in step a remote the car knows; a new remote needs the programming.
	answers: { [Q_KEY_ORIGIN]: ['worked-before'] },
	difficulty: 'easy',
	prerequisites: [
		fact(
			'A remote the car already knows. If this does not help, use the full programming for your model.',
			'S',
			...SYNC
		)
	],
	warnings: [],
	setup: [
		{
			id: 'near',
			kind: 'instruction',
			title: 'Stand within 1.5 metres (5 feet) of the car',
			sources: src('gm-grand-prix-2001-sm-sync')
		}
	],
	perKey: [
		{
			id: 'hold-buttons',
			kind: 'action',
			title: 'Press and hold LOCK and UNLOCK together for 7 seconds',
			holdSeconds: { min: 7 },
			carConfirms: 'The horn chirps.'
		},
		confirmKey('Did the horn chirp?', 'A chirp means this remote is back in step with the car.')
	],
	finish: [testAll],
	confidence: 'M',
	confidenceNote:
		"GM service manual (Grand Prix) and the Corvette owner's manual; one owner reports it on a Saturn SL2.",
	sources: src(...SYNC, 'answers-saturn-sl2')
});

// ── Saturn S-series: diagnostic socket jumper ─────────────────────────────

const SAT = src('saturn-sw2-1996-sm', 'saturn-1997-tsb');
const SATURN_EARLY = { confidence: 'S', sources: src('saturnfans-dealer') } as const;
const saturn = procedure({
	id: 'saturn-s-series-socket-jumper',
	ref: 'P11',
	ifItFails: REMOTE_SHOP,
	title: 'Program Saturn S-series remotes with a wire in the diagnostic socket',
	summary:
		'A short wire between two pins of the diagnostic socket puts the car in programming mode; then each remote is held until the locks cycle.',
	programs: 'remote-learn',
	makes: ['Saturn'],
	// Saturn's texts are for 1996 and 1997 cars (and a locksmith guide 1996-1999); the earlier
	// S-series years rest on one owner forum ("S series built before 2000").
	models: [
		...['SL', 'SL1', 'SL2', 'SC'].flatMap((name) => [
			{ name, from: 1996, to: 1999 },
			{ name, from: 1991, to: 1995, ...SATURN_EARLY }
		]),
		{ name: 'SW', from: 1996, to: 1999 },
		{ name: 'SW', from: 1993, to: 1995, ...SATURN_EARLY }
	],
	exclusions: [
		fact(
			'Not for the 2000–2002 S-series, L, ION or VUE: their remotes are done by the dealer.',
			'S',
			'saturnfans-dealer'
		)
	],
	difficulty: 'hard',
	...keyLimit(4, 'remotes', SAT),
	prerequisites: [
		everyRemote(SAT, 4),
		fact(
			"A short piece of insulated wire with bare ends that fit the socket's pins (a paper-clip wrapped in tape works).",
			'M',
			...SAT
		)
	],
	warnings: [
		erasesOthers(SAT),
		fact(
			'Only pins 8 and 4. Never touch pin 16: it carries battery power.',
			'S',
			'sae-j1962-pinout',
			'saturn-sw2-1996-sm'
		),
		fact('If the wire falls out during the procedure, start again.', 'M', 'saturn-sw2-1996-sm')
	],
	setup: [
		{
			id: 'unplug',
			kind: 'action',
			title: 'Unplug any adapter from the diagnostic socket',
			detail:
				'The socket is in the lower trim to the left, under the steering column. FobSync cannot read the car while the wire is in.',
			sources: src('saturn-sw2-1996-sm')
		},
		{ id: 'key-off', kind: 'action', title: 'Put the key in the ignition at OFF' },
		{
			id: 'jumper',
			kind: 'action',
			title: 'Connect pin 8 to pin 4 of the socket with the wire',
			detail: 'Pin 4 is ground. The pins are numbered on the socket; 1 to 8 on the top row.',
			carConfirms: 'The locks lock and unlock once and the boot lid or tailgate unlatches.',
			opens: [
				untimed({
					id: 'first-remote',
					from: 'the car entering programming mode',
					startsOn: 'done',
					restartAt: 'jumper',
					confidence: 'M',
					sources: SAT
				})
			]
		},
		yesCarriesOn('mode', 'Did the locks cycle and the lid unlatch?', {
			to: 'step',
			step: 'jumper'
		})
	],
	perKey: [
		{
			id: 'horn',
			kind: 'instruction',
			title: 'Choose the horn chirp for this remote',
			detail:
				'Leave the ignition OFF if you want the horn to chirp when this remote locks; turn it to RUN if not.'
		},
		{
			id: 'hold-buttons',
			kind: 'action',
			title: 'Hold LOCK and UNLOCK together on this remote until the locks cycle',
			detail:
				'About 8 seconds; a Saturn bulletin says up to 15. The source gives no time limit for the first remote; each next remote within one minute of the last.',
			within: ['first-remote', 'next-remote'],
			closes: ['first-remote'],
			opens: [
				{
					id: 'next-remote',
					maxSeconds: 60,
					from: 'the last remote programmed',
					startsOn: 'done',
					missed:
						'More than one minute passed, so the car left programming mode. Take the wire out and start again.',
					restartAt: 'jumper',
					confidence: 'M',
					sources: SAT
				}
			],
			carConfirms: 'The locks cycle and the lid unlatches again.'
		},
		confirmKey('Did the locks cycle again?', 'That means this remote is programmed.')
	],
	finish: [
		{ id: 'jumper-out', kind: 'action', title: 'Take the wire out of the socket' },
		testAll,
		{ id: 'lid', kind: 'action', title: 'Close the boot lid or tailgate' }
	],
	confidence: 'M',
	sources: src(...SAT, 'sae-j1962-pinout')
});

// ── Pontiac GTO 2004: the 30-minute method without a tool ────────────────

const GTO = src('gm-gto-2004-sm');
function gtoCycle(n: 1 | 2 | 3): Step[] {
	const chirps = ['once', 'twice', 'three times'][n - 1];
	const steps: Step[] = [
		{
			id: `wait-${n}`,
			kind: 'wait',
			seconds: 600,
			title: 'Wait 10 minutes with the ignition ON',
			detail: 'Do not start the engine. The car counts the time; keep the phone nearby.'
		},
		{
			id: `chirp-${n}`,
			kind: 'question',
			title: `Did the horn chirp ${chirps}?`,
			opens:
				n < 3
					? [
							{
								id: `after-chirp-${n}`,
								maxSeconds: 300,
								from: 'the horn chirp',
								startsOn: 'done',
								missed:
									'More than 5 minutes passed after the chirp. Start again from the beginning.',
								restartAt: 'on',
								confidence: 'M',
								sources: GTO
							}
						]
					: [],
			answers: [
				{ label: 'Yes', outcome: { to: 'next' } },
				{ label: 'No', outcome: { to: 'step', step: 'on' } }
			]
		}
	];
	if (n < 3)
		steps.push(
			{
				id: `off-${n}`,
				kind: 'action',
				title: 'Turn the ignition OFF',
				detail: 'Within 5 minutes of the chirp.',
				within: [`after-chirp-${n}`],
				closes: [`after-chirp-${n}`],
				opens: [
					{
						id: `back-on-${n}`,
						maxSeconds: 5,
						from: 'turning the ignition off',
						startsOn: 'done',
						missed:
							'More than 5 seconds passed before the ignition went back ON. Start again from the beginning.',
						restartAt: 'on',
						confidence: 'M',
						sources: GTO
					}
				]
			},
			{
				id: `on-${n}`,
				kind: 'action',
				title: 'Turn it back ON within 5 seconds',
				within: [`back-on-${n}`],
				closes: [`back-on-${n}`]
			}
		);
	return steps;
}

const gto = procedure({
	id: 'gm-gto-30-minutes',
	ref: 'P12',
	ifItFails: REMOTE_SHOP,
	title: 'GTO remote programming without the dealer tool (30 minutes)',
	summary:
		'Three 10-minute waits with the ignition on, turned off and on between them; the horn counts the stages. Clears the security light too.',
	programs: 'remote-learn',
	makes: ['Pontiac'],
	models: [{ name: 'GTO', from: 2004, to: 2004 }],
	difficulty: 'hard',
	prerequisites: [
		fact(
			'About 35 minutes with the ignition on: a healthy car battery (charge it first if it is weak).',
			'M',
			...GTO
		)
	],
	warnings: [
		fact(
			'Do not start the engine until the last step. The service manual also has a separate resynchronising procedure for a new fob battery, whose steps are not in any copy found.',
			'M',
			...GTO
		)
	],
	setup: [
		BATTERY_CHECK,
		{
			id: 'on',
			kind: 'action',
			title: 'Turn the ignition ON (engine off)',
			observe: { signal: 'ignition', expect: 'on' }
		},
		...gtoCycle(1),
		...gtoCycle(2),
		...gtoCycle(3),
		{
			id: 'light',
			kind: 'action',
			title: 'Check that the security light stopped flashing, then try to start the engine'
		},
		{ id: 'off-final', kind: 'action', title: 'Turn the ignition OFF and take the key out' }
	],
	perKey: [
		{
			id: 'test-remote',
			kind: 'action',
			title: 'From about 3 metres (10 feet) away, lock and unlock with this remote'
		},
		confirmKey(
			'Did the car lock and unlock?',
			"If not, a shop with GM's tool and your security information card can program it."
		)
	],
	finish: [{ id: 'done', kind: 'instruction', title: 'All done' }],
	confidence: 'M',
	sources: GTO
});

// ── PASS-Key III+ (2007 Saturn Aura): add a key with one working key ─────

const AURA = src('saturn-aura-2007-owners');
const passKey3Plus = procedure({
	id: 'gm-pass-key-3-plus-add-key',
	ref: 'P13',
	ifItFails: [NO_KEY_SHOP],
	title: 'Add an Aura key with one working key',
	summary:
		'Start the engine with a working key, switch off, and put the new key in within 5 seconds.',
	programs: 'immobiliser-key',
	makes: ['Saturn'],
	models: [{ name: 'Aura', from: 2007, to: 2007 }],
	answers: { [Q_WORKING_KEYS]: ['1', '2+'] },
	exclusions: [
		fact('Not for cars first sold in Canada.', 'M', ...AURA),
		fact(
			'Not when no key starts the car any more: that needs a dealer or a locksmith.',
			'M',
			...AURA
		)
	],
	difficulty: 'easy',
	...keyLimit(10, 'keys', AURA),
	workingKeysNeeded: 1,
	prerequisites: [
		fact(
			"The new key must carry the stamp your owner's manual shows for this system, and be cut for this car.",
			'M',
			...AURA
		)
	],
	warnings: [
		fact(
			'Do not use this method on a car first sold in Canada: the owner’s manual says it does not apply there.',
			'M',
			...AURA
		),
		fact(
			'Do not try it to replace lost keys: it only adds a key while a working one is here. With every key lost, a dealer or a locksmith has to program the car.',
			'M',
			...AURA
		)
	],
	setup: [
		yesCarriesOn(
			'have-key',
			'Is a key that already starts this car here with you?',
			{ to: 'shop', shopPath: NO_KEY_SHOP },
			{
				detail:
					'This method needs one working key. Without one, a dealer or a locksmith has to add keys.'
			}
		)
	],
	perKey: [
		{
			id: 'start',
			kind: 'action',
			title: 'Start the engine with the working key',
			observe: { signal: 'ignition', expect: 'on' }
		},
		{
			id: 'off',
			kind: 'action',
			title: 'Turn it OFF and take the key out',
			opens: [
				{
					id: 'new-key',
					maxSeconds: 5,
					from: 'turning the working key OFF',
					startsOn: 'done',
					missed: 'More than 5 seconds passed. Start again with the working key.',
					restartAt: 'start',
					confidence: 'M',
					sources: AURA
				}
			]
		},
		{
			id: 'new-on',
			kind: 'action',
			title: 'Within 5 seconds: insert the new key and turn it to ON',
			within: ['new-key'],
			closes: ['new-key'],
			carConfirms: 'The security light goes off once the key is learned.'
		},
		confirmKey(
			'Did the security light go off?',
			'Then the new key is learned. Start the engine with it to check.'
		)
	],
	finish: [{ id: 'check', kind: 'instruction', title: 'Start the car once with every key' }],
	confidence: 'M',
	sources: AURA
});

// ── Passlock / PASS-Key III: the 30-minute relearn ───────────────────────

const RELEARN = src('buick-century-2003-sm-relearn', 'olds-aurora-2002-sm-relearn');
function relearnCycle(n: 1 | 2 | 3): Step[] {
	return [
		{
			id: `wait-${n}`,
			kind: 'wait',
			seconds: 600,
			title: `Wait about 10 minutes with the key at ON (${n} of 3)`,
			detail: 'Engine off. Watch the SECURITY light: it goes out after about 10 minutes.'
		},
		yesCarriesOn(
			`light-${n}`,
			'Has the SECURITY light gone out?',
			{ to: 'step', step: `wait-${n}` },
			{ noLabel: 'Not yet' }
		),
		{ id: `off-${n}`, kind: 'action', title: 'Turn the key to OFF' },
		{ id: `pause-${n}`, kind: 'wait', seconds: 5, title: 'Wait 5 seconds' },
		...(n < 3
			? [{ id: `on-${n}`, kind: 'action' as const, title: 'Turn the key back to ON (engine off)' }]
			: [])
	];
}

const relearn30 = procedure({
	id: 'gm-passlock-30-minute-relearn',
	ref: 'P14',
	ifItFails: [NO_KEY_SHOP],
	title: 'GM 30-minute key relearn (Passlock / PASS-Key III)',
	summary:
		'Three 10-minute waits with the key at ON teach the car the key in the ignition, for example after a new ignition key. No working key is needed.',
	programs: 'immobiliser-key',
	makes: ['Buick', 'Oldsmobile'],
	models: [
		{ name: 'Century (3.1L)', make: 'Buick', from: 2003, to: 2003 },
		{ name: 'Aurora', make: 'Oldsmobile', from: 2002, to: 2002 }
	],
	exclusions: [
		fact(
			'Aurora: not for cars with the factory immobiliser option or the Canadian export equipment.',
			'M',
			'olds-aurora-2002-sm-relearn'
		)
	],
	difficulty: 'hard',
	prerequisites: [
		fact(
			"A key cut for this car's ignition, and a healthy car battery: the ignition stays on for about 30 minutes.",
			'M',
			...RELEARN
		)
	],
	warnings: [
		fact(
			'The car learns the key when you next go from OFF to starting: turn to OFF before you start.',
			'M',
			...RELEARN
		),
		fact(
			'A warning code may stay stored afterwards; it clears itself after about 100 drives, or a shop can clear it. The guide does not clear codes; FobSync’s expert console can, after you confirm.',
			'M',
			'buick-century-2003-sm-relearn'
		)
	],
	setup: [BATTERY_CHECK],
	perKey: [
		{
			id: 'on',
			kind: 'action',
			title: 'Insert the key and turn it to ON, engine off',
			detail: 'On the Century: try to start (it will not), then let the key return to ON.',
			observe: { signal: 'ignition', expect: 'on' }
		},
		...relearnCycle(1),
		...relearnCycle(2),
		...relearnCycle(3),
		{ id: 'start', kind: 'action', title: 'Now start the engine' },
		confirmKey('Did the engine start?', 'Then the car has learned this key.')
	],
	finish: [{ id: 'done', kind: 'instruction', title: 'All done' }],
	confidence: 'M',
	sources: RELEARN
});

// ── GM keyless access (push-button) with one recognised fob ──────────────

const KA = src('buick-keyless-access-owners', 'tahoe-2015-owners');
const keylessAccess = procedure({
	id: 'gm-keyless-access-add-fob',
	ref: 'P39',
	ifItFails: [NO_KEY_SHOP],
	title: 'Add a fob to a GM push-button car with a fob that already works',
	summary:
		"Turn the new fob's key blade in the driver's door lock five times, then put the fob in its pocket and press the start button.",
	programs: 'proximity-key',
	makes: ['Buick', 'Chevrolet'],
	models: [
		// The 2015 Tahoe/Suburban manual has this heading and step 1 only; the later steps come
		// from the Buick text. The steps' fit to these models is not shown by any source, so the
		// models are marked as weakly as the Buick text they rest on.
		{
			name: 'Tahoe',
			make: 'Chevrolet',
			from: 2015,
			to: 2015,
			confidence: 'U',
			sources: src('tahoe-2015-owners', 'buick-keyless-access-owners')
		},
		{
			name: 'Suburban',
			make: 'Chevrolet',
			from: 2015,
			to: 2015,
			confidence: 'U',
			sources: src('tahoe-2015-owners', 'buick-keyless-access-owners')
		},
		// The 2015 Malibu manual has the same heading and ends it with a 12-second hold; its
		// other steps were not read, so the model is marked as weakly as the Tahoe's.
		{
			name: 'Malibu',
			make: 'Chevrolet',
			from: 2015,
			to: 2015,
			confidence: 'U',
			sources: src('malibu-2015-owners', 'buick-keyless-access-owners')
		},
		// The Buick text shows neither model nor year: 2013-2015 is the era, not a source's figure.
		{
			name: 'Buick with keyless access',
			make: 'Buick',
			from: 2013,
			to: 2015,
			confidence: 'U',
			sources: src('buick-keyless-access-owners')
		}
	],
	answers: { [Q_PUSH_BUTTON]: ['yes'], [Q_WORKING_KEYS]: ['1', '2+'] },
	exclusions: [
		fact(
			'Without any working fob, GM uses a longer service procedure that is not included here: see a dealer or a locksmith.',
			'M',
			...KA
		)
	],
	difficulty: 'moderate',
	...keyLimit(8, 'fobs', src('tahoe-2015-owners')),
	workingKeysNeeded: 1,
	prerequisites: [
		fact(
			'The car switched off, and every fob with you, the working ones and the new ones.',
			'M',
			...KA
		)
	],
	warnings: [],
	setup: [
		yesCarriesOn(
			'have-fob',
			'Is a fob (transmitter) that already works with this car here with you?',
			{ to: 'shop', shopPath: NO_KEY_SHOP },
			{
				detail:
					'This method needs one working fob. Without one, a dealer or a locksmith has to do it.'
			}
		),
		{ id: 'near', kind: 'instruction', title: 'Keep the working fob(s) near you, car off' },
		getReady(
			'door-turns-ready',
			{
				hand: "The new fob's key blade in the driver's door lock (outside the car)",
				start: 'turning',
				next: 'turn the blade to unlock 5 times within 10 seconds.'
			},
			{
				id: 'door-turns',
				maxSeconds: 10,
				from: 'when you tapped Go, just before your first turn of the key',
				missed:
					'More than 10 seconds passed between Go and the fifth turn. Try again a little faster.',
				restartAt: 'door-turns-ready',
				confidence: 'M',
				sources: KA
			}
		),
		{
			id: 'door-turns',
			kind: 'repeat',
			times: 5,
			unit: 'turn to unlock',
			title:
				"With the new fob's key blade in the driver's door lock, turn it to unlock 5 times within 10 seconds",
			detail: "The lock is on the outside of the driver's door.",
			within: ['door-turns'],
			closes: ['door-turns'],
			carConfirms: 'The display shows READY FOR REMOTE with a number.'
		},
		yesCarriesOn('ready', 'Does the display show READY FOR REMOTE?', { to: 'restart' })
	],
	perKey: [
		{
			id: 'pocket',
			kind: 'action',
			title: 'Put the new fob in the transmitter pocket, buttons up',
			detail:
				"Where the pocket is depends on the model (in one Buick, under the liner of the centre-console cupholder). Your owner's manual shows it."
		},
		{
			id: 'start-button',
			kind: 'action',
			title: 'Press the start (ignition) button',
			carConfirms: 'The display says it is ready for the next fob.'
		},
		{
			id: 'take-out',
			kind: 'action',
			title: 'Take the fob out of the pocket and press the button your manual shows for this step',
			detail: 'The copy of the manual we read shows that button only as a picture.'
		},
		confirmKey('Did the display say it is ready for the next fob?', 'Then this fob is learned.')
	],
	finish: [
		{
			id: 'exit',
			kind: 'action',
			title: 'Press and hold the start button for 12 seconds to finish',
			detail:
				'The 2015 Malibu manual says 12 seconds and the Buick manual at least 10: holding 12 seconds fits both.',
			holdSeconds: { min: 12 },
			sources: src('malibu-2015-owners', 'buick-keyless-access-owners')
		},
		testAll
	],
	confidence: 'M',
	confidenceNote:
		"GM owner's-manual text. Which models carry it is confirmed only for the 2015 Tahoe and Suburban (heading only) and one Buick manual; one button in the text is shown only as a picture.",
	sources: KA
});

// ── Shop paths ───────────────────────────────────────────────────────────

const gmNoKeys = shopPath({
	id: 'gm-no-working-key-shop',
	title: 'No working key or fob: a GM dealer or an auto locksmith has to add one',
	makes: GM_MAKES,
	answers: { [Q_WORKING_KEYS]: ['0'] },
	why: fact(
		"GM's owner methods for keys and push-button fobs need one key or fob that already works. Without one, keys are taught with a dealer or locksmith tool.",
		'M',
		'saturn-aura-2007-owners',
		'buick-keyless-access-owners'
	),
	shops: ['dealer', 'auto-locksmith'],
	askFor:
		'A new key (or fob) cut and programmed to the anti-theft system, with all your other keys programmed in the same visit.',
	involves: [
		fact(
			'The shop cuts the key and programs every key with a tool. The sources give no price; ask for a quote first.',
			'M',
			'saturn-aura-2007-owners'
		)
	],
	confidence: 'M'
});

// The 2015 Malibu manual's method without a working fob is cut after its third step (P42):
// not guided; the owner is told what the manual holds and why a shop is the safe route.
const MALIBU = src('malibu-2015-owners');
const malibuNoFob = shopPath({
	id: 'gm-malibu-2015-no-fob-shop',
	title: 'A 2015 Malibu with push-button start and no working fob: a dealer or a locksmith',
	makes: ['Chevrolet'],
	models: [{ name: 'Malibu', make: 'Chevrolet', from: 2015, to: 2015 }],
	answers: { [Q_PUSH_BUTTON]: ['yes'], [Q_WORKING_KEYS]: ['0'] },
	why: fact(
		"The 2015 Malibu owner's manual has a method for when no fob works: about 30 minutes of door-lock turns and waits, and it erases every fob the car knew. Its last steps were not available, so FobSync does not guide it.",
		'M',
		...MALIBU
	),
	shops: ['dealer', 'auto-locksmith'],
	askFor:
		'Programming every push-button fob you keep to the car, in one visit (the car forgets the fobs not programmed).',
	involves: [
		fact("The manual's own method is not available in Canada.", 'M', ...MALIBU),
		fact(
			'A later GM service text says the car does not leave learn mode until at least a second fob is learned, and that fobs already learned must be kept away from the car: have two fobs with you.',
			'U',
			'gm-replacing-transmitters-without-sps'
		)
	],
	confidence: 'M'
});

const gmOther = shopPath({
	id: 'gm-other-shop',
	title: 'GM remotes: a dealer or a locksmith with the tool',
	makes: GM_MAKES,
	// Offered when a home procedure did not work, and for any GM no procedure covers.
	onlyAfterFailure: true,
	anyCarOfMake: true,
	why: fact(
		"Many GM cars from 2003 on have remotes matched by the dealer with GM's tool; the Saturn L, ION, VUE and 2000–2002 S-series are done by the dealer too. FobSync offers only the methods a source confirms for a model.",
		'C',
		'gm-blazer-2003-owners',
		'saturnfans-dealer',
		'gmtrucks-keyless-2000'
	),
	shops: ['dealer', 'auto-locksmith', 'independent-specialist'],
	askFor: "Programming every remote to the car with GM's tool (Tech 2 or its successor).",
	involves: [
		fact(
			'Usually a short job with the tool. On a 2004 GTO the shop also needs the security code from your "Important Security Information" card. The sources give no price.',
			'M',
			'gm-gto-2004-sm',
			'gm-blazer-2003-owners'
		)
	],
	confidence: 'C',
	sources: src('gm-blazer-2003-owners', 'saturnfans-dealer', 'gm-gto-2004-sm')
});

/** Chevrolet, Pontiac, Oldsmobile, Buick, GMC, Cadillac and Saturn. */
export const gmModule: CatalogueModule = {
	sources: GM_SOURCES,
	procedures: [
		doorSwitch,
		fuseGrandPrix,
		fuseVans,
		firebird,
		truck2000,
		truck2003,
		corvette,
		gmResync,
		saturn,
		gto,
		passKey3Plus,
		relearn30,
		keylessAccess
	],
	shopPaths: [malibuNoFob, gmNoKeys, gmOther]
};
