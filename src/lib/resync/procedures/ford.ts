/**
 * Ford, Lincoln and Mercury (and the Ford-built Mazda B-Series): remote
 * programming by key turns, the European "four turns" learn mode, and adding a
 * coded (PATS) key with two working keys, keyed by model year.
 * What each entry relies on, and what was left out, is in docs/procedures.md.
 */
import type {
	CatalogueModule,
	Exclusion,
	KeySessionFacts,
	Procedure,
	SourcedText,
	Step
} from '../types';
import {
	atMost,
	Q_FORD_MARKET,
	Q_PUSH_BUTTON,
	Q_WORKING_KEYS,
	erasesOthers,
	everyRemote,
	notPushButton,
	keyLimit
} from './common';
import { FORD_SOURCES, src, fact } from './ford-sources';
import { turnsSteps, turnsVariant, type TurnsSpec } from './ford-turns';
import { pats2000, pats2003, pats2008 } from './ford-pats';
import { shopPath } from './shop-path';
import { procedure } from './procedure';
import { withVariants } from '../engine-definition';

const FORD_MANUAL = src('ford-2003-owners-manual-rke');
const FORD_WORKSHOP = src('ford-2005-f350-workshop-rke', 'ford-workshop-rke-exit');
const NA_ONLY = { [Q_FORD_MARKET]: ['north-america'], [Q_PUSH_BUTTON]: ['no'] };

const unlockFirst: Step = {
	id: 'unlock',
	kind: 'action',
	title: 'Unlock all doors with the door lock switch inside the car',
	detail:
		"Use the switch on the door panel, not the remote. Sit in the driver's seat with every remote.",
	sources: src('ford-2003-owners-manual-rke', 'ford-2005-f350-workshop-rke')
};

const eightTurns: TurnsSpec = {
	turns: 8,
	between: 'OFF (or LOCK) and ON (RUN)',
	endsIn: 'ON (RUN)',
	turnsSeconds: 10,
	turnsSources: src(...FORD_MANUAL, 'ford-2005-f350-workshop-rke'),
	turnsConfidence: 'M',
	modeSign: 'The locks lock and unlock: the car is ready to learn remotes.',
	pressSeconds: 20,
	pressSources: src(...FORD_MANUAL, ...FORD_WORKSHOP),
	pressConfidence: 'M',
	press: 'Press any button on this remote',
	remoteSign: 'The locks lock and unlock once.',
	before: [unlockFirst],
	exitTitle: 'Turn the key to OFF (or LOCK)',
	exitDetail:
		'Or wait 20 seconds without pressing anything: the car then leaves programming mode by itself.',
	exitSign: 'The locks lock and unlock again.',
	exitSources: src(...FORD_MANUAL, 'ford-workshop-rke-exit'),
	testDetail:
		'Lock and unlock with each remote. If one does not respond, wait a few seconds and press again.'
};

const fordExclusions: readonly Exclusion[] = [
	{
		...fact(
			'Not for the Transit Connect: it uses four turns ending in OFF.',
			'M',
			'ford-transit-connect-2011-sm'
		),
		cars: [{ make: 'Ford', model: 'Transit Connect' }]
	},
	{
		...fact(
			'Not for the 2000–2006 US Focus: owner guides say it uses four turns ending in OFF.',
			'S',
			'itstillruns-focus'
		),
		cars: [{ make: 'Ford', model: 'Focus', from: 2000, to: 2006 }]
	},
	fact(
		'Not for Fords first sold in Europe, which use a different learn mode.',
		'C',
		'ford-eu-forums-4-turns',
		'passionford-keys'
	),
	fact(
		'Not for the Town Car before 2004 or the Grand Marquis: they use four quick turns.',
		'M',
		'lincoln-town-car-2001-owners',
		'mercury-grand-marquis-2003-owners'
	),
	notPushButton(src('f150forum-intelligent-access'), 'S'),
	fact(
		'Keys with the remote built into the key head (one piece) learn their remote when the key is added with the coded-key method (for a new key), not with these turns.',
		'M',
		'ford-flex-2009-sm-pats'
	)
];

