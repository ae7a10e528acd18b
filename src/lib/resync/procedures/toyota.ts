/**
 * Toyota and Lexus: the wireless door lock "recognition code registration"
 * (add or rewrite mode) from the 2002 Lexus ES300 service manual and Toyota's
 * 2002 bulletin. The master-key "add a key" dance and the older 4Runner
 * door-switch method are left out (see docs/procedures.md).
 */
import type {
	CatalogueModule,
	Procedure,
	QuestionStep,
	SourcedText,
	Step,
	VariantSpec
} from '../types';
import { withVariants } from '../engine-definition';
import { Q_KEY_ORIGIN, Q_PUSH_BUTTON, atMost, confirmKey, getReady, keyLimit } from './common';
import { shopPath } from './shop-path';
import { procedure } from './procedure';
import { sourceList } from './source-ids';

export const {
	docs: SOURCES,
	src,
	fact
} = sourceList([
	{
		id: 'lexus-es300-2002-sm',
		title: '2002 Lexus ES300 service manual, "Recognition Code Registration" (wireless door lock)',
		kind: 'service-manual',
		url: 'https://lemon-manuals.org.ua/Nissan-Datsun/2002/Sentra%20SE-R%2C%20Automatic/Repair%20and%20Diagnosis/External%20Pages/Different%20car/Section%20105%20%28Remote%20Keyless%20Entry%20Systems%29/Programming/Recognition%20Code%20Registration'
	},
	{
		id: 'lexus-gs430-2002-sm',
		title:
			'2002 Lexus GS430 service manual, "Remote Transmitter Recognition Code Registration" (modes)',
		kind: 'service-manual',
		url: 'https://lemon-manuals.org.ua/Lexus/2002/GS%20430/Repair%20and%20Diagnosis/Body%20%26%20Frame/Door%20Locks/Remote%20Keyless%20Entry%20Systems/Programming/Remote%20Transmitter%20Recognition%20Code%20Registration'
	},
	{
		id: 'toyota-tsb-2002-summary',
		title:
			'Toyota service bulletin of 19 July 2002, keyless entry programming (model list and modes, summarised on ToyotaNation)',
		kind: 'bulletin',
		url: 'https://www.toyotanation.com/threads/2003-04-corolla-keyless-entry-programing.19981/?u=195308'
	},
	{
		id: 'toyotanation-corolla-2004',
		title: '"Cannot reset keyless entry" (ToyotaNation, 2004 Corolla)',
		kind: 'community',
		url: 'http://www.toyotanation.com/forum/132-9th-generation-2003-2008/394339-cannot-reset-keyless-entry.html'
	},
	{
		id: 'ih8mud-lx470',
		title: '"2004 LX470 transponder key programming instructions" (IH8MUD forum)',
		kind: 'community',
		url: 'https://forum.ih8mud.com/threads/2004-lx470-transponder-key-programming-instructions.936959/page-3'
	},
	{
		id: 'lexus-es300-1997-sm-precheck',
		title:
			'1997 Lexus ES300 service manual, keyless entry pre-check ("Only LOCK operation is available")',
		kind: 'service-manual',
		url: 'https://manuals.autorepairshq.com/Lexus/1997/ES%20300%20V6-3.0L%20%281MZ-FE%29/Repair%20and%20Diagnosis/Body%20and%20Frame/Locks/Keyless%20Entry/Testing%20and%20Inspection/Initial%20Inspection%20and%20Diagnostic%20Overview/Pre-Check'
	},
	{
		id: 'lexus-ls430-2003-repair',
		title: '2003 Lexus LS430 factory repair manual, key registration (hand-held tester)',
		kind: 'service-manual',
		url: 'https://www.autoguidegalaxy.com/2003-lexus-ls430-factory-repair-manual/8/?srch=key'
	},
	{
		id: 'toyotanation-transponder',
		title: '"Transponder key" (ToyotaNation: master-key methods disagree)',
		kind: 'community',
		url: 'http://www.toyotanation.com/forum/132-9th-generation-2003-2008/319785-transponder-key.html'
	},
	{
		id: 'camryforums-2005-fobs',
		title: '"2005 Toyota Camry remote fobs deprogram themselves" (CamryForums)',
		kind: 'community',
		url: 'https://www.camryforums.com/forum/ecu-electronics-12/2005-toyota-camry-remote-fobs-deprogram-themselves-52897-printthread/'
	},
	{
		id: 'edmunds-camry-2005-keyless',
		title:
			'"Toyota Camry security system, remote start and keyless entry questions" (Edmunds forum, 2005 Camry)',
		kind: 'community',
		url: 'http://forums.edmunds.com/discussion/15850/toyota/camry/toyota-camry-security-system-remote-start-and-keyless-entry-questions/p6'
	},
	{
		id: 'automotiveforums-sienna-2003',
		title:
			'AutomotiveForums post: remote programming steps for a 2003 Sienna (instructions that came with replacement remotes)',
		kind: 'community',
		url: 'http://www.automotiveforums.com/vbulletin/showpost.php?p=1353161&postcount=4'
	},
	{
		id: 'toyota-avensis-rm1018e',
		title:
			'Toyota Avensis repair manual RM1018E (Europe), "Transmitter sub-assy – door control": registration entry and modes (mirror labelled 2002)',
		kind: 'service-manual',
		url: 'https://www.carmanualsonline.info/amp/toyota-avensis-2002-repair-manual/159'
	},
	{
		id: 'toyota-avensis-rm1018e-2003',
		title:
			'Toyota Avensis repair manual RM1018E, copy labelled 2003 (appendix lists the T25 model codes AZT250R … CDT250R)',
		kind: 'service-manual',
		url: 'https://www.carmanualsonline.info/amp/toyota-avensis-2005-service-repair-manual/331'
	},
	{
		id: 'lexus-sc430-2007-immobiliser',
		title:
			'2007 Lexus SC 430 repair manual, engine immobiliser "Registration" (intelligent tester)',
		kind: 'service-manual',
		url: 'https://lemon-manuals.la/Lexus/2007/SC%20430/Repair%20and%20Diagnosis/Body%20%26%20Frame/Door%20Locks/Engine%20Immobilizer/Engine%20Immobiliser%20System/Registration'
	},
	{
		id: 'lexus-gs430-2007-smart-key',
		title:
			'2007 Lexus GS 430 repair manual, engine immobiliser "Registration" (smart access: key IDs by intelligent tester)',
		kind: 'service-manual',
		url: 'https://lemon.leoquadpod.com/Lexus/2007/GS%20430/Repair%20and%20Diagnosis/Body%20%26%20Frame/Door%20Locks/Engine%20Immobilizer/Engine%20Immobiliser%20System/Registration/'
	},
	{
		id: 'lexus-ls460l-2007-smart-key',
		title:
			'2007 Lexus LS 460L repair manual, engine immobiliser "Registration" (smart access: key IDs by intelligent tester or Techstream)',
		kind: 'service-manual',
		url: 'https://lemon-manuals.la/Lexus/2007/LS%20460L/Repair%20and%20Diagnosis/Body%20%26%20Frame/Door%20Locks/Engine%20Immobilizer/Engine%20Immobilizer%20System/Registration'
	},
	{
		id: 'lexus-es350-2007-smart-key',
		title:
			'2007 Lexus ES 350 repair manual, engine immobiliser "Registration" (smart access: key IDs by intelligent tester)',
		kind: 'service-manual',
		url: 'https://lemon-manuals.la/Lexus/2007/ES%20350/Repair%20and%20Diagnosis/Body%20%26%20Frame/Door%20Locks/Engine%20Immobilizer/Engine%20Immobilizer%20System/Registration'
	}
]);

