/**
 * Land Rover and Rover: resync of a Lucas rolling-code fob the car already
 * knows (one procedure per model, each on its own source), the Range Rover
 * L322 remote initialisation, and shop paths for the models and keys no owner
 * method reaches. On these cars the fob also disarms the immobiliser, so the
 * guide warns before a resync and never loops on it.
 */
import type { CatalogueModule, Procedure, SourcedText } from '../types';
import {
	Q_KEY_ORIGIN,
	atMost,
	confirmKey,
	everyRemote,
	getReady,
	tapWindows,
	chipCodedToo
} from './common';
import { shopPath } from './shop-path';
import { procedure } from './procedure';
import { withVariants } from '../engine-definition';
import { sourceList } from './source-ids';

const {
	docs: SOURCES,
	src,
	fact
} = sourceList([
	{
		id: 'rr-1992-handset-sm',
		title:
			'1992 Range Rover service information, "Anti-Theft System Function: Handset Transmitter"',
		kind: 'service-manual',
		url: 'https://lemon-manuals.la/Land%20Rover/1992/Range%20Rover%20Base/Repair%20and%20Diagnosis/Body%20%26%20Frame/Door%20Locks/Anti-Theft%20Systems/Description%20%26%20Operation/Anti-Theft%20System%20Function/Handset%20Transmitter/'
	},
	{
		id: 'freelander-security-sm',
		title:
			'Land Rover Freelander workshop manual, security description ("Remote Handset Re-synchronization")',
		kind: 'service-manual',
		url: 'https://workshop-manuals.com/landrover/freelander-a/security/description/diagnostics/'
	},
	{
		id: 'remotekey-rover-45-faq',
		title: 'Remotekey "Rover 45 Key Fob FAQ" (Lucas 3TXA, 3TXB, 17TN fobs)',
		kind: 'trade',
		url: 'http://www.remotekey.co.uk/cars/rover/rover-45/faq.asp'
	},
	{
		id: 'rover-400-series-sync',
		title: '"Rover Key Fob Out of Sync" (rover-400-series.co.uk)',
		kind: 'community',
		url: 'http://rover-400-series.co.uk/Rover_Key_Fob_Out_of_Sync.php'
	},
	{
		id: 'fixfault-rover-214',
		title: 'Fixfault: Rover 214 remote (plip) not working after a battery change',
		kind: 'community',
		url: 'https://fixfault.com/fix?id=226985'
	},
	{
		id: 'discoverthat-lucas-10as',
		title: '"Lucas 10AS remote fob re-sync" (1998 Defender 90 300Tdi, blog)',
		kind: 'community',
		url: 'https://blog.discoverthat.co.uk/2016/12/lucas-10as-remote-fob-re-sync.html'
	},
	{
		id: 'aulro-defender-fob',
		title: 'AULRO forum: "Resetting key fob after battery change" (Defender)',
		kind: 'community',
		url: 'https://www.aulro.com/afvb/90-110-130-defender-county/61988-resetting-key-fob-after-battery-change-2-print.html'
	},
	{
		id: 'lr4x4-defender-10as',
		title: 'LR4x4 forum: "Td5 alarm & key fob issue" (Lucas 10AS, Td5 and late 300Tdi Defender)',
		kind: 'community',
		url: 'https://forums.lr4x4.com/topic/73947-td5-alarm-key-fob-issue/'
	},
	{
		id: 'mg-rover-25-pektron',
		title: 'MG-Rover.org: "Reprogramming remote fob, Rover 25" (Pektron fob)',
		kind: 'community',
		url: 'https://www.mg-rover.org/threads/reprogramming-remote-fob-rover-25-1-1-year-2005.854522/?u=181'
	},
	{
		id: 'mongoose-l322-reset',
		title:
			'"L322 MK3 RR key fob central locking reset" (diagnostic-tool seller quoting the manual)',
		kind: 'trade',
		url: 'https://www.jlridssddmongoose.com/l322-mk3-rr-key-fob-central-locking-reset/'
	},
	{
		id: 'rr-2002-remote-handsets-sm',
		title:
			'2002 Range Rover service information (Land Rover North America), "Remote Handsets: Notes"',
		kind: 'service-manual',
		url: 'https://fixxvault.xnetik.us/Land%20Rover/2002/Range%20Rover/Repair%20and%20Diagnosis/Body%20%26%20Frame/Door%20Locks/Security/Description/Locking%20and%20Alarm%20Systems/Remote%20Handsets/Notes/'
	},
	{
		id: 'roversnorth-p38-sync',
		title: 'Rovers North forum: "Key fob syncing" (Range Rover P38A)',
		kind: 'community',
		url: 'https://forums.roversnorth.com/forum/land-rover-technical-forums/range-rover-p38a/5151-key-fob-syncing'
	},
	{
		id: 'pistonheads-p38-fobs',
		title: 'PistonHeads forum: Range Rover P38 remote fobs',
		kind: 'community',
		url: 'https://www.pistonheads.com/gassing/topic.asp?f=91&h=28&t=1709609'
	},
	{
		id: 'landroverforums-d2-nanocom',
		title: 'LandRoverForums: "Key fob won’t lock/unlock remotely" (Discovery II)',
		kind: 'community',
		url: 'https://landroverforums.com/forum/discovery-ii-18/key-fob-won%92t-lock-unlock-remotely-100948/'
	},
	{
		id: 'aulro-d3-faultmate',
		title: 'AULRO forum: new key for a Discovery 3 (coded with a Faultmate)',
		kind: 'community',
		url: 'https://www.aulro.com/afvb/archive/index.php/t-178896.html'
	}
]);