const fordPrereqs: readonly SourcedText[] = [
	everyRemote(src(...FORD_MANUAL, 'ford-tsb-97-24-13'), 4),
	fact('A key that turns the ignition of this car.', 'M', ...FORD_MANUAL)
];

const fordWarnings: readonly SourcedText[] = [
	fact('All remotes must be programmed in the same session.', 'M', 'ford-2005-f350-workshop-rke'),
	// Our reading of the manual's positions, not its words: a single source at most.
	fact(
		'Do not start the engine during the turns: ON (RUN) is the position before START.',
		'S',
		...FORD_MANUAL
	)
];

/** An owner guide's words for what the workshop rule means for a remote left out. */
const fordLeftOut: SourcedText = fact(
	'A remote you leave out of the session stops working.',
	'S',
	'itstillruns-ford-remote'
);

const fordSession: KeySessionFacts = {
	maxKeys: atMost(4, 'remotes', src(...FORD_MANUAL, 'ford-tsb-97-24-13')),
	leftOut: fordLeftOut
};

/** Models named only by one owner guide: the F-150 and Super Duty article, the Lincoln and Ranger page. */
const S_TRUCKS = { confidence: 'S', sources: src('fordtrucks-fob-article') } as const;
const S_TRUCKS_2007 = {
	confidence: 'S',
	sources: src('fordtrucks-fob-article', 'itstillruns-ford-remote')
} as const;
const S_LINCOLN_GUIDE = { confidence: 'S', sources: src('kiwiolsen-keyless-remote') } as const;

/** Where a home attempt on a Ford remote ends when it does not work. */
const REMOTE_SHOP = ['ford-other-shop'];

const eightTurnVariants = [
	turnsVariant(
		{
			id: 'ford-rke-8-turns-acc',
			title: 'Eight turns to ACC instead of ON',
			summary: 'The same steps, turning between OFF and ACC and ending in ACC.',
			differs:
				'A Ford bulletin for 1992–1998 cars allows turns from OFF to ACC, ending in ACC; try it if ON did not work.',
			confidence: 'M',
			confidenceNote: 'Manufacturer bulletin, written for 1992–1998 models.',
			sources: src('ford-tsb-97-24-13')
		},
		{
			...eightTurns,
			between: 'OFF and ACC',
			endsIn: 'ACC',
			turnsSources: src('ford-tsb-97-24-13'),
			pressSources: src(...FORD_MANUAL, ...FORD_WORKSHOP)
		}
	),
	turnsVariant(
		{
			id: 'ford-rke-8-turns-quick-press',
			title: 'Eight turns, first remote within 8 seconds',
			summary: 'The same steps, pressing the remote within 8 seconds as some guides say.',
			differs:
				'Two owner guides give 8 seconds, not 20, for the first remote: press it as fast as you can.',
			confidence: 'U',
			confidenceNote: 'Owner guides disagree with the Ford manual (8 seconds against 20).',
			sources: src('fordtrucks-fob-article')
		},
		{
			...eightTurns,
			pressSeconds: 8,
			pressSources: src('fordtrucks-fob-article'),
			pressConfidence: 'U'
		}
	),
	turnsVariant(
		{
			id: 'ford-rke-8-turns-brake',
			title: 'Eight turns with the brake pedal held down',
			summary: 'The same steps, with your foot on the brake pedal the whole time.',
			differs: 'One owner guide says to hold the brake pedal down throughout.',
			confidence: 'S',
			sources: src('itstillruns-ford-remote')
		},
		{
			...eightTurns,
			before: [
				unlockFirst,
				{
					id: 'brake',
					kind: 'action',
					title: 'Press the brake pedal and keep it down until the end',
					sources: src('itstillruns-ford-remote'),
					confidence: 'S'
				}
			]
		}
	),
	turnsVariant(
		{
			id: 'ford-rke-5-turns',
			title: 'Five turns within 10 seconds (some mid-1990s Fords)',
			summary: 'Five turns instead of eight, reported for some Fords of the mid-1990s.',
			differs: 'Owners of some mid-1990s Fords (a 1996 Explorer) report five turns, not eight.',
			confidence: 'U',
			confidenceNote: 'Owner reports; which models is not stated.',
			sources: src('carkb-explorer-1996', 'keyless-remotes-1995')
		},
		{
			...eightTurns,
			turns: 5,
			turnsSources: src('carkb-explorer-1996', 'keyless-remotes-1995'),
			turnsConfidence: 'U'
		}
	)
];