const SM = src('lexus-es300-2002-sm');
const SM_TSB = src(...SM, 'toyota-tsb-2002-summary');

/** The manual's answer to a remote: the locks cycle once when it is registered, twice when it failed. */
function locksCycled(detail: string): QuestionStep {
	return confirmKey('How many times did the locks cycle?', detail, 'registered', {
		yes: 'Once',
		no: 'Twice, or not at all'
	});
}

function window40(
	id: string,
	from: string,
	restartAt = 'in-out-ready'
): NonNullable<Step['opens']>[number] {
	return {
		id,
		maxSeconds: 40,
		from,
		startsOn: 'done',
		missed:
			'More than 40 seconds passed, so the car went back to normal. Start again from the first step.',
		restartAt,
		confidence: 'M',
		sources: SM
	};
}

function steps(mode: 'add' | 'rewrite'): Pick<Procedure, 'setup' | 'perKey' | 'finish'> {
	const turns = mode === 'add' ? 1 : 2;
	const cycles = mode === 'add' ? 'once' : 'twice';
	return {
		setup: [
			{
				id: 'prep',
				kind: 'instruction',
				title: "Key out, driver's door open and unlocked, all other doors closed",
				detail:
					'Have every remote in hand and read the steps once: there are 40-second limits between them.'
			},
			getReady(
				'in-out-ready',
				{
					hand: 'Key in hand, at the ignition',
					start: 'inserting',
					next: 'insert the key and pull it out, twice, within 5 seconds, without turning it.'
				},
				{
					id: 'first',
					maxSeconds: 5,
					from: 'when you tapped Go, just before your first insertion',
					missed: 'More than 5 seconds passed between Go and the second insertion. Try again.',
					restartAt: 'in-out-ready',
					confidence: 'M',
					sources: SM_TSB
				}
			),
			{
				id: 'in-out',
				kind: 'repeat',
				times: 2,
				unit: 'insert and remove',
				title: 'Insert the key in the ignition and pull it out, twice, within 5 seconds',
				detail: 'Do not turn it.',
				opens: [window40('round-1', 'pulling the key out the second time')],
				within: ['first'],
				closes: ['first']
			},
			{
				id: 'door-1',
				kind: 'repeat',
				times: 2,
				unit: 'close and open',
				title: "Close and open the driver's door twice",
				within: ['round-1']
			},
			{
				id: 'in-out-2',
				kind: 'action',
				title: 'Insert the key and pull it out once',
				within: ['round-1'],
				closes: ['round-1'],
				opens: [window40('round-2', 'pulling the key out')]
			},
			{
				id: 'door-2',
				kind: 'repeat',
				times: 2,
				unit: 'close and open',
				title: "Close and open the driver's door twice",
				within: ['round-2']
			},
			{
				id: 'key-in-close',
				kind: 'action',
				title: "Insert the key and close the driver's door",
				within: ['round-2'],
				closes: ['round-2']
			},
			{
				id: 'mode-turns',
				kind: 'repeat',
				times: turns,
				unit: 'turn LOCK → ON → LOCK',
				title: `Turn the key LOCK → ON → LOCK ${cycles}, about one second each way, then take it out`,
				detail:
					mode === 'add'
						? 'Once selects "add": the remotes the car knows are kept.'
						: 'Twice selects "rewrite": the car forgets every remote and learns only the ones you do now.'
			},
			{
				id: 'mode-confirm',
				kind: 'question',
				title: `Within 3 seconds, did the locks lock and unlock by themselves ${cycles}?`,
				detail:
					'The number of lock cycles shows the mode the car entered. No cycle: start again from the first step.',
				carConfirms: `The locks cycle ${cycles}.`,
				opens: [window40('register-first', 'the locks showing the mode')],
				answers: [
					{ label: `Yes, ${cycles}`, outcome: { to: 'next' } },
					{ label: 'No, or a different number', outcome: { to: 'restart' } }
				]
			}
		],
		perKey: [
			{
				id: 'both',
				kind: 'action',
				title: 'Press LOCK and UNLOCK together for 1 to 1.5 seconds, then let go',
				detail: 'A short, even press: count "one-and". Owners say a stopwatch helps.',
				holdSeconds: { min: 1, max: 1.5 },
				within: ['register-first', 'register'],
				closes: ['register-first', 'register'],
				opens: [
					{
						id: 'lock-press',
						maxSeconds: 3,
						from: 'letting go of both buttons',
						startsOn: 'done',
						missed: 'More than 3 seconds passed. Start again from the first step.',
						restartAt: 'in-out-ready',
						confidence: 'M',
						sources: SM_TSB
					}
				]
			},
			{
				id: 'lock-hold',
				kind: 'action',
				title: 'Within 3 seconds, press LOCK alone for more than 1 second',
				holdSeconds: { min: 1 },
				within: ['lock-press'],
				closes: ['lock-press'],
				carConfirms: 'Within 3 seconds the locks cycle once: registered. Twice: it failed.'
			},
			{
				...locksCycled(
					'Once means this remote is registered; the next remote within 40 seconds. Twice means it failed: start again from the first step.'
				),
				opens: [window40('register', 'the last remote registered')]
			}
		],
		finish: [
			{
				id: 'end',
				kind: 'instruction',
				title: "Open the driver's door and test every remote",
				detail:
					'The manual has no separate end step: the car returns to normal when the next step does not come in time.'
			}
		]
	};
}

