/**
 * Mazda: the Mazda3 / Protegé remote method (key turns and driver's door) and
 * the customer spare-key method for the immobiliser with two working keys.
 * The Ford-built B-Series is in ford.ts.
 */
import type { CatalogueModule, Step } from '../types';
import {
	Q_PUSH_BUTTON,
	Q_WORKING_KEYS,
	everyRemote,
	untimed,
	confirmKey,
	getReady,
	yesCarriesOn,
	keyLimit
} from './common';
import { shopPath } from './shop-path';
import { procedure } from './procedure';
import { sourceList } from './source-ids';

export const {
	docs: SOURCES,
	src,
	fact
} = sourceList([
	{
		id: 'mazdas247-remote',
		title: '"Remote control M3, need help" (Mazdas247 forum)',
		kind: 'community',
		url: 'https://mazdas247.com/forum/t/remor-control-m3-need-help.123779965/post-5356429'
	},
	{
		id: 'mazdaforum-remote',
		title: '"Mazda 3 remote key entry program issue" (MazdaForum)',
		kind: 'community',
		url: 'https://www.mazdaforum.com/forum/mazda3-26/mazda-3-remote-key-entry-program-issue-50803/'
	},
	{
		id: 'themazdaforum-remote',
		title: 'The Mazda Forum archive: remote programming (door-pillar switch, 20–25 seconds)',
		kind: 'community',
		url: 'http://www.themazdaforum.com/archive/index.php/t-5360.html'
	},
	{
		id: 'mazdas247-programming',
		title: '"Programming remote" (Mazdas247 forum: problems reported)',
		kind: 'community',
		url: 'https://mazdas247.com/forum/t/programming-remote.123843228'
	},
	{
		id: 'mazda-mx5-2007-sm-keys',
		title:
			'2007 Mazda service manual, "Immobilizer System Component Replacement / Key Addition and Clearing"',
		kind: 'service-manual',
		url: 'https://lemon.leoquadpod.com/Mazda/2007/6%20Mazdaspeed/Repair%20and%20Diagnosis/External%20Pages/Different%20car/Section%20611%20%28Security%20System%20And%20Locks%20System%20%28Keyless%20Entry%20System%29%29/Immobilizer%20System%20Component%20Replacement%2FKey%20Addition%20And%20Clearing%5BKeyless%20Entry%20System%5D/Foreword/'
	},
	{
		id: 'mazda-rx8-2005-sm-keys',
		title: '2005 Mazda RX-8 service manual, immobiliser programming and relearning',
		kind: 'service-manual',
		url: 'https://myvehicle.help/Mazda/2005/RX8%202RTR-1.3L/Repair%20and%20Diagnosis/Accessories%20and%20Optional%20Equipment/Antitheft%20and%20Alarm%20Systems/Testing%20and%20Inspection/Programming%20and%20Relearning'
	},
	{
		id: 'mazda-mpv-sm-one-key',
		title:
			'Mazda MPV service manual, "Immobilizer System Reprogram Procedure: when the customer has only one or no valid key"',
		kind: 'service-manual',
		url: 'https://lemon-manuals.org.ua/Mazda/2003/MPV%20ES/Repair%20and%20Diagnosis/External%20Pages/Different%20car/Section%20153%20%28Security%20System%20And%20Locks%20System%29/Immobilizer%20System%20Reprogram%20Procedure/When%20the%20customer%20has%20only%20one%20or%20no%20valid%20key/'
	},
	{
		id: 'trinivoices-mazda3-keys',
		title: '"How to reprogram keys and fobs on a Mazda 3" (TriniVoices forum)',
		kind: 'community',
		url: 'https://trinivoices.com/threads/how-to-reprogram-keys-and-fobs-on-a-mazda-3.4'
	},
	{
		id: 'mazda3revolution-keys',
		title: '"Key programming" (Mazda3Revolution forum: key and remote are separate procedures)',
		kind: 'community',
		url: 'https://www.mazda3revolution.com/threads/key-programming.15097/'
	}
]);

const REMOTE = src('mazdas247-remote', 'mazdaforum-remote', 'themazdaforum-remote');
const IMMO_M = src('mazda-mx5-2007-sm-keys', 'mazda-rx8-2005-sm-keys');