const rke8Main = procedure({
	id: 'ford-rke-8-turns',
	ref: 'P01',
	ifItFails: REMOTE_SHOP,
	title: 'Program Ford remotes with eight key turns',
	summary:
		'Teaches the car every remote you have, using only the ignition key: eight quick turns, then one press on each remote.',
	programs: 'remote-learn',
	makes: ['Ford', 'Lincoln', 'Mercury'],
	// Ford's own texts name the 2003 Escape and the 2005 F-350; every other model here rests on
	// one owner guide (marked S; the 2007 Focus, claimed by two methods, U).
	models: [
		{ name: 'F-150', make: 'Ford', from: 2004, to: 2014, ...S_TRUCKS_2007 },
		{ name: 'F-250 Super Duty', make: 'Ford', from: 2005, to: 2014, ...S_TRUCKS },
		{ name: 'F-350 Super Duty', make: 'Ford', from: 2005, to: 2005 },
		{ name: 'F-350 Super Duty', make: 'Ford', from: 2006, to: 2014, ...S_TRUCKS },
		{ name: 'F-450 Super Duty', make: 'Ford', from: 2005, to: 2014, ...S_TRUCKS },
		{ name: 'Ranger', make: 'Ford', from: 2006, to: 2006, ...S_LINCOLN_GUIDE },
		{ name: 'Escape', make: 'Ford', from: 2003, to: 2003 },
		{
			name: 'Focus',
			make: 'Ford',
			from: 2007,
			to: 2007,
			confidence: 'U',
			sources: src('itstillruns-focus')
		},
		{
			name: 'Focus',
			make: 'Ford',
			from: 2008,
			to: 2010,
			confidence: 'S',
			sources: src('itstillruns-focus')
		},
		{ name: 'Aviator', make: 'Lincoln', from: 2003, to: 2005, ...S_LINCOLN_GUIDE },
		{ name: 'Blackwood', make: 'Lincoln', from: 2002, to: 2002, ...S_LINCOLN_GUIDE },
		{ name: 'Continental', make: 'Lincoln', from: 2000, to: 2002, ...S_LINCOLN_GUIDE },
		{ name: 'Navigator', make: 'Lincoln', from: 2004, to: 2010, ...S_LINCOLN_GUIDE },
		{ name: 'Town Car', make: 'Lincoln', from: 2004, to: 2011, ...S_LINCOLN_GUIDE },
		// The 2000 Sable's own owner's manual gives the eight turns and both times.
		{ name: 'Sable', make: 'Mercury', from: 2000, to: 2000 }
	],
	answers: NA_ONLY,
	exclusions: fordExclusions,
	difficulty: 'moderate',
	maxKeys: 4,
	keySession: fordSession,
	prerequisites: fordPrereqs,
	warnings: fordWarnings,
	...turnsSteps(eightTurns),
	confidence: 'M',
	confidenceNote:
		"Ford owner's-manual and workshop text for the turns and times. Which models use it comes mostly from owner guides (Lincoln models, the 2006 Ranger, the F-150 and Super Duty years, the Focus): for those the guide says a single source supports it.",
	sources: src(
		...FORD_MANUAL,
		...FORD_WORKSHOP,
		'ford-escape-2003-owners',
		'mercury-sable-2000-owners',
		'kiwiolsen-keyless-remote',
		'fordtrucks-fob-article',
		'itstillruns-ford-remote',
		'itstillruns-focus'
	)
});
const rke8 = withVariants(rke8Main, eightTurnVariants);