const prereqs = [
	fact(
		'Every remote you want the car to know, and the key. The car holds four remotes.',
		'M',
		...SM_TSB
	)
];

const rewriteErases: SourcedText = fact(
	'Rewrite erases every remote the car knows: do every remote you keep in this session.',
	'M',
	...SM_TSB
);

const rewrite: VariantSpec = {
	id: 'toyota-remote-rewrite',
	title: 'Rewrite mode: forget all remotes, learn only these',
	summary:
		'The same steps with two key turns: the car erases every remote and learns only the ones you do now.',
	differs:
		'Two turns instead of one: use it to shut out a lost remote, or when adding did not work.',
	keySession: { maxKeys: atMost(4, 'remotes', SM_TSB), leftOut: rewriteErases },
	warnings: [rewriteErases],
	...steps('rewrite'),
	confidence: 'M',
	sources: SM_TSB
};

const registrationMain = procedure({
	id: 'toyota-remote-add',
	ref: 'P21',
	ifItFails: ['toyota-other-shop'],
	title: 'Register Toyota and Lexus remotes (door and key sequence)',
	summary:
		'A sequence of key insertions and door openings with 5- and 40-second limits, then two short button presses on each remote. Add mode keeps the remotes the car knows.',
	programs: 'remote-learn',
	makes: ['Toyota', 'Lexus'],
	models: [
		{ name: 'Celica', make: 'Toyota', from: 2000, to: 2003 },
		{ name: 'Echo', make: 'Toyota', from: 2001, to: 2003 },
		{ name: 'Highlander', make: 'Toyota', from: 2001, to: 2003 },
		{ name: 'Prius', make: 'Toyota', from: 2001, to: 2003 },
		{ name: 'RAV4', make: 'Toyota', from: 2001, to: 2003 },
		{ name: 'Camry', make: 'Toyota', from: 2002, to: 2003 },
		{ name: 'Avalon', make: 'Toyota', from: 2002, to: 2003 },
		{ name: 'Corolla', make: 'Toyota', from: 2003, to: 2003 },
		// One owner's post (who could not get it to work); the bulletin lists the 2003 only.
		{
			name: 'Corolla',
			make: 'Toyota',
			from: 2004,
			to: 2004,
			confidence: 'S',
			sources: src('toyotanation-corolla-2004')
		},
		{ name: 'Matrix', make: 'Toyota', from: 2003, to: 2003 },
		{ name: 'ES300', make: 'Lexus', from: 2002, to: 2002 },
		// After the bulletin's years, owners only: one Land Cruiser success (after many tries),
		// two 2005 Camry owners who entered the modes (their remotes then dropped out again).
		{
			name: 'Land Cruiser',
			make: 'Toyota',
			from: 2005,
			to: 2005,
			confidence: 'S',
			sources: src('ih8mud-lx470')
		},
		{
			name: 'Camry',
			make: 'Toyota',
			from: 2005,
			to: 2005,
			confidence: 'S',
			sources: src('camryforums-2005-fobs', 'edmunds-camry-2005-keyless')
		}
	],
	answers: { [Q_PUSH_BUTTON]: ['no'] },
	exclusions: [
		fact(
			'Not for smart-key (push-button) cars; those were not researched.',
			'M',
			'lexus-ls430-2003-repair'
		)
	],
	difficulty: 'moderate',
	...keyLimit(4, 'remotes', SM_TSB),
	prerequisites: prereqs,
	warnings: [
		fact(
			'In add mode the car keeps four remotes; a fifth erases the oldest.',
			'M',
			'lexus-gs430-2002-sm',
			...SM
		),
		fact(
			'Owners report it can take many tries to get the timing: that is normal, nothing is harmed by trying again.',
			'S',
			'ih8mud-lx470',
			'toyotanation-corolla-2004'
		),
		fact(
			'A remote that only locks (and no longer unlocks) is usually out of step with the car: this sequence puts it back in step.',
			'M',
			'lexus-es300-1997-sm-precheck'
		),
		fact(
			'If remotes register but stop working again a day or so later, stop repeating it: a 2005 Camry owner went through this several times, and the shop he asked pointed to a part in the car, not the remotes.',
			'S',
			'camryforums-2005-fobs',
			'edmunds-camry-2005-keyless'
		)
	],
	...steps('add'),
	confidence: 'M',
	confidenceNote:
		"Lexus service-manual text; Toyota's 2002 bulletin gives the same model list, modes and button timing (its step list, as summarised, is shortened).",
	sources: src(...SM_TSB, 'lexus-gs430-2002-sm', 'toyotanation-corolla-2004')
});