const remote = procedure({
	id: 'mazda-remote-key-turns-door',
	ref: 'P25',
	ifItFails: ['mazda-other-shop'],
	title: "Program Mazda3 and Protegé remotes (key turns and the driver's door)",
	summary:
		'Door open, three key turns within 10 seconds, the door closed and opened three times, then two presses on each remote.',
	programs: 'remote-learn',
	makes: ['Mazda'],
	models: [
		{ name: 'Mazda3', from: 2004, to: 2009 },
		// Only one of the three owner guides mentions the Protegé.
		{
			name: 'Protegé',
			from: 1999,
			to: 2003,
			confidence: 'S',
			sources: src('themazdaforum-remote')
		}
	],
	answers: { [Q_PUSH_BUTTON]: ['no'] },
	difficulty: 'moderate',
	...keyLimit(3, 'remotes', REMOTE, 'C'),
	prerequisites: [everyRemote(REMOTE, 3, 'C')],
	warnings: [
		fact(
			'Turn the key exactly three times: four turns starts a test mode instead (the horn beeps).',
			'S',
			'themazdaforum-remote'
		),
		fact(
			"One report says to do the whole sequence within 20 to 25 seconds; another owner's car only answered with the door closed.",
			'S',
			'themazdaforum-remote',
			'mazdas247-programming'
		)
	],
	setup: [
		{ id: 'door-open', kind: 'action', title: "Open the driver's door and leave it open" },
		{
			id: 'switch',
			kind: 'action',
			title: "Lock, then unlock, with the driver's door lock switch",
			detail: 'Two of three owner guides include this step.'
		},
		getReady(
			'turns-ready',
			{
				hand: 'Key in the ignition at LOCK, hand on it',
				start: 'turning',
				next: 'turn the key ON → LOCK 3 times within 10 seconds and leave it in LOCK.'
			},
			{
				id: 'turns',
				maxSeconds: 10,
				from: 'when you tapped Go, just before your first turn',
				missed: 'More than 10 seconds passed between Go and the third turn. Start again.',
				restartAt: 'turns-ready',
				confidence: 'C',
				sources: REMOTE
			}
		),
		{
			id: 'turns',
			kind: 'repeat',
			times: 3,
			unit: 'turn ON → LOCK',
			title: 'Turn the key ON → LOCK 3 times within 10 seconds; leave it in LOCK',
			detail: 'ON, not ACC.',
			within: ['turns'],
			closes: ['turns']
		},
		{
			id: 'door-3',
			kind: 'repeat',
			times: 3,
			unit: 'close and open',
			title: "Close and open the driver's door 3 times, leaving it open",
			detail: 'One guide presses the door switch on the door pillar three times instead.',
			carConfirms: 'The locks lock and unlock once.'
		},
		yesCarriesOn('mode', 'Did the locks lock and unlock?', { to: 'restart' })
	],
	perKey: [
		{
			id: 'press-2',
			kind: 'repeat',
			times: 2,
			unit: 'press',
			title: 'Press any button on this remote twice',
			carConfirms: 'The locks lock and unlock.'
		},
		confirmKey('Did the locks lock and unlock?')
	],
	finish: [
		{
			id: 'key-out',
			kind: 'action',
			title: 'Take the key out',
			carConfirms: 'The locks cycle several times (about four): done.'
		},
		{ id: 'test', kind: 'instruction', title: 'Test every remote' }
	],
	confidence: 'C',
	confidenceNote: 'Owner forums agree on the steps; no Mazda text was found.',
	sources: src(...REMOTE, 'mazdas247-programming')
});

const gap = (id: string, after: string, restartAt: string): NonNullable<Step['opens']>[number] =>
	untimed({
		id,
		from: `taking out the ${after}`,
		startsOn: 'done',
		restartAt,
		confidence: 'S',
		sources: src('trinivoices-mazda3-keys')
	});

/** Where an owner without two working keys, or whose new key did not take, is sent. */
const KEY_SHOP = 'mazda-key-shop';