const rke8Other: Procedure = withVariants(
	{
		...rke8Main,
		id: 'ford-rke-8-turns-other-models',
		title: 'Program Ford remotes with eight key turns (not confirmed for your model)',
		summary:
			"Ford printed this method in its owner's manuals of the early 2000s without naming one model; no source confirms it for your model, so it may not work.",
		applies: {
			makes: ['Ford'],
			years: { from: 1999, to: 2010 },
			answers: NA_ONLY,
			exclusions: fordExclusions
		},
		confidence: 'U',
		confidenceNote:
			"The steps are Ford's own, but no source names your model. A Ford bulletin shows that 1992–1998 models used three different methods, so this one is not universal.",
		sources: src(...FORD_MANUAL, ...FORD_WORKSHOP, 'ford-tsb-97-24-13')
	},
	eightTurnVariants.map((v) => ({ ...v, id: `${v.id}-other-models` }))
);

const fourTurnsPanther: TurnsSpec = {
	...eightTurns,
	turns: 4,
	between: 'OFF and ON',
	endsIn: 'ON',
	turnsSeconds: 3,
	turnsSources: src('lincoln-town-car-2001-owners', 'mercury-grand-marquis-2003-owners'),
	modeSign: 'The locks lock and unlock: the car is ready to learn remotes.',
	pressSeconds: null,
	pressSources: src('lincoln-town-car-2001-owners', 'mercury-grand-marquis-2003-owners'),
	press: 'Press any button on this remote',
	before: [],
	exitTitle: 'Turn the key to OFF',
	exitDetail: 'The manual ends the session by turning the key to OFF.',
	exitSign: undefined,
	exitSources: src('lincoln-town-car-2001-owners', 'mercury-grand-marquis-2003-owners')
};

const rkePanther = procedure({
	id: 'ford-rke-4-turns-town-car',
	ref: 'P01',
	ifItFails: REMOTE_SHOP,
	title: 'Program Town Car and Grand Marquis remotes with four quick turns',
	summary: 'Four quick key turns, then a press on each remote (up to four).',
	programs: 'remote-learn',
	makes: ['Lincoln', 'Mercury'],
	models: [
		{ name: 'Town Car', make: 'Lincoln', from: 2001, to: 2001 },
		{ name: 'Grand Marquis', make: 'Mercury', from: 2003, to: 2003 }
	],
	answers: { [Q_PUSH_BUTTON]: ['no'] },
	exclusions: [
		fact(
			'The Town Car from 2004 uses the eight-turn method instead. The Crown Victoria was not checked.',
			'S',
			'kiwiolsen-keyless-remote'
		)
	],
	difficulty: 'moderate',
	maxKeys: 4,
	keySession: {
		maxKeys: atMost(
			4,
			'remotes',
			src('lincoln-town-car-2001-owners', 'mercury-grand-marquis-2003-owners')
		)
	},
	prerequisites: [
		everyRemote(src('lincoln-town-car-2001-owners', 'mercury-grand-marquis-2003-owners'), 4)
	],
	warnings: [
		// The 3 seconds are the manual's; the advice to practise is ours (S at most).
		fact(
			'Four turns in 3 seconds is fast: practise the movement once with the key before you start.',
			'S',
			'lincoln-town-car-2001-owners'
		)
	],
	...turnsSteps(fourTurnsPanther),
	confidence: 'M',
	sources: src('lincoln-town-car-2001-owners', 'mercury-grand-marquis-2003-owners')
});

/** The Mazda text gives no time for the remotes: no countdown (Ford's 20 s is another car's figure). */
const bSeries: TurnsSpec = {
	...eightTurns,
	between: 'OFF and ON',
	endsIn: 'ON',
	turnsSources: src('mazda-b3000-2002-owners'),
	pressSeconds: null,
	pressSources: src('mazda-b3000-2002-owners'),
	pressConfidence: 'M',
	before: [],
	exitTitle: 'Turn the key to OFF',
	exitDetail: 'The Mazda handbook ends the session by turning the key to OFF.',
	exitSign: undefined,
	exitSources: src('mazda-b3000-2002-owners')
};