const registration: Procedure = withVariants(registrationMain, [rewrite]);

// ── 2003 Sienna: the door lock switch instead of the key insertions ──────

const SIENNA = src('automotiveforums-sienna-2003');

function window40s(id: string, from: string): NonNullable<Step['opens']>[number] {
	return {
		id,
		maxSeconds: 40,
		from,
		startsOn: 'done',
		missed: 'More than 40 seconds passed. Start again from the first step.',
		restartAt: 'key-in-out',
		confidence: 'S',
		sources: SIENNA
	};
}

const sienna = procedure({
	id: 'toyota-sienna-lock-switch',
	ref: 'P51',
	ifItFails: ['toyota-other-shop'],
	title: 'Program 2003 Sienna remotes (door lock switch and the key)',
	summary:
		"Five lock-unlock cycles on the driver's door switch, the door, five more cycles and two ignition turns, each part within 40 seconds; then two short presses on each remote.",
	programs: 'remote-learn',
	makes: ['Toyota'],
	models: [{ name: 'Sienna', from: 2003, to: 2003 }],
	answers: { [Q_PUSH_BUTTON]: ['no'] },
	difficulty: 'moderate',
	prerequisites: [
		fact(
			'Every remote you want to use, and the key. The instructions give no number of remotes.',
			'S',
			...SIENNA
		)
	],
	warnings: [
		fact(
			"The instructions do not say which mode the two ignition turns select. In Toyota's own text for the same kind of sequence, two turns erase every remote the car knows: do every remote you keep in this session.",
			'S',
			...SIENNA,
			...SM
		),
		fact(
			'All the remotes go within the same 40 seconds after the locks confirm: have them in hand, one after the other.',
			'S',
			...SIENNA
		)
	],
	setup: [
		{
			id: 'prep',
			kind: 'instruction',
			title: "Key out, driver's door open and unlocked, all other doors closed",
			detail:
				'Sit in the driver’s seat with the door open. Read the steps once: they have 40-second limits.'
		},
		{
			id: 'key-in-out',
			kind: 'action',
			title: 'Insert the key in the ignition and pull it out',
			detail: 'Do not turn it.',
			opens: [window40s('part-1', 'pulling the key out')]
		},
		{
			id: 'cycles-1',
			kind: 'repeat',
			times: 5,
			unit: 'lock then unlock',
			title: "On the driver's door switch: LOCK, UNLOCK, five times",
			detail: 'Start with LOCK. An even pace, fairly quick.',
			within: ['part-1']
		},
		{
			id: 'door',
			kind: 'action',
			title: "Close the driver's door, then open it",
			within: ['part-1'],
			closes: ['part-1'],
			opens: [window40s('part-2', 'opening the door again')]
		},
		{
			id: 'cycles-2',
			kind: 'repeat',
			times: 5,
			unit: 'lock then unlock',
			title: 'Again on the door switch: LOCK, UNLOCK, five times',
			within: ['part-2']
		},
		{
			id: 'ignition',
			kind: 'repeat',
			times: 2,
			unit: 'turn ON and back to OFF',
			title: 'Put the key in: turn it to ON and back to OFF, twice',
			within: ['part-2']
		},
		{
			id: 'key-out',
			kind: 'action',
			title: 'Take the key out',
			within: ['part-2'],
			closes: ['part-2']
		},
		{
			id: 'mode',
			kind: 'question',
			title: 'Within 3 seconds, did the locks lock and unlock by themselves?',
			carConfirms: 'The locks cycle once: programming mode.',
			opens: [window40s('remotes', 'the locks confirming')],
			answers: [
				{ label: 'Yes', outcome: { to: 'next' } },
				{ label: 'No', outcome: { to: 'restart' } }
			]
		}
	],
	perKey: [
		{
			id: 'both',
			kind: 'action',
			title: 'Press LOCK and UNLOCK together for 1 second, then let go',
			holdSeconds: { min: 1 },
			within: ['remotes']
		},
		{
			id: 'lock-hold',
			kind: 'action',
			title: 'Straight away, press LOCK alone and hold it for 2 seconds',
			holdSeconds: { min: 2 },
			within: ['remotes'],
			carConfirms:
				'Within 3 seconds the locks cycle once: registered. Twice, or not at all: it failed.'
		},
		locksCycled(
			'Once: this remote is registered, on to the next. Twice or not at all: do the two presses again.'
		)
	],
	finish: [
		{
			id: 'test',
			kind: 'instruction',
			title: 'Test every remote',
			detail: 'The instructions stop before any end step.'
		}
	],
	confidence: 'S',
	confidenceNote:
		'One post of the instructions that came with replacement remotes; it is the same family as Toyota’s own sequence, but no Toyota text for the Sienna was found.',
	sources: SIENNA
});

