/**
 * Subaru: the 2002 Forester method (ten key turns, the driver's door, horn
 * chirps). The 2005–2012 code-entry method is left out: the rule for keying in
 * each digit is missing from every copy we read (see docs/procedures.md).
 */
import type { CatalogueModule } from '../types';
import { Q_PUSH_BUTTON, everyRemote, confirmKey, getReady, yesCarriesOn, keyLimit } from './common';
import { shopPath } from './shop-path';
import { procedure } from './procedure';
import { sourceList } from './source-ids';

const {
	docs: SOURCES,
	src,
	fact
} = sourceList([
	{
		id: 'subaru-forester-2002-sm',
		title: '2002 Subaru Forester service manual, "Remote Transmitter Programming"',
		kind: 'service-manual',
		url: 'https://lemon-manuals.org.ua/Subaru/2002/Forester%20Base/Repair%20and%20Diagnosis%20%28Single%20Page%29/Body%20%26%20Frame/Door%20Locks/Power%20Door%20Locks%20%26%20Keyless%20Entry%20System/Programming/Remote%20Transmitter%20Programming'
	},
	{
		id: 'subaru-legacy-owners-programming',
		title:
			'Subaru Legacy/Outback owner\'s manual, "Programming the transmitters" (8-digit code entry)',
		kind: 'owners-manual',
		url: 'https://www.subarumanuals.org/subaru-1190.html'
	},
	{
		id: 'subaru-forester-2008-owners',
		title: "2008 Subaru Forester owner's manual, p. 2-12, transmitter code entry",
		kind: 'owners-manual',
		url: 'https://www.manualslib.com/manual/232329/Subaru-2008-Forester.html?page=101'
	},
	{
		id: 'paulfesta-subaru-fob',
		title:
			'"How do I program a Subaru keyless fob?" (personal blog, 2011: dealer and independent shop experience)',
		kind: 'community',
		url: 'http://blog.paulfesta.com/2011/09/how-do-i-program-subaru-keyless-fob.html'
	},
	{
		id: 'warner-legacy-1998-keyless',
		title:
			'"Keyless entry works!" (personal page: 1998 Legacy GT with an add-on keyless-entry unit)',
		kind: 'community',
		url: 'http://doug.warner.fm/keyless-entry-works.html'
	}
]);

const SM = src('subaru-forester-2002-sm');

const forester = procedure({
	id: 'subaru-forester-10-turns',
	ref: 'P27',
	ifItFails: ['subaru-dealer-shop'],
	title: "Program 2002 Forester remotes (ten key turns and the driver's door)",
	summary:
		"Ten quick key turns and the driver's door put the car in programming mode; the horn confirms each remote.",
	programs: 'remote-learn',
	makes: ['Subaru'],
	models: [{ name: 'Forester', from: 2002, to: 2002 }],
	answers: { [Q_PUSH_BUTTON]: ['no'] },
	difficulty: 'moderate',
	...keyLimit(4, 'remotes', SM),
	prerequisites: [everyRemote(SM, 4)],
	warnings: [
		fact(
			'Make sure nobody nearby uses another car remote while you do this: the car could learn it.',
			'M',
			...SM
		),
		fact(
			'Subaru recommends having a dealer program remotes. Do not start the engine during the turns.',
			'M',
			...SM
		)
	],
	setup: [
		getReady(
			'prep',
			{
				hand: 'Every remote and the key in hand, by the car',
				start: 'disarming the alarm',
				next: "disarm the alarm, sit in, close every door, turn the key 10 times and open and close the driver's door: all of it within 45 seconds."
			},
			{
				id: 'whole',
				maxSeconds: 45,
				from: 'when you tapped Go, just before disarming the alarm',
				missed: 'More than 45 seconds passed since you tapped Go. Start again.',
				restartAt: 'prep',
				confidence: 'M',
				sources: SM
			}
		),
		{
			id: 'disarm',
			kind: 'action',
			title: "Disarm the alarm (if fitted) and sit in the driver's seat",
			within: ['whole']
		},
		{
			id: 'close',
			kind: 'action',
			title: "Close the driver's door and every other door, the tailgate and the boot",
			within: ['whole']
		},
		{
			...getReady(
				'turns-ready',
				{
					hand: 'Hand on the key, in the ignition at LOCK',
					start: 'turning',
					next: 'turn the key LOCK → ON 10 times within 15 seconds, stopping at LOCK.'
				},
				{
					id: 'turns',
					maxSeconds: 15,
					from: 'when you tapped Go, just before your first turn',
					missed: 'More than 15 seconds passed between Go and the tenth turn. Start again.',
					restartAt: 'prep',
					confidence: 'M',
					sources: SM
				}
			),
			within: ['whole']
		},
		{
			id: 'turns',
			kind: 'repeat',
			times: 10,
			unit: 'turn LOCK → ON',
			title: 'Turn the key LOCK → ON 10 times within 15 seconds, stopping at LOCK',
			within: ['whole', 'turns'],
			closes: ['turns'],
			carConfirms: 'The horn chirps once: programming mode.'
		},
		{
			id: 'door',
			kind: 'action',
			title: "Open the driver's door, then close it",
			within: ['whole'],
			closes: ['whole']
		},
		yesCarriesOn('mode', 'Did the horn chirp once after the key turns?', { to: 'restart' })
	],
	perKey: [
		{
			id: 'press',
			kind: 'action',
			title: 'Press and release any button on this remote',
			carConfirms: 'The horn chirps twice.'
		},
		confirmKey('Did the horn chirp twice?')
	],
	finish: [
		{
			id: 'key-out',
			kind: 'action',
			title: 'Take the key out',
			carConfirms: 'The horn sounds three times: programming is over.'
		},
		{ id: 'test', kind: 'instruction', title: 'Test every remote' }
	],
	confidence: 'M',
	sources: SM
});