const spareKey = procedure({
	id: 'mazda-spare-key-two-keys',
	ref: 'P26',
	ifItFails: [KEY_SHOP],
	title: 'Add a Mazda key with two working keys',
	summary:
		'Mazda lets owners with two working keys add a key themselves: each working key in ON for about 5 seconds, then the new key.',
	programs: 'immobiliser-key',
	makes: ['Mazda'],
	models: [
		{ name: 'MX-5', from: 2007, to: 2007 },
		{ name: 'RX-8', from: 2005, to: 2005 },
		{ name: 'Mazda3', from: 2004, to: 2009 }
	],
	answers: { [Q_WORKING_KEYS]: ['2+'], [Q_PUSH_BUTTON]: ['no'] },
	exclusions: [
		fact(
			'Not when owner key programming has been switched off on the car: then only the dealer tool can add keys.',
			'M',
			'mazda-mx5-2007-sm-keys'
		)
	],
	difficulty: 'moderate',
	workingKeysNeeded: 2,
	prerequisites: [
		fact('Two keys that already start this car.', 'M', ...IMMO_M),
		fact('The new key, cut for this car.', 'M', ...IMMO_M)
	],
	warnings: [
		fact(
			"Mazda confirms this method exists, but the steps come from one owner's post and the times between keys are not stated: move from key to key without pausing.",
			'S',
			'trinivoices-mazda3-keys',
			...IMMO_M
		),
		fact(
			'This teaches the key for starting only; the remote buttons are a separate procedure.',
			'S',
			'mazda3revolution-keys'
		)
	],
	setup: [
		yesCarriesOn(
			'have-two-keys',
			'Are two keys that already start this car here with you?',
			{ to: 'shop', shopPath: KEY_SHOP },
			{
				detail:
					'This method needs two working keys. With fewer, a Mazda dealer has to add keys with its tool.',
				yesLabel: 'Yes, two or more'
			}
		)
	],
	perKey: [
		{
			id: 'key1',
			kind: 'action',
			title: 'Insert the first working key, turn it ON, wait about 5 seconds, take it out',
			opens: [gap('gap-1', 'first key', 'key1')]
		},
		{
			id: 'key2',
			kind: 'action',
			title: 'Insert the second working key, turn it ON, wait about 5 seconds, take it out',
			detail: 'The source gives no time limit between keys: go straight on.',
			within: ['gap-1'],
			closes: ['gap-1'],
			opens: [gap('gap-2', 'second key', 'key1')]
		},
		{
			id: 'new',
			kind: 'action',
			title: 'Insert the new key, turn it ON, wait about 5 seconds, turn it OFF',
			detail: 'The source gives no time limit between keys: go straight on.',
			within: ['gap-2'],
			closes: ['gap-2']
		},
		confirmKey('Does the new key start the engine?')
	],
	finish: [{ id: 'check', kind: 'instruction', title: 'Start the car once with every key' }],
	confidence: 'S',
	confidenceNote:
		'Mazda service manuals say the owner method with two working keys exists; the steps are from a single owner post.',
	sources: src('trinivoices-mazda3-keys', ...IMMO_M, 'mazda3revolution-keys')
});

const keyShop = shopPath({
	id: 'mazda-key-shop',
	title: 'A Mazda key with fewer than two working keys: the Mazda dealer',
	makes: ['Mazda'],
	answers: { [Q_WORKING_KEYS]: ['0', '1'] },
	why: fact(
		"With one or no working key, Mazda's service manuals require the dealer's diagnostic tool (and on some models a code word) to add keys.",
		'M',
		...IMMO_M,
		'mazda-mpv-sm-one-key'
	),
	shops: ['dealer', 'auto-locksmith'],
	askFor:
		"New keys programmed to the immobiliser with Mazda's tool, and every key you keep programmed in the same visit.",
	involves: [
		fact(
			'Programming with the dealer tool; some models need a code word the dealer obtains. The sources give no price.',
			'M',
			'mazda-mpv-sm-one-key'
		)
	],
	confidence: 'M'
});

const otherShop = shopPath({
	id: 'mazda-other-shop',
	title: 'Mazda remotes: a shop with a tool',
	makes: ['Mazda'],
	// Offered when a home procedure did not work, and for any Mazda no procedure covers.
	onlyAfterFailure: true,
	anyCarOfMake: true,
	why: fact(
		'No Mazda document with owner remote steps was found; the app guides the owner-forum method only for the models it was reported on.',
		'C',
		...REMOTE
	),
	shops: ['dealer', 'auto-locksmith', 'independent-specialist'],
	askFor: 'Programming every remote (and key) to the car.',
	involves: [
		fact('A short job with a diagnostic tool. The sources give no price.', 'M', ...IMMO_M)
	],
	confidence: 'C'
});

/** Mazda (the B-Series pickup is in the Ford module). */
export const mazdaModule: CatalogueModule = {
	sources: SOURCES,
	procedures: [remote, spareKey],
	shopPaths: [keyShop, otherShop]
};
