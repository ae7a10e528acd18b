/**
 * Honda and Acura: the bulletin method (ignition ON / press / LOCK three times,
 * each step within 4 seconds) and the 2005–2006 Odyssey method (1 to 4 seconds
 * between steps). Smart-entry (push-button) cars are not covered.
 */
import type { CatalogueModule, SourcedText, TimeWindow } from '../types';
import { chainSteps, type ChainLink } from './chain';
import { Q_PUSH_BUTTON, erasesOthers, everyRemote, confirmKey, keyLimit } from './common';
import { shopPath } from './shop-path';
import { procedure } from './procedure';
import { sourceList } from './source-ids';

export const {
	docs: SOURCES,
	src,
	fact
} = sourceList([
	{
		id: 'honda-tsb-remote-accord',
		title:
			'Honda service bulletin "Keyless Entry – Remote Transmitter Information" (filed for the Accord 2.2L)',
		kind: 'bulletin',
		url: 'http://workshop-manuals.com/honda/accord/l4-2156cc_2.2l_sohc/body_and_frame/locks/keyless_entry/keyless_entry_transmitter/component_information/technical_service_bulletins/keyless_entry_remote_transmitter_information/page_8397/'
	},
	{
		id: 'honda-tsb-remote-passport',
		title:
			'Honda service bulletin "Keyless Entry – Remote Transmitter Information" (filed for the Passport)',
		kind: 'bulletin',
		url: 'http://workshop-manuals.com/honda/passport_ex_2wd/v6-3.2l_sohc_(6vd1)/body_and_frame/locks/keyless_entry/keyless_entry_transmitter/component_information/technical_service_bulletins/keyless_entry_remote_transmitter_information/page_7435/'
	},
	{
		id: 'hondacarforum-accord-2003',
		title: 'Honda Car Forum post: the bulletin steps on a 2003 Accord (position II, not I)',
		kind: 'community',
		url: 'http://www.hondacarforum.com/240441-post11.html'
	},
	{
		id: 'thehondaforums-accord-2003',
		title: '"2003 Accord key remote" (The Honda Forums)',
		kind: 'community',
		url: 'https://www.thehondaforums.com/threads/2003-accord-key-remote.9450/'
	},
	{
		id: 'justanswer-acura-tl',
		title: "Acura technician's answer for a 2001 Acura TL (JustAnswer)",
		kind: 'community',
		url: 'http://www.justanswer.com/acura/6obvq-acura-3-2-tl-2001-acura-tl-spite-fact.html'
	},
	{
		id: 'honda-odyssey-2005-sm',
		title: '2005–2006 Honda Odyssey service manual, "Storing transmitter codes"',
		kind: 'service-manual',
		url: 'https://spotonauto.com/manual/Honda/2002/Civic%20Si/Repair%20and%20Diagnosis/External%20Pages/Different%20car/Section%20178%20(Keyless%2FPower%20Door%20Locks%2FSecurity%20System)/Transmitter%20Programming/Storing%20transmitter%20codes'
	},
	{
		id: 'hondatech-civic-si-2003',
		title:
			'Honda-Tech forum: the ignition / LOCK button sequence confirmed for a 2003 Civic Si hatch',
		kind: 'community',
		url: 'https://honda-tech.com/forums/sitemap/t-2965048.html'
	},
	{
		id: 'piloteers-2006-programming',
		title:
			'"Problem programming keyless entry" (Piloteers forum, 2006 Pilot: never entered programming mode)',
		kind: 'community',
		url: 'http://www.piloteers.org/forums/2-general-discussions/28288-problem-programming-keyless-entry.html'
	},
	{
		id: 'fitfreak-2013-deprogrammed',
		title: '"I accidentally deprogrammed all my keys" (FitFreak forum, 2013 Fit)',
		kind: 'community',
		url: 'https://www.fitfreak.net/forums/2nd-generation-ge-08-13/108936-i-accidentally-deprogrammed-all-my-keys.html'
	},
	{
		id: '9thgencivic-2014-key-programming',
		title:
			'"Key programming issue" (9thGenCivic forum, 2014 Civic: never entered programming mode)',
		kind: 'community',
		url: 'https://www.9thgencivic.com/threads/key-programming-issue.227551/'
	}
]);

