/**
 * Porsche 986 Boxster and 996 911: resync of the remote receiver's counter
 * after the remote was pressed too often out of range (ignition on, off, key
 * out, press within seconds); the 987 Cayman "handover" an owner quotes from a
 * bulletin; and the shop path for new keys and remotes (Porsche tester and the
 * key code card).
 */
import type { CatalogueModule, Procedure, SourcedText, TimeWindow } from '../types';
import { Q_KEY_ORIGIN, confirmKey, chipCodedToo } from './common';
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
		id: 'porsche911owner-996-remote',
		title: '"Porsche 996 Remote Locking Broken - How to Fix" (porsche911owner blog, 2019)',
		kind: 'community',
		url: 'https://porsche911owner.blogspot.com/2019/07/porsche-996-remote-locking-broken.html'
	},
	{
		id: 'pedrosboard-986-remote',
		title: 'Pedro’s Board: "Key remote....." (MY00 986 S)',
		kind: 'community',
		url: 'http://pedrosboard.com/read.php?7,52213,52217,quote=1'
	},
	{
		id: '986forum-key-locks',
		title: '986forum: "Key & locks not communicating"',
		kind: 'community',
		url: 'http://986forum.com/forums/performance-technical-chat/82212-key-locks-not-communicating-post646107.html'
	},
	{
		id: 'boxster-wiki-keys',
		title: 'Boxster wiki: "Alarm, Keys, Remote"',
		kind: 'community',
		url: 'http://boxster.wikicities.com/wiki/Alarm%2C_Keys%2C_Remote'
	},
	{
		id: 'caymanclub-handover',
		title: 'CaymanClub: "Key stopped working" (987 Cayman, owner quoting a Porsche bulletin)',
		kind: 'community',
		url: 'http://www.caymanclub.net/cayman-electronics/20857-key-stopped-working.html'
	},
	{
		id: '986fans-remote',
		title: '986fans.de forum: remote key radio module and programming',
		kind: 'community',
		url: 'https://986fans.de/'
	},
	{
		id: '986forum-slow-blink',
		title: '986forum: "Key fob problem - common?" (slow-blinking key light)',
		kind: 'community',
		url: 'http://986forum.com/forums/performance-technical-chat/59462-key-fob-problem-common.html?mode=hybrid'
	},
	{
		id: '986forum-pst2-sync',
		title: '986forum: "Door lock remote control synchronisation"',
		kind: 'community',
		url: 'https://986forum.com/forums/performance-technical-chat/889-door-lock-remote-control-synchronisation.html'
	}
]);

const RESYNC = src('porsche911owner-996-remote', 'pedrosboard-986-remote', '986forum-key-locks');
const SHOP = 'porsche-shop';

const SLOW_BLINK: SourcedText = fact(
	'If the key’s red light blinks slowly (about once a second) on every button, a resync will not help: take the key to a specialist.',
	'C',
	'986fans-remote',
	'986forum-slow-blink'
);

const KNOWN_REMOTE: SourcedText = fact(
	'Only for a remote that already belongs to this car. New keys and remotes need the Porsche tester and the key code card.',
	'C',
	'986fans-remote',
	'986forum-pst2-sync'
);

/** The owners' quick press after the key comes out; the main method and its variant share it. */
const PRESS_WINDOW: TimeWindow = {
	id: 'press',
	maxSeconds: 5,
	from: 'taking the key out',
	startsOn: 'done',
	missed:
		'More than 5 seconds passed after the key came out. Switch the ignition on and off again.',
	restartAt: 'ign-on',
	confidence: 'U',
	sources: RESYNC
};

const receiverResyncMain = procedure({
	id: 'porsche-986-996-receiver-resync',
	ref: 'P47',
	ifItFails: [SHOP],
	title: 'Resync a Porsche Boxster (986) or 911 (996) remote',
	summary:
		'Switch the ignition on and off with the key, take it out, and press the remote button within 5 seconds.',
	programs: 'remote-resync',
	makes: ['Porsche'],
	models: [
		{ name: 'Boxster', chassis: ['986'], from: 1997, to: 2004 },
		{ name: '911', chassis: ['996'], from: 1999, to: 2004 }
	],
	answers: { [Q_KEY_ORIGIN]: ['worked-before'] },
	difficulty: 'easy',
	prerequisites: [
		fact(
			'Use the key whose chip this car knows (the engine starts with it).',
			'S',
			'porsche911owner-996-remote'
		)
	],
	warnings: [
		fact(
			'Needed after the remote was pressed more than 256 times away from the car, or while the car battery was disconnected.',
			'C',
			'porsche911owner-996-remote',
			'pedrosboard-986-remote',
			'boxster-wiki-keys'
		),
		SLOW_BLINK,
		KNOWN_REMOTE
	],
	setup: [],
	perKey: [
		{
			id: 'ign-on',
			kind: 'action',
			title: 'Put this key in the ignition and switch the ignition on',
			detail: 'One owner starts the engine instead; switching on is enough for the others.',
			observe: { signal: 'ignition', expect: 'on' }
		},
		{
			id: 'ign-off',
			kind: 'action',
			title: 'Switch the ignition off',
			observe: { signal: 'ignition', expect: 'off' }
		},
		{
			id: 'key-out',
			kind: 'action',
			title: 'Take the key out, remote in hand',
			detail: 'Press the remote button straight after.',
			opens: [PRESS_WINDOW]
		},
		{
			id: 'press',
			kind: 'action',
			title: 'Press the remote button within 5 seconds',
			detail: 'Two sources give 6 seconds and one gives 5; 5 seconds fits all of them.',
			within: ['press'],
			closes: ['press']
		},
		confirmKey('Does the remote lock and unlock the car now?')
	],
	finish: [],
	confidence: 'C',
	confidenceNote:
		'Three owner sources agree on ignition on, off, key out and a quick press (one reports success). They differ on the time (5 or 6 seconds): that figure is U.',
	sources: RESYNC
});