const rkeBSeries = procedure({
	id: 'mazda-b-series-8-turns',
	ref: 'P01',
	// The pickup is sold as a Mazda: its shop path is Mazda's.
	ifItFails: ['mazda-other-shop'],
	title: 'Program Mazda B-Series remotes with eight key turns',
	summary:
		"The Ford-built pickup uses Ford's method: eight quick turns, then a press on each remote.",
	programs: 'remote-learn',
	makes: ['Mazda'],
	models: [{ name: 'B-Series (B2300, B3000, B4000)', from: 2002, to: 2002 }],
	answers: { [Q_PUSH_BUTTON]: ['no'] },
	difficulty: 'moderate',
	...keyLimit(4, 'remotes', src('mazda-b3000-2002-owners', ...FORD_MANUAL)),
	prerequisites: [everyRemote(src('mazda-b3000-2002-owners', ...FORD_MANUAL), 4)],
	warnings: [
		fact(
			'The handbook says every step must be done within the times given.',
			'M',
			'mazda-b3000-2002-owners'
		)
	],
	...turnsSteps(bSeries),
	confidence: 'M',
	confidenceNote:
		"Mazda handbook text for the turns (8 within 10 seconds). The handbook gives no time for the remotes, so the guide shows no countdown there; Ford's 20 seconds for its own cars are not used.",
	sources: src('mazda-b3000-2002-owners', ...FORD_MANUAL)
});

const gemTransit: TurnsSpec = {
	...eightTurns,
	turns: 4,
	between: 'OFF and RUN',
	endsIn: 'OFF',
	turnsSeconds: 6,
	turnsSources: src('ford-transit-connect-2011-sm'),
	modeSign: 'A chime sounds from the instrument panel: the car is ready to learn remotes.',
	pressSeconds: 10,
	pressSources: src('ford-transit-connect-2011-sm'),
	remoteSign: 'A chime sounds for each remote.',
	before: [
		{
			id: 'doors',
			kind: 'action',
			title: 'Unlock and close both front doors, ignition OFF',
			sources: src('ford-transit-connect-2011-sm')
		}
	],
	exitTitle: 'Turn the key to RUN',
	exitDetail:
		'The mode also ends by itself 10 seconds after the last remote, or after the fourth remote. There is no chime when it ends.',
	exitSign: undefined,
	exitSources: src('ford-transit-connect-2011-sm'),
	testDetail:
		'Lock and unlock with each remote. If one does not respond, wait a few seconds and press again.'
};

const gemPrereqs = [everyRemote(src('ford-transit-connect-2011-sm'), 4)];
const gemWarnings = [erasesOthers(src('ford-transit-connect-2011-sm'))];
const gemSession: KeySessionFacts = {
	maxKeys: atMost(4, 'remotes', src('ford-transit-connect-2011-sm')),
	leftOut: gemWarnings[0]
};
/** The Focus rests on owner guides that name the Transit Connect method; its figures are that manual's. */
const focusSession: KeySessionFacts = {
	maxKeys: fact(
		'At most 4 remotes (the figure of the Transit Connect manual for the same method).',
		'S',
		'ford-transit-connect-2011-sm',
		'itstillruns-focus'
	),
	leftOut: gemWarnings[0]
};

const rkeTransit = procedure({
	id: 'ford-rke-4-turns-end-off',
	ref: 'P02',
	ifItFails: REMOTE_SHOP,
	title: 'Program Transit Connect remotes with four turns ending in OFF',
	summary:
		'Four quick turns ending in OFF; a chime says the van is ready; then a press on each remote.',
	programs: 'remote-learn',
	makes: ['Ford'],
	models: [{ name: 'Transit Connect', from: 2011, to: 2011 }],
	answers: { [Q_PUSH_BUTTON]: ['no'] },
	difficulty: 'moderate',
	maxKeys: 4,
	keySession: gemSession,
	prerequisites: gemPrereqs,
	warnings: gemWarnings,
	...turnsSteps(gemTransit),
	confidence: 'M',
	sources: src('ford-transit-connect-2011-sm')
});

const focusSpec: TurnsSpec = {
	...gemTransit,
	turnsSources: src('itstillruns-focus'),
	turnsConfidence: 'U',
	pressSeconds: 20,
	pressSources: src('itstillruns-focus'),
	pressConfidence: 'U',
	before: [],
	exitTitle: 'Turn the key to RUN',
	exitDetail: 'Owner guides end the session by turning the key to RUN.',
	exitSources: src('itstillruns-focus', 'fordforums-procedure-b')
};