const TSB = src('honda-tsb-remote-accord', 'honda-tsb-remote-passport');
const ODY = src('honda-odyssey-2005-sm');

const on = (id: string, next: ChainLink['next'], detail?: string): ChainLink => ({
	id,
	kind: 'action',
	title: 'Turn the ignition to ON (II)',
	detail,
	next
});
const press = (id: string, next: ChainLink['next'], carConfirms?: string): ChainLink => ({
	id,
	kind: 'action',
	title: 'Press LOCK or UNLOCK on the same remote',
	next,
	carConfirms
});
const lock = (
	id: string,
	next: ChainLink['next'],
	title = 'Turn the ignition to LOCK (0)'
): ChainLink => ({
	id,
	kind: 'action',
	title,
	next
});

const four = { max: 4 };
const tsbChain = chainSteps(
	[
		on(
			'on-1',
			four,
			'Position II, one click before starting. Position I does not work. Each step within 4 seconds of the one before.'
		),
		press('press-1', four),
		lock('lock-1', four),
		on('on-2', four),
		press('press-2', four),
		lock('lock-2', four),
		on('on-3', four),
		press('press-3', four),
		lock('lock-3', four),
		on('on-4', four),
		press('press-4', undefined, 'The power locks lock and unlock: programming mode.')
	],
	{ windowId: 'step', restartAt: 'on-1', confidence: 'M', sources: TSB }
);
tsbChain[tsbChain.length - 1] = {
	...tsbChain[tsbChain.length - 1]!,
	opens: [
		{
			id: 'program',
			maxSeconds: 10,
			from: 'the car entering programming mode',
			startsOn: 'done',
			missed:
				'More than 10 seconds passed, so the car left programming mode. Start again from the first step, with every remote.',
			restartAt: 'on-1',
			confidence: 'M',
			sources: TSB
		}
	]
};

/** Where a Honda home attempt ends when it did not work. */
const REMOTE_SHOP = ['honda-other-shop'];

const bulletinErases: SourcedText = fact(
	'Entering programming mode erases every remote the car knows: program all of them, including the one you use to start.',
	'M',
	...TSB
);

const bulletin = procedure({
	id: 'honda-remote-bulletin',
	ref: 'P19',
	ifItFails: REMOTE_SHOP,
	title: 'Program Honda remotes: ignition ON, press, LOCK, three times',
	summary:
		'A fast rhythm of ignition ON, a remote press and LOCK, three times, each step within 4 seconds; then each remote within 10 seconds.',
	programs: 'remote-learn',
	makes: ['Honda', 'Acura'],
	// The bulletin is filed for the 1990-1997 2.2-litre Accord and the Passport; two owner forums
	// quote it for the 2003 Accord; no source names the 1998-2002 Accord; one technician the TL.
	// The bulletin itself carries no years: the 1990–1997 Accord and 1994–2002 Passport are our
	// reading of the engines its pages are filed under, so those entries are S, not M.
	models: [
		{
			name: 'Accord',
			make: 'Honda',
			from: 1990,
			to: 1997,
			confidence: 'S',
			sources: src('honda-tsb-remote-accord')
		},
		{
			name: 'Accord',
			make: 'Honda',
			from: 1998,
			to: 2002,
			confidence: 'U',
			sources: src('honda-tsb-remote-accord', 'hondacarforum-accord-2003')
		},
		{
			name: 'Accord',
			make: 'Honda',
			from: 2003,
			to: 2003,
			confidence: 'C',
			sources: src('hondacarforum-accord-2003', 'thehondaforums-accord-2003')
		},
		// One owner's confirmation ("Yes thats the way you do it") for a 2003 Civic Si hatch.
		{
			name: 'Civic Si',
			make: 'Honda',
			from: 2003,
			to: 2003,
			confidence: 'S',
			sources: src('hondatech-civic-si-2003')
		},
		{
			name: 'Passport',
			make: 'Honda',
			from: 1994,
			to: 2002,
			confidence: 'S',
			sources: src('honda-tsb-remote-passport')
		},
		{
			name: 'TL',
			make: 'Acura',
			from: 2001,
			to: 2002,
			confidence: 'S',
			sources: src('justanswer-acura-tl')
		}
	],
	answers: { [Q_PUSH_BUTTON]: ['no'] },
	exclusions: [
		fact(
			'Not for cars with Smart Entry (push-button start). The 2005–2006 Odyssey uses its own method.',
			'M',
			...TSB,
			...ODY
		)
	],
	difficulty: 'moderate',
	...keyLimit(3, 'remotes', TSB, 'M', { leftOut: bulletinErases }),
	prerequisites: [everyRemote(TSB, 3)],
	warnings: [
		bulletinErases,
		fact('The car holds three remotes; a fourth erases the first.', 'M', ...TSB)
	],
	setup: [
		{
			id: 'prep',
			kind: 'instruction',
			title: "Sit in the driver's seat with every remote and the key",
			detail:
				'Read the steps once: they come every 4 seconds. Any remote can start the sequence, even a new one.'
		},
		...tsbChain
	],
	perKey: [
		{
			id: 'press',
			kind: 'action',
			title: 'Press LOCK or UNLOCK on this remote',
			detail:
				'All remotes within 10 seconds of the locks cycling, including the one you just used: have them in hand.',
			within: ['program'],
			carConfirms: 'The locks lock and unlock.'
		},
		confirmKey('Did the locks lock and unlock?')
	],
	finish: [
		{ id: 'exit', kind: 'action', title: 'Turn the ignition to LOCK (0)' },
		{ id: 'test', kind: 'instruction', title: 'Test every remote' }
	],
	confidence: 'M',
	confidenceNote:
		'Honda bulletin text; owners and an Acura technician report the same on the 2003 Accord and the 2001–2002 TL.',
	sources: src(
		...TSB,
		'hondacarforum-accord-2003',
		'thehondaforums-accord-2003',
		'justanswer-acura-tl'
	)
});