// ── Cars that go to the shop, with the reason ────────────────────────────

const AVENSIS = src('toyota-avensis-rm1018e', 'toyota-avensis-rm1018e-2003');

const avensisShop = shopPath({
	id: 'toyota-avensis-shop',
	title: 'Avensis remotes: a Toyota dealer or a locksmith',
	makes: ['Toyota'],
	models: [{ name: 'Avensis' }],
	why: fact(
		"Toyota's European repair manual for the Avensis (the model sold from 2003) starts remote registration with a door-and-key sequence, but the text available stops before the step that registers a remote, so FobSync cannot guide it. The earlier Avensis (1997–2003) is not shown in it.",
		'M',
		...AVENSIS
	),
	shops: ['dealer', 'auto-locksmith'],
	askFor:
		'Registering every remote you keep to the car (Toyota calls it transmitter recognition code registration).',
	involves: [
		fact(
			'Modes are chosen by turning the key LOCK to ON and back 1, 2, 3 or 5 times; 0, 4 or 6 and more turns get no answer from the locks. The sources give no price.',
			'M',
			...AVENSIS
		)
	],
	confidence: 'M'
});

const SMART = src(
	'lexus-gs430-2007-smart-key',
	'lexus-ls460l-2007-smart-key',
	'lexus-es350-2007-smart-key'
);