const RR92 = src('rr-1992-handset-sm');
const R45 = src('remotekey-rover-45-faq');
const R400 = src('rover-400-series-sync');
const R214 = src('fixfault-rover-214');
const DEF = src('discoverthat-lucas-10as');
const L322 = src('mongoose-l322-reset', 'rr-2002-remote-handsets-sm');
const LR_SHOP = 'land-rover-shop';
const ROVER_SHOP = 'rover-shop';

/** The warning every Lucas resync needs: the fob is also what disarms the immobiliser. */
function strandWarning(
	sources: readonly string[],
	confidence: SourcedText['confidence'],
	whose = 'On this car the fob'
): SourcedText {
	return {
		text: `${whose} also disarms the immobiliser. If the resync does not take, the engine may not start: do not keep repeating it, and keep the emergency key code (EKA) card at hand.`,
		confidence,
		sources
	};
}

/** "Only for a fob the car already knows". */
function knownFobOnly(
	sources: readonly string[],
	confidence: SourcedText['confidence']
): SourcedText {
	return {
		text: 'Only for a fob that already belongs to this car. A new or second-hand fob has to be coded with a diagnostic computer.',
		confidence,
		sources
	};
}

const rangeRoverClassic = procedure({
	id: 'range-rover-classic-handset-resync',
	ref: 'P45',
	ifItFails: [LR_SHOP],
	title: 'Resync a Range Rover Classic handset',
	summary: 'Near the car, press the handset three times within 5 seconds.',
	programs: 'remote-resync',
	makes: ['Land Rover'],
	models: [{ name: 'Range Rover (Classic)', from: 1992, to: 1992 }],
	answers: { [Q_KEY_ORIGIN]: ['worked-before'] },
	exclusions: [
		{
			...fact(
				'Not for the second-generation Range Rover (1995–2002): it has a different security system, and owners report the handset sync attempts failing on it.',
				'C',
				'roversnorth-p38-sync',
				'pistonheads-p38-fobs'
			),
			cars: [{ make: 'Land Rover', model: 'Range Rover (1995–2002)', from: 1995, to: 2002 }]
		}
	],
	difficulty: 'easy',
	prerequisites: [fact('Stand within 6 metres of the car.', 'M', ...RR92)],
	warnings: [
		fact(
			'A handset pressed more than four times away from the car, or a battery disconnected, needs this resync.',
			'M',
			...RR92
		),
		fact(
			'If both handsets are lost or damaged while the system is armed, a new control unit with two matching handsets is needed.',
			'M',
			...RR92
		),
		knownFobOnly(RR92, 'M')
	],
	setup: [],
	perKey: [
		getReady(
			'ready',
			{
				hand: 'This handset in your hand, near the car',
				start: 'pressing',
				next: 'press the handset 3 times within 5 seconds.'
			},
			{
				id: 'presses',
				maxSeconds: 5,
				from: 'when you tapped Go, just before the first press',
				missed: 'More than 5 seconds passed before the third press. Try again a little faster.',
				restartAt: 'ready',
				confidence: 'M',
				sources: RR92
			}
		),
		{
			id: 'presses',
			kind: 'repeat',
			times: 3,
			unit: 'press of the handset',
			title: 'Press the handset 3 times within 5 seconds',
			within: ['presses'],
			closes: ['presses']
		},
		confirmKey('Does the remote lock and unlock the car now?')
	],
	finish: [],
	confidence: 'M',
	sources: RR92
});