const oneToFour = { min: 1, max: 4 };
const odyChain = chainSteps(
	[
		on(
			'on-1',
			oneToFour,
			'Each next step 1 to 4 seconds after the one before: not faster, not slower.'
		),
		press('press-1', oneToFour),
		lock('off-1', oneToFour, 'Turn the ignition OFF'),
		on('on-2', oneToFour),
		press('press-2', oneToFour),
		lock('off-2', oneToFour, 'Turn the ignition OFF'),
		on('on-3', oneToFour),
		press('press-3', oneToFour),
		lock('off-3', { max: 4 }, 'Turn the ignition OFF'),
		on('on-4', oneToFour),
		press('press-4', undefined, 'Within 1 to 4 seconds you hear the door locks work.')
	],
	{ windowId: 'step', restartAt: 'on-1', confidence: 'M', sources: ODY }
);

const odysseyErases = erasesOthers(src('honda-tsb-remote-accord'), 'S');
/** The next remote within 10 seconds of the last one stored (window ids are unique, so one per opener). */
const storeWindow = (id: string): TimeWindow => ({
	id,
	maxSeconds: 10,
	from: 'the last remote stored',
	startsOn: 'done',
	missed: 'More than 10 seconds passed. Start again from the first step.',
	restartAt: 'on-1',
	confidence: 'M',
	sources: ODY
});