const receiverResync: Procedure = withVariants(receiverResyncMain, [
	{
		id: 'porsche-986-996-key-head-reset',
		title: 'Porsche remote resync after resetting the key head',
		summary:
			'Put the key battery in backwards for 10 seconds, then the right way round, then do the resync.',
		differs: 'The key head is reset first, with its battery in backwards for 10 seconds.',
		prerequisites: [],
		warnings: [SLOW_BLINK],
		perKey: [
			{ id: 'battery-out', kind: 'action', title: 'Open the key head and take the battery out' },
			{
				id: 'reversed',
				kind: 'wait',
				seconds: 10,
				title: 'Put the battery in backwards and leave it 10 seconds'
			},
			{
				id: 'battery-in',
				kind: 'action',
				title: 'Take it out and put it in the right way round'
			},
			{ id: 'ign-on', kind: 'action', title: 'Switch the ignition on with this key' },
			{ id: 'ign-off', kind: 'action', title: 'Switch the ignition off' },
			{
				id: 'key-out',
				kind: 'action',
				title: 'Take the key out, remote in hand',
				opens: [PRESS_WINDOW]
			},
			{
				id: 'press',
				kind: 'action',
				title: 'Press the remote button within 5 seconds',
				within: ['press'],
				closes: ['press']
			},
			confirmKey('Does the remote lock and unlock the car now?')
		],
		confidence: 'S',
		confidenceNote: 'One owner’s tip for the key head; the resync as in the main method.',
		sources: src('pedrosboard-986-remote')
	}
]);

const caymanHandover = procedure({
	id: 'porsche-987-cayman-handover',
	ref: 'P47',
	ifItFails: [SHOP],
	title: 'Porsche Cayman (987) remote "handover"',
	summary:
		'Ignition on, then press the remote button until the central-locking light in the dashboard blinks at another rate; take the key out and test.',
	programs: 'remote-resync',
	makes: ['Porsche'],
	models: [{ name: 'Cayman', chassis: ['987'], from: 2006, to: 2008 }],
	answers: { [Q_KEY_ORIGIN]: ['worked-before'] },
	difficulty: 'easy',
	prerequisites: [],
	warnings: [KNOWN_REMOTE],
	setup: [],
	perKey: [
		{
			id: 'ign-on',
			kind: 'action',
			title: 'Put this key in the ignition and switch the ignition on',
			observe: { signal: 'ignition', expect: 'on' }
		},
		{
			id: 'press',
			kind: 'action',
			title:
				'Press the remote button until the central-locking light in the dashboard blinks at another rate',
			detail: 'The light is on the central-locking switch.'
		},
		{ id: 'key-out', kind: 'action', title: 'Take the key out of the ignition' },
		confirmKey('Does the remote lock and unlock the car now?')
	],
	finish: [],
	confidence: 'S',
	confidenceNote: 'One owner quoting a Porsche bulletin that was not read.',
	sources: src('caymanclub-handover')
});

const porscheShop = shopPath({
	id: SHOP,
	title: 'New Porsche keys and remotes: a Porsche centre or specialist with the tester',
	makes: ['Porsche'],
	anyCarOfMake: true,
	why: fact(
		'New keys and remotes are programmed with the Porsche tester and the key code card that came with the car. Owners found no way around it.',
		'C',
		'986fans-remote',
		'986forum-pst2-sync'
	),
	shops: ['dealer', 'independent-specialist'],
	askFor:
		'Programming the key and remote with the Porsche tester (PST2 or PIWIS), using the key code card.',
	alsoBring: ['The key code card that came with the car'],
	involves: [
		fact(
			'One specialist does it as a single programming session with the new key. The sources give no price.',
			'S',
			'986forum-pst2-sync'
		)
	],
	confidence: 'C'
});

/** Porsche. */
export const porscheModule: CatalogueModule = {
	sources: SOURCES,
	procedures: [receiverResync, caymanHandover],
	shopPaths: [porscheShop],
	newKeyChip: [
		chipCodedToo(
			['Porsche'],
			fact(
				'Porsche does that with its tester and the key code card that came with the car.',
				'C',
				'986fans-remote',
				'986forum-pst2-sync'
			)
		)
	]
};