const rover45Main = procedure({
	id: 'rover-45-fob-resync',
	ref: 'P45',
	ifItFails: [ROVER_SHOP],
	title: 'Resync the Lucas key fob of a Rover 45',
	summary:
		"Unlock the driver's door with the key, leave it shut, then press the fob's lock button 4 to 8 times.",
	programs: 'remote-resync',
	makes: ['Rover'],
	models: [{ name: 'Rover 45', from: 1999, to: 2005 }],
	answers: { [Q_KEY_ORIGIN]: ['worked-before'] },
	exclusions: [
		{
			...fact(
				'Not for the Rover 25 with the oval Pektron fob: it needs no resync after a battery change.',
				'S',
				'mg-rover-25-pektron'
			),
			cars: [{ make: 'Rover', model: 'Rover 25' }]
		}
	],
	difficulty: 'easy',
	prerequisites: [fact('For the Lucas 3TXA, 3TXB and 17TN fobs.', 'S', ...R45)],
	warnings: [strandWarning(R45, 'S'), knownFobOnly(R45, 'S')],
	setup: [],
	perKey: [
		{
			id: 'door-key',
			kind: 'action',
			title: "Unlock the car with the key in the driver's door lock; do not open the door"
		},
		{
			id: 'presses',
			kind: 'action',
			title: "Press the fob's lock button (the right-hand one) 4 to 8 times",
			detail: 'The source gives no time limit.'
		},
		confirmKey('Does the remote lock and unlock the car now?')
	],
	finish: [],
	confidence: 'S',
	confidenceNote: 'One key seller’s FAQ for this model.',
	sources: R45
});

const rover45: Procedure = withVariants(rover45Main, [
	{
		id: 'rover-45-fob-resync-battery-out',
		title: 'Resync the fob of a Rover 45 after resetting it without its battery',
		summary:
			'Take the fob battery out, press each button 10 times, refit the battery, then unlock with the key and press lock 4 to 8 times.',
		differs: 'The fob is reset first: battery out, each button pressed 10 times, battery back.',
		prerequisites: [],
		warnings: [
			strandWarning(R45, 'S'),
			fact(
				'If this fails too, the emergency key code (EKA) opens and starts the car; a fob that still does not work needs a diagnostic computer.',
				'S',
				...R45
			)
		],
		perKey: [
			{ id: 'open-fob', kind: 'action', title: 'Open the fob and take the battery out' },
			{
				id: 'press-each',
				kind: 'action',
				title: 'Press one button 10 times, then the other button 10 times'
			},
			{ id: 'battery-in', kind: 'action', title: 'Refit the battery (or a new one)' },
			{
				id: 'door-key',
				kind: 'action',
				title: "Unlock the car with the key in the driver's door lock; do not open the door"
			},
			{
				id: 'presses',
				kind: 'action',
				title: "Press the fob's lock button 4 to 8 times"
			},
			confirmKey('Does the remote lock and unlock the car now?')
		],
		confidence: 'S',
		sources: R45
	}
]);