const smartKeyShop = shopPath({
	id: 'toyota-lexus-smart-key-shop',
	title:
		'Toyota and Lexus smart keys (push-button start): the dealer or a locksmith with the tester',
	makes: ['Toyota', 'Lexus'],
	models: [
		{ name: 'GS430', make: 'Lexus', from: 2007, to: 2007 },
		{ name: 'LS460L', make: 'Lexus', from: 2007, to: 2007 },
		{ name: 'ES350', make: 'Lexus', from: 2007, to: 2007 },
		// The manuals read are for these three Lexus; other smart-key cars were not checked.
		{
			name: 'Another Toyota or Lexus with push-button start',
			otherModels: true,
			confidence: 'U',
			sources: SMART
		}
	],
	answers: { [Q_PUSH_BUTTON]: ['yes'] },
	why: fact(
		"On the smart-key Lexus models checked (the 2007 GS430, LS460L and ES350), one code serves the smart key, the remote buttons and the immobiliser, and registering a new or extra key needs Toyota's tester. No owner method exists for them.",
		'M',
		...SMART
	),
	shops: ['dealer', 'auto-locksmith'],
	askFor: 'Additional key ID registration with the tester, with every key you keep present.',
	involves: [
		fact(
			'Up to 7 keys can be registered. If no registered key is left, parts of the car have to be replaced as well, so bring every key you have.',
			'M',
			...SMART
		)
	],
	confidence: 'M'
});