const odyssey = procedure({
	id: 'honda-odyssey-store-codes',
	ref: 'P20',
	ifItFails: REMOTE_SHOP,
	title: 'Program 2005–2006 Odyssey remotes (1 to 4 seconds between steps)',
	summary: 'Like other Hondas, but every step must come 1 to 4 seconds after the previous one.',
	programs: 'remote-learn',
	makes: ['Honda'],
	models: [{ name: 'Odyssey', from: 2005, to: 2006 }],
	answers: { [Q_PUSH_BUTTON]: ['no'] },
	difficulty: 'moderate',
	...keyLimit(3, 'remotes', ODY, 'M', { leftOut: odysseyErases }),
	prerequisites: [
		everyRemote(ODY, 3),
		fact(
			"All doors, the bonnet and the tailgate closed. Aim the remote at the driver's power-window switch panel, where the receiver is.",
			'M',
			...ODY
		)
	],
	warnings: [
		fact('The car holds three remotes; a fourth overwrites the first.', 'M', ...ODY),
		odysseyErases
	],
	setup: [
		{
			id: 'prep',
			kind: 'instruction',
			title: "Sit in the driver's seat with every remote and the key"
		},
		...odyChain.slice(0, -1),
		{
			...odyChain[odyChain.length - 1]!,
			opens: [
				{
					id: 'store-first',
					maxSeconds: null,
					from: 'hearing the door locks',
					startsOn: 'done',
					missed: 'The source gives no time limit for the second press.',
					restartAt: 'on-1',
					confidence: 'M',
					sources: ODY
				}
			]
		}
	],
	perKey: [
		{
			id: 'press-again',
			kind: 'action',
			forKeys: 'first',
			title: 'Press the same button on this remote again, straight away',
			detail:
				'The remote you used in the last step: its code is stored only after this second press. The source gives no time for this press.',
			within: ['store-first'],
			closes: ['store-first'],
			opens: [storeWindow('store')],
			carConfirms: 'You hear the door locks work.'
		},
		{
			id: 'press',
			kind: 'action',
			forKeys: 'after-first',
			title: 'Within 10 seconds, press LOCK or UNLOCK on this remote',
			detail: 'Up to two more remotes, each within 10 seconds of the last one stored.',
			within: ['store', 'store-next'],
			closes: ['store'],
			opens: [storeWindow('store-next')],
			carConfirms: 'You hear the door locks work.'
		},
		confirmKey('Did you hear the door locks?')
	],
	finish: [
		{
			id: 'exit',
			kind: 'action',
			title: 'Turn the ignition to LOCK (0)',
			detail:
				'The service-manual text we could read stops before its last step; other Hondas of the time end this way.',
			confidence: 'S',
			sources: TSB
		},
		{ id: 'test', kind: 'instruction', title: 'Test every remote' }
	],
	confidence: 'M',
	confidenceNote:
		'Honda service-manual text; its last step (how to end) is missing from every copy found.',
	sources: ODY
});

const LATER = src(
	'piloteers-2006-programming',
	'fitfreak-2013-deprogrammed',
	'9thgencivic-2014-key-programming'
);

/** Later Hondas where owners tried the bulletin sequence and it failed. */
const laterShop = shopPath({
	id: 'honda-later-models-shop',
	title: 'Remotes for this Honda: the dealer (the owner sequence failed on these cars)',
	makes: ['Honda'],
	models: [
		{ name: 'Pilot', from: 2006, to: 2006, sources: src('piloteers-2006-programming') },
		{ name: 'Fit', from: 2013, to: 2013, sources: src('fitfreak-2013-deprogrammed') },
		{ name: 'Civic', from: 2014, to: 2014, sources: src('9thgencivic-2014-key-programming') }
	],
	why: fact(
		"Owners of these cars tried the ignition-and-button sequence from Honda's older bulletin, carefully timed: the 2006 Pilot and the 2014 Civic never entered programming mode, and on a 2013 Fit it entered the mode, did not take the new remote, and left the other remote not working either. No Honda text for these cars was found.",
		'S',
		...LATER
	),
	shops: ['dealer', 'auto-locksmith'],
	askFor: 'Programming every remote you keep to the car with the Honda tool.',
	involves: [
		fact(
			'Bring every remote: entering programming mode can erase the ones the car knew. The sources give no price.',
			'S',
			'fitfreak-2013-deprogrammed'
		)
	],
	confidence: 'S'
});

const hondaShop = shopPath({
	id: 'honda-other-shop',
	title: 'Honda and Acura remotes: the dealer',
	makes: ['Honda', 'Acura'],
	// Offered when a home procedure did not work, and for any Honda no procedure covers.
	onlyAfterFailure: true,
	anyCarOfMake: true,
	why: fact(
		'FobSync offers the Honda methods a Honda document confirms for a model. For Smart Entry (push-button) keys and the immobiliser chip the Honda documents found give no owner method: the dealer programs them.',
		'S',
		...TSB
	),
	shops: ['dealer', 'auto-locksmith'],
	askFor: 'Programming every remote (and, for a new key, its immobiliser chip) to the car.',
	involves: [fact('The sources give no price or time for it; ask for a quote first.', 'S', ...TSB)],
	confidence: 'S'
});

/** Honda and Acura. */
export const hondaModule: CatalogueModule = {
	sources: SOURCES,
	procedures: [bulletin, odyssey],
	shopPaths: [hondaShop, laterShop]
};