/** A Rover model whose own fob worked before; no source excludes a car of it. */
function roverFobThatWorkedBefore(model: string): Procedure['applies'] {
	return {
		makes: ['Rover'],
		models: [{ name: model }],
		answers: { [Q_KEY_ORIGIN]: ['worked-before'] },
		exclusions: []
	};
}

const rover400: Procedure = {
	id: 'rover-400-fob-resync',
	ref: 'P45',
	ifItFails: [ROVER_SHOP],
	title: 'Resync the key fob of a Rover 400',
	summary: 'Next to the car, press the lock button 4 to 8 times, then the unlock button once.',
	programs: 'remote-resync',
	applies: roverFobThatWorkedBefore('Rover 400'),
	difficulty: 'easy',
	maxKeys: null,
	workingKeysNeeded: 0,
	prerequisites: [],
	warnings: [
		strandWarning(R45, 'S', 'On Rovers with Lucas fobs (such as the Rover 45) the fob'),
		knownFobOnly(R400, 'S')
	],
	setup: [],
	perKey: [
		{
			id: 'presses',
			kind: 'action',
			title: 'Standing next to the car, press the lock button 4 to 8 times',
			detail: 'The source gives no time limit.'
		},
		{ id: 'unlock', kind: 'action', title: 'Then press the unlock button once' },
		confirmKey('Does the remote lock and unlock the car now?')
	],
	finish: [],
	confidence: 'S',
	confidenceNote: 'One owner site for this model.',
	sources: R400
};

const rover214: Procedure = {
	id: 'rover-214-fob-resync',
	ref: 'P45',
	ifItFails: [ROVER_SHOP],
	title: 'Resync a Rover 214 two-button fob after a battery change',
	summary:
		'Battery out, hold each button 5 seconds, new battery in; unlock with the key, then press lock at least four times.',
	programs: 'remote-resync',
	applies: roverFobThatWorkedBefore('Rover 214'),
	difficulty: 'easy',
	maxKeys: null,
	workingKeysNeeded: 0,
	prerequisites: [],
	warnings: [
		fact(
			'If the fob still does not work after this, it can only be synchronised with a diagnostic computer.',
			'S',
			...R214
		),
		strandWarning(R45, 'S', 'On Rovers with Lucas fobs (such as the Rover 45) the fob')
	],
	setup: [],
	perKey: [
		{ id: 'battery-out', kind: 'action', title: 'Take the battery out of the fob' },
		{
			id: 'hold-each',
			kind: 'action',
			title: 'Press and hold each button in turn for 5 seconds',
			holdSeconds: { min: 5 }
		},
		{ id: 'battery-in', kind: 'action', title: 'Fit the new battery' },
		{ id: 'door-key', kind: 'action', title: 'Unlock the car with the key' },
		{
			id: 'presses',
			kind: 'action',
			title: 'Press the lock button at least four times',
			detail: 'The source gives no time limit.'
		},
		confirmKey('Does the remote lock and unlock the car now?')
	],
	finish: [],
	confidence: 'S',
	confidenceNote: 'One owner answer for this model.',
	sources: R214
};