const rkeFocusMain = procedure({
	id: 'ford-rke-focus-4-turns',
	ref: 'P02',
	ifItFails: REMOTE_SHOP,
	title: 'Program US Focus remotes with four turns ending in OFF',
	summary:
		'Owner guides say the US Focus of 2000–2006 uses the Transit Connect method; they disagree on the times.',
	programs: 'remote-learn',
	makes: ['Ford'],
	models: [{ name: 'Focus', from: 2000, to: 2007 }],
	answers: NA_ONLY,
	exclusions: [
		fact(
			'From 2007 or 2008 the Focus uses the eight-turn method; sources disagree on 2007.',
			'U',
			'itstillruns-focus'
		)
	],
	difficulty: 'moderate',
	maxKeys: 4,
	keySession: focusSession,
	prerequisites: gemPrereqs,
	warnings: [
		...gemWarnings,
		fact(
			'Sources disagree: 6 or 3 seconds for the turns, 20 or 10 seconds for the remote. This guide starts with 6 and 20; the other times are offered if it fails.',
			'U',
			'itstillruns-focus',
			'fordforums-procedure-b'
		)
	],
	...turnsSteps(focusSpec),
	confidence: 'U',
	confidenceNote: 'Owner guides only, and they disagree on both times.',
	sources: src('itstillruns-focus', 'fordforums-procedure-b', 'ford-transit-connect-2011-sm')
});

const rkeFocus: Procedure = withVariants(rkeFocusMain, [
	turnsVariant(
		{
			id: 'ford-rke-focus-3-10',
			title: 'Four turns within 3 seconds, remote held within 10 seconds',
			summary: 'Faster turns, then press and hold a button on each remote.',
			differs:
				'A forum post gives 3 seconds for the turns and 10 seconds to press and hold a button.',
			warnings: gemWarnings,
			confidence: 'U',
			sources: src('fordforums-procedure-b')
		},
		{
			...focusSpec,
			turnsSeconds: 3,
			turnsSources: src('fordforums-procedure-b'),
			pressSeconds: 10,
			pressSources: src('fordforums-procedure-b'),
			press: 'Press and hold any button on this remote'
		}
	)
]);

const euSources = src(
	'ford-eu-forums-4-turns',
	'focusfanatics-fob',
	'passionford-keys',
	'fixfault-ford-fob'
);
const euSpec: TurnsSpec = {
	turns: 4,
	between: 'II (ignition on) and 0',
	endsIn: '0, then take the key out',
	turnsSeconds: 3,
	turnsSources: euSources,
	turnsConfidence: 'U',
	modeSign: 'A chime or beep, and the red warning light by the clock stays lit: the car is ready.',
	pressSeconds: 20,
	pressSources: euSources,
	pressConfidence: 'U',
	press: 'Press a button on this remote',
	remoteSign: 'The red light flashes or the car beeps.',
	before: [],
	exitTitle: 'Turn the ignition on, or wait 20 seconds',
	exitDetail:
		'Owners report that the learn mode ends after 20 seconds or when the ignition is switched on.',
	exitSources: euSources,
	testDetail: 'Lock and unlock with each remote.'
};
const euPrereqs = [everyRemote(euSources, null, 'C')];
const euWarnings: readonly SourcedText[] = [
	fact(
		'Sources disagree on the times (3, 4 or 6 seconds for the turns; 20 or 10 seconds for the remotes). The guide starts with the most reported figures.',
		'U',
		...euSources,
		'fordownersclub-key-help',
		'mysweetindulgence-mondeo'
	),
	fact(
		'If there is no chime after the fourth turn, owner programming may be switched off on this car: a dealer has to do it.',
		'S',
		'fordownersclub-no-chime'
	),
	fact(
		'This teaches the remote buttons only. A brand-new key also needs its chip programmed for starting, which needs a shop tool.',
		'S',
		'passionford-keys',
		'fordownersclub-key-help'
	)
];