// ── 1998 Legacy with an add-on keyless-entry unit (its own programming button) ──

const WARNER = src('warner-legacy-1998-keyless');

const legacyButton = procedure({
	id: 'subaru-legacy-1998-button',
	ref: 'P50',
	ifItFails: ['subaru-dealer-shop'],
	title: 'Program remotes on a 1998 Legacy with a keyless-entry programming button',
	summary:
		'For an add-on keyless-entry unit with its own button: ignition on, hold the button about 15 seconds until the locks cycle three times, press LOCK on each remote, let go.',
	programs: 'remote-learn',
	makes: ['Subaru'],
	models: [{ name: 'Legacy', from: 1998, to: 1998 }],
	difficulty: 'moderate',
	...keyLimit(4, 'remotes', WARNER, 'S'),
	prerequisites: [
		everyRemote(WARNER, 4, 'S'),
		fact(
			'The programming button of the keyless-entry unit: a small button on a pair of brown wires from a black box about 20 × 15 cm, often on the left of the steering column.',
			'S',
			...WARNER
		)
	],
	warnings: [
		fact(
			"This is for an add-on keyless-entry unit that one owner found in his 1998 Legacy GT; Subaru's own remote systems are programmed differently.",
			'S',
			...WARNER
		)
	],
	setup: [
		yesCarriesOn(
			'has-button',
			'Have you found the programming button on the brown wires?',
			{ to: 'shop', shopPath: 'subaru-dealer-shop' },
			{
				detail:
					'Look under the dashboard, usually left of the steering column. Without such a button this method does not apply.'
			}
		),
		{ id: 'door', kind: 'action', title: "Open the driver's door" },
		{ id: 'on', kind: 'action', title: 'Turn the key to ON' },
		{
			id: 'hold',
			kind: 'action',
			title: 'Press the programming button and keep holding it',
			detail:
				'About 15 seconds, and do not let go afterwards: you press the remotes while holding it.',
			holdSeconds: { min: 15 },
			carConfirms: 'The doors lock and unlock three times, quickly: ready for the remotes.'
		},
		yesCarriesOn('ready', 'Still holding the button: did the doors lock and unlock three times?', {
			to: 'step',
			step: 'hold'
		})
	],
	perKey: [
		{
			id: 'press',
			kind: 'action',
			title: 'Still holding the button, press LOCK on this remote'
		},
		confirmKey(
			'Did you press LOCK on this remote while holding the button?',
			'The owner does not say how the car answers each remote: you test them all at the end.'
		)
	],
	finish: [
		{ id: 'release', kind: 'action', title: 'Let go of the programming button' },
		{ id: 'test', kind: 'instruction', title: 'Test every remote' }
	],
	confidence: 'S',
	sources: WARNER
});

const subaruShop = shopPath({
	id: 'subaru-dealer-shop',
	title: 'Other Subarus (and the Saab 9-2X): the Subaru dealer',
	makes: ['Subaru', 'Saab'],
	why: fact(
		'Later Subarus learn a remote by typing its 8-digit code with the door lock switch. The rule for keying in each digit is missing from every copy of the handbook found, and owners and an independent shop found the routine hard to get right, so FobSync does not offer it.',
		'S',
		'subaru-legacy-owners-programming',
		'subaru-forester-2008-owners',
		'paulfesta-subaru-fob'
	),
	shops: ['dealer', 'independent-specialist'],
	askFor:
		"Programming every remote to the keyless entry system (each remote's 8-digit code is on a tag on the key or inside the remote).",
	alsoBring: ["The small tags with each remote's 8-digit code, if you still have them"],
	involves: [
		fact(
			"Subaru's own manuals recommend dealer programming. One owner was quoted a base rate of $100 by a Subaru dealer in 2011.",
			'S',
			'subaru-forester-2002-sm',
			'paulfesta-subaru-fob'
		)
	],
	confidence: 'M',
	sources: src(
		'subaru-legacy-owners-programming',
		'subaru-forester-2008-owners',
		'paulfesta-subaru-fob'
	)
});

/** Subaru (and the Subaru-built Saab 9-2X). */
export const subaruModule: CatalogueModule = {
	sources: SOURCES,
	procedures: [forester, legacyButton],
	shopPaths: [subaruShop]
};