const defenderMain = procedure({
	id: 'defender-lucas-10as-resync',
	ref: 'P45',
	ifItFails: [LR_SHOP],
	title: 'Resync a Defender fob (Lucas 10AS alarm)',
	summary:
		'From outside, with the doors shut, hold the fob near the windscreen and press UNLOCK 4 or more times quickly; the dash lights flash when the immobiliser is off.',
	programs: 'remote-resync',
	makes: ['Land Rover'],
	models: [{ name: 'Defender', from: 1998, to: 2006 }],
	answers: { [Q_KEY_ORIGIN]: ['worked-before'] },
	difficulty: 'easy',
	prerequisites: [
		fact('Doors and bonnet shut; do not open a door during the resync.', 'S', ...DEF)
	],
	warnings: [
		strandWarning(src('discoverthat-lucas-10as', 'aulro-defender-fob'), 'C'),
		fact(
			'Sources disagree on the button: one owner pressed UNLOCK 4 or more times (it worked on both his remotes); another says LOCK 4 times, then UNLOCK once, with the alarm not armed. If one way fails, the other is offered.',
			'U',
			'discoverthat-lucas-10as',
			'lr4x4-defender-10as'
		),
		knownFobOnly(src('aulro-defender-fob'), 'S')
	],
	setup: [],
	perKey: [
		{
			id: 'battery',
			kind: 'action',
			title: 'Take the fob battery out, press the buttons, put the battery back',
			detail: 'The owner who wrote this was not sure this step is needed.'
		},
		{
			id: 'aim',
			kind: 'action',
			title:
				'From outside, hold the fob a few inches from the windscreen, facing the steering wheel'
		},
		{
			id: 'presses',
			kind: 'action',
			title: 'Press UNLOCK 4 or more times, fairly quickly in a row',
			detail: 'The source gives no time limit.',
			carConfirms: 'The indicator lamps on the dash flash: the immobiliser is off.'
		},
		confirmKey('Does the remote lock and unlock the car now?')
	],
	finish: [],
	confidence: 'U',
	confidenceNote:
		'One owner’s method that worked for him; another owner gives another button order for the same alarm unit.',
	sources: src('discoverthat-lucas-10as', 'lr4x4-defender-10as')
});

const defender: Procedure = withVariants(defenderMain, [
	{
		id: 'defender-lucas-10as-lock-then-unlock',
		title: 'Defender fob resync: LOCK four times, then UNLOCK once',
		summary: 'With the alarm not armed, press LOCK 4 times, then UNLOCK once.',
		differs: 'LOCK four times and UNLOCK once, instead of UNLOCK four or more times.',
		prerequisites: [fact('The alarm must not be armed.', 'S', 'lr4x4-defender-10as')],
		warnings: [strandWarning(src('discoverthat-lucas-10as', 'aulro-defender-fob'), 'C')],
		perKey: [
			{
				id: 'battery',
				kind: 'action',
				title: 'Take the fob battery out, press both buttons a few times, fit the battery again'
			},
			{ id: 'lock', kind: 'action', title: 'Press LOCK 4 times' },
			{ id: 'unlock', kind: 'action', title: 'Then press UNLOCK once' },
			confirmKey('Does the remote lock and unlock the car now?')
		],
		confidence: 'U',
		confidenceNote: 'One owner’s words, against another owner’s method that worked.',
		sources: src('lr4x4-defender-10as', 'discoverthat-lucas-10as')
	}
]);

// ── Range Rover L322: remote handset initialisation ──────────────────────

const l322Window = tapWindows('S', src('mongoose-l322-reset'));