const sc430Shop = shopPath({
	id: 'lexus-sc430-key-shop',
	title: 'A new key for a 2007 Lexus SC430: the dealer or a locksmith with the tester',
	makes: ['Lexus'],
	models: [{ name: 'SC430', from: 2007, to: 2007 }],
	answers: { [Q_KEY_ORIGIN]: ['new'] },
	why: fact(
		"The key's chip code is registered with Toyota's tester, and its remote code separately. No owner method exists for the chip.",
		'M',
		'lexus-sc430-2007-immobiliser'
	),
	shops: ['dealer', 'auto-locksmith'],
	askFor:
		'Additional key code registration with the tester, and the remote code of the new key registered too.',
	involves: [
		fact(
			'The car holds the codes of 4 keys (3 master keys and 1 sub-key). If no registered key is left, a control unit has to be replaced. The sources give no price.',
			'M',
			'lexus-sc430-2007-immobiliser'
		)
	],
	confidence: 'M'
});

const toyotaShop = shopPath({
	id: 'toyota-other-shop',
	title: 'Toyota and Lexus keys and smart keys: a dealer or a locksmith with the tester',
	makes: ['Toyota', 'Lexus'],
	why: fact(
		'Adding a key for starting is done with a hand-held tester on at least some models; the owner "master key" methods that circulate disagree with each other and could erase keys if miscounted, so FobSync does not offer them. For the remotes of key-started Toyotas from 2004 on, no Toyota text was found, only owner reports.',
		'U',
		'lexus-ls430-2003-repair',
		'toyotanation-transponder',
		'ih8mud-lx470'
	),
	shops: ['dealer', 'auto-locksmith'],
	askFor:
		'A new key (or remote) registered to the car with the tester, and every remote you keep registered again.',
	involves: [
		fact(
			"Registration with Toyota's tester. The sources give no price; ask for a quote first.",
			'M',
			'lexus-ls430-2003-repair'
		)
	],
	confidence: 'U'
});

/** Toyota and Lexus. */
export const toyotaModule: CatalogueModule = {
	sources: SOURCES,
	procedures: [registration, sienna],
	shopPaths: [toyotaShop, avensisShop, smartKeyShop, sc430Shop]
};