const rkeEuropeMain = procedure({
	id: 'ford-europe-4-turns',
	ref: 'P03',
	ifItFails: REMOTE_SHOP,
	title: 'Program remotes on a European Ford (four turns)',
	summary:
		'Owners of European Focus, Mondeo and Fiesta models report a learn mode after four quick turns of the key; the handbook text was not found and the times vary.',
	programs: 'remote-learn',
	makes: ['Ford'],
	models: [
		{ name: 'Focus (Mk1, European)', from: 1998, to: 2007 },
		{ name: 'Mondeo (Mk2, Mk3)', from: 1996, to: 2007 },
		{ name: 'Fiesta', from: 1998, to: 2007 }
	],
	answers: { [Q_FORD_MARKET]: ['europe'], [Q_PUSH_BUTTON]: ['no'] },
	exclusions: [
		fact(
			'Reported not to work on the 2008 (Mk2) Focus, which the dealer programs.',
			'S',
			'fordownersclub-key-help'
		),
		fact(
			'One 2004 Mondeo owner could not enter the learn mode at all.',
			'S',
			'fordownersclub-mondeo-2004'
		)
	],
	difficulty: 'moderate',
	prerequisites: euPrereqs,
	warnings: euWarnings,
	...turnsSteps(euSpec),
	confidence: 'U',
	confidenceNote:
		"Several owner reports agree on the shape (four quick turns, a chime, then each remote) but not on the times; Ford's handbook text was not found.",
	sources: src(...euSources, 'fordownersclub-key-help')
});

const rkeEurope: Procedure = withVariants(rkeEuropeMain, [
	turnsVariant(
		{
			id: 'ford-europe-6-10',
			title: 'Four turns within 6 seconds, remotes within 10 seconds',
			summary: 'Slower turns but less time for the remotes, as one owner club describes.',
			differs:
				"One owners' club post gives 6 seconds for the turns and 10 seconds for the remotes.",
			confidence: 'S',
			sources: src('fordownersclub-key-help')
		},
		{
			...euSpec,
			turnsSeconds: 6,
			turnsSources: src('fordownersclub-key-help'),
			turnsConfidence: 'S',
			pressSeconds: 10,
			pressSources: src('fordownersclub-key-help'),
			pressConfidence: 'S',
			modeSign: 'A beep: the car is ready.'
		}
	),
	turnsVariant(
		{
			id: 'ford-europe-hold-5',
			title: 'Four turns within 4 seconds, remote button held until a beep',
			summary: "Hold each remote's button (about 5 seconds) until a second beep.",
			differs:
				'A question-and-answer page says to hold the button about 5 seconds until another beep.',
			confidence: 'S',
			sources: src('mysweetindulgence-mondeo')
		},
		{
			...euSpec,
			turnsSeconds: 4,
			turnsSources: src('mysweetindulgence-mondeo'),
			turnsConfidence: 'S',
			pressSeconds: null,
			pressSources: src('mysweetindulgence-mondeo'),
			pressConfidence: 'S',
			modeSign: 'A beep: the car is ready.',
			press: 'Press and hold a button on this remote (about 5 seconds) until another beep',
			remoteSign: 'A second beep.'
		}
	)
]);

const patsShop = shopPath({
	id: 'ford-coded-key-shop',
	title: 'A new coded key for this Ford needs a dealer or an auto locksmith',
	makes: ['Ford', 'Lincoln', 'Mercury'],
	answers: { [Q_WORKING_KEYS]: ['0', '1'] },
	why: fact(
		"Ford's own key-adding method needs two keys that already start the car. With fewer, the car's immobiliser can only be taught a key with a diagnostic tool, which FobSync does not have: it never changes the car.",
		'M',
		'ford-escape-2008-owners-pats',
		'ford-flex-2009-sm-pats',
		'mazda-tribute-2003-owners'
	),
	shops: ['auto-locksmith', 'dealer'],
	askFor:
		'A new key cut and programmed to the anti-theft system (Ford calls it PATS or SecuriLock), and every other key programmed again in the same visit.',
	involves: [
		fact(
			'The shop cuts a coded key and teaches the car all keys with a diagnostic tool; with no working key at all, an older Mazda Tribute handbook says the car must be towed to the dealer.',
			'M',
			'ford-flex-2009-sm-pats',
			'mazda-tribute-2003-owners'
		),
		fact(
			'The sources give no price; ask for a quote that covers the key, cutting and programming every key.',
			'M',
			'ford-flex-2009-sm-pats'
		)
	],
	confidence: 'M'
});