const rangeRoverL322 = procedure({
	id: 'range-rover-l322-remote-init',
	ref: 'P46',
	ifItFails: [LR_SHOP],
	title: 'Initialise the remotes of a Range Rover (L322)',
	summary:
		'Turn the key to position I and back within 5 seconds, take it out, then on each remote hold UNLOCK and press LOCK three times; the car locks and unlocks.',
	programs: 'remote-learn',
	makes: ['Land Rover'],
	models: [{ name: 'Range Rover (L322)', chassis: ['L322'], from: 2002, to: 2002 }],
	difficulty: 'moderate',
	maxKeys: 4,
	keySession: {
		maxKeys: atMost(4, 'remotes', src('rr-2002-remote-handsets-sm')),
		leftOut: fact(
			'Every remote for the car must be initialised in the same session.',
			'S',
			'mongoose-l322-reset'
		)
	},
	prerequisites: [
		everyRemote(src('rr-2002-remote-handsets-sm'), 4),
		fact(
			'The car unlocked, with the driver and front passenger doors closed.',
			'S',
			'mongoose-l322-reset'
		)
	],
	warnings: [
		fact(
			'When you change a remote battery, fit the new one within 1 minute, or the remote has to be initialised again.',
			'M',
			'rr-2002-remote-handsets-sm'
		),
		fact(
			'This programs the remote buttons only, not the chip that lets the engine start.',
			'S',
			'mongoose-l322-reset'
		)
	],
	setup: [
		{
			id: 'key-in',
			kind: 'action',
			title: 'Put a key in the ignition, at position 0',
			detail: 'The car unlocked; the driver and front passenger doors closed.'
		},
		getReady(
			'ready',
			{
				hand: 'Hand on the key',
				start: 'turning',
				next: 'turn the key to position I and back to 0 in less than 5 seconds.'
			},
			{
				id: 'position-to-off',
				maxSeconds: 5,
				from: 'when you tapped Go, just before turning to position I',
				missed: 'More than 5 seconds passed between position I and 0. Try again a little faster.',
				restartAt: 'ready',
				confidence: 'S',
				sources: src('mongoose-l322-reset')
			}
		),
		{
			id: 'turn',
			kind: 'action',
			title: 'Turn the key to position I and back to 0, in less than 5 seconds',
			within: ['position-to-off'],
			closes: ['position-to-off'],
			opens: [
				l322Window(
					'standby-first',
					30,
					'turning the key back to 0',
					'More than 30 seconds passed after the key went back to 0. Start again with the key.',
					'key-in'
				)
			]
		},
		{
			id: 'key-out',
			kind: 'action',
			title: 'Take the key out of the ignition',
			within: ['standby-first']
		}
	],
	perKey: [
		{
			id: 'hold-unlock',
			kind: 'action',
			title: 'On this remote, press and hold UNLOCK',
			detail: 'Keep holding it (15 seconds at most) through the next step.',
			within: ['standby-first', 'standby-next'],
			closes: ['standby-first', 'standby-next'],
			opens: [
				l322Window(
					'lock-presses',
					10,
					'pressing UNLOCK',
					'More than 10 seconds passed before the third LOCK press. Let go and start this remote again.',
					'hold-unlock'
				),
				l322Window(
					'unlock-hold',
					15,
					'pressing UNLOCK',
					'UNLOCK was held more than 15 seconds. Let go and start this remote again.',
					'hold-unlock'
				)
			]
		},
		{
			id: 'press-lock',
			kind: 'repeat',
			times: 3,
			unit: 'short press of LOCK',
			title: 'While holding UNLOCK, press LOCK 3 times within 10 seconds',
			within: ['lock-presses', 'unlock-hold'],
			closes: ['lock-presses']
		},
		{
			id: 'release',
			kind: 'action',
			title: 'Let go of both buttons',
			within: ['unlock-hold'],
			closes: ['unlock-hold'],
			carConfirms: 'The car locks, then unlocks.',
			opens: [
				l322Window(
					'standby-next',
					30,
					'finishing the last remote',
					'More than 30 seconds passed before the next remote. Start again with the key.',
					'key-in'
				)
			]
		},
		confirmKey(
			'Did the car lock, then unlock?',
			'If not, hold UNLOCK and press LOCK three times again.'
		)
	],
	finish: [],
	confidence: 'S',
	confidenceNote:
		"The numbered steps and their times are a tool seller's quotation of the Land Rover manual, with one owner's success. Land Rover's own 2002 service text confirms the four-remote limit and the battery rule.",
	sources: L322
});

// ── Shop paths ───────────────────────────────────────────────────────────