const pushButtonShop = shopPath({
	id: 'ford-intelligent-access-shop',
	title: 'Push-button Fords (Intelligent Access): a new fob needs a shop',
	makes: ['Ford', 'Lincoln', 'Mercury'],
	answers: { [Q_PUSH_BUTTON]: ['yes'] },
	why: fact(
		"Ford's workshop text confirms that owners can add a push-button fob themselves with two programmed fobs, but the owner's-manual steps were not available, and the one owner who relayed them found that nothing happened. So FobSync does not guide it.",
		'S',
		'lincoln-mks-2009-ia-two-keys',
		'fusion-hybrid-forum-ia'
	),
	shops: ['dealer', 'auto-locksmith'],
	askFor:
		'Programming of an Intelligent Access fob, with every fob you have programmed in the same visit.',
	involves: [
		fact(
			'Adding a fob at home needs two fobs that already work (not MyKeys), the doors closed throughout, and the spare-key setting left on as the car was built (some fleets switch it off). The car holds at most 4 fobs.',
			'M',
			'lincoln-mks-2009-ia-two-keys'
		),
		fact(
			'With fewer than two working fobs, a locksmith or the dealer programs them. The sources give no price; ask for a quote before the visit.',
			'S',
			'f150forum-intelligent-access'
		)
	],
	confidence: 'M',
	sources: src(
		'lincoln-mks-2009-ia-two-keys',
		'f150forum-intelligent-access',
		'fusion-hybrid-forum-ia'
	)
});

const europeShop = shopPath({
	id: 'ford-europe-shop',
	title: 'A new key for a European Ford needs a shop tool',
	makes: ['Ford'],
	answers: { [Q_FORD_MARKET]: ['europe'] },
	why: fact(
		"The owner learn mode only teaches the remote buttons, and on some cars it is switched off or missing. A new key's chip (for starting) must be programmed with a tool.",
		'S',
		'fordownersclub-key-help',
		'fordownersclub-no-chime',
		'passionford-keys'
	),
	shops: ['auto-locksmith', 'independent-specialist', 'dealer'],
	askFor:
		"Programming the new key's chip and its remote to the car, and re-learning every other remote.",
	involves: [
		fact(
			'The shop programs the key with a diagnostic tool; the dealer does it on the 2008 Focus. The sources give no price.',
			'S',
			'fordownersclub-key-help'
		)
	],
	confidence: 'S'
});

const otherShop = shopPath({
	id: 'ford-other-shop',
	title: 'Ford, Lincoln and Mercury remotes: a shop with a tool',
	makes: ['Ford', 'Lincoln', 'Mercury'],
	// Offered when a home procedure did not work, and for any Ford no procedure covers.
	onlyAfterFailure: true,
	anyCarOfMake: true,
	why: fact(
		'Ford used several different remote methods over the years, and FobSync offers only the ones a source confirms for a model. A shop can program remotes on any of them with a tool.',
		'M',
		'ford-tsb-97-24-13'
	),
	shops: ['auto-locksmith', 'independent-specialist', 'dealer'],
	askFor: 'Programming every remote to the car (and a coded key, if you need one).',
	involves: [
		fact(
			'Usually a short job with a diagnostic tool. The sources give no price; ask for a quote first.',
			'M',
			'ford-tsb-97-24-13'
		)
	],
	confidence: 'M'
});

/** Ford, Lincoln, Mercury and the Ford-built Mazda B-Series. */
export const fordModule: CatalogueModule = {
	sources: FORD_SOURCES,
	procedures: [
		rke8,
		rke8Other,
		rkePanther,
		rkeBSeries,
		rkeTransit,
		rkeFocus,
		rkeEurope,
		pats2000,
		pats2003,
		pats2008
	],
	shopPaths: [patsShop, pushButtonShop, europeShop, otherShop]
};