const noOwnerMethod = shopPath({
	id: 'land-rover-no-owner-method-shop',
	title:
		'1995–2002 Range Rover, Discovery and Freelander remotes: a Land Rover specialist with the tool',
	makes: ['Land Rover'],
	models: [
		{ name: 'Range Rover (1995–2002)', from: 1995, to: 2002 },
		{ name: 'Discovery', from: 1999, to: 2009 },
		{ name: 'LR3', from: 2005, to: 2009 },
		{ name: 'Freelander', from: 1998, to: 2006 }
	],
	why: fact(
		'No owner method was found for these models. Owners of the 1995–2002 Range Rover report the sync attempts failing; Discovery 2 fobs are coded to the body control unit with a Nanocom-type tool and Discovery 3 keys with a Faultmate. The Freelander manual has a resync section, but its steps could not be read.',
		'C',
		'roversnorth-p38-sync',
		'pistonheads-p38-fobs',
		'landroverforums-d2-nanocom',
		'aulro-d3-faultmate',
		'freelander-security-sm'
	),
	shops: ['independent-specialist', 'dealer', 'auto-locksmith'],
	askFor:
		'Coding (or resynchronising) the remote fob to the body control unit with a Land Rover tool (Testbook/T4, Nanocom or Faultmate).',
	alsoBring: ['The emergency key code (EKA) card, if you have it'],
	involves: [
		fact(
			'A session with the tool at a specialist. The sources give no price.',
			'C',
			'landroverforums-d2-nanocom',
			'aulro-d3-faultmate'
		)
	],
	confidence: 'M',
	sources: src(
		'freelander-security-sm',
		'roversnorth-p38-sync',
		'landroverforums-d2-nanocom',
		'aulro-d3-faultmate'
	)
});

const landRoverShop = shopPath({
	id: LR_SHOP,
	title: 'Land Rover remotes and keys: a specialist or the dealer with the tool',
	makes: ['Land Rover'],
	anyCarOfMake: true,
	why: fact(
		'A new or second-hand fob, or one that lost its sync beyond the button method, is coded to the car with a diagnostic tool.',
		'C',
		'aulro-defender-fob',
		'landroverforums-d2-nanocom'
	),
	shops: ['independent-specialist', 'dealer', 'auto-locksmith'],
	askFor:
		'Coding the remote fob (and a new key’s chip) to the car with a Land Rover diagnostic tool.',
	alsoBring: ['The emergency key code (EKA) card, if you have it'],
	involves: [
		fact(
			'A session with the tool. If both handsets of an older Range Rover are lost while armed, a new control unit with two handsets is needed. The sources give no price.',
			'M',
			'rr-1992-handset-sm'
		)
	],
	confidence: 'M',
	sources: src('rr-1992-handset-sm', 'aulro-defender-fob', 'landroverforums-d2-nanocom')
});

const roverShop = shopPath({
	id: ROVER_SHOP,
	title: 'Rover fobs that will not resync: a specialist with a diagnostic computer',
	makes: ['Rover'],
	anyCarOfMake: true,
	why: fact(
		'A Rover fob that does not come back with the button method can only be synchronised with a diagnostic computer.',
		'C',
		'fixfault-rover-214',
		'remotekey-rover-45-faq'
	),
	shops: ['independent-specialist', 'auto-locksmith'],
	askFor:
		'Synchronising or programming the key fobs with a diagnostic computer, every fob in the same visit.',
	alsoBring: ['The emergency key code (EKA) card, if you have it'],
	involves: [
		fact(
			'Until then, the emergency key code lets you open and start the car. The sources give no price.',
			'S',
			'remotekey-rover-45-faq'
		)
	],
	confidence: 'C'
});

/** Land Rover and Rover. */
export const landRoverModule: CatalogueModule = {
	sources: SOURCES,
	procedures: [rangeRoverClassic, rangeRoverL322, defender, rover45, rover400, rover214],
	shopPaths: [noOwnerMethod, landRoverShop, roverShop],
	newKeyChip: [
		chipCodedToo(
			['Land Rover', 'Rover'],
			fact(
				'On these cars a specialist codes the key and fob with a diagnostic tool (Testbook, Nanocom or similar).',
				'C',
				'aulro-defender-fob',
				'landroverforums-d2-nanocom',
				'fixfault-rover-214'
			)
		)
	]
};
