/**
 * Volkswagen and Audi: resync of a remote the car already knows (battery
 * change), coding a remote to a memory place on older cars, and the Audi C4
 * S6 method. New keys and the immobiliser go to the shop path.
 */
import type { CatalogueModule, Procedure, SourceDoc } from '../types';
import { withVariants } from '../engine-definition';
import { Q_INFRARED_REMOTE, Q_KEY_ORIGIN, Q_PUSH_BUTTON, atMost, confirmKey } from './common';
import { shopPath } from './shop-path';
import { procedure } from './procedure';
import type { SOURCES as GENERIC_SOURCES } from './generic';
import { citeSources, factsCiting } from './source-ids';

const SOURCES = [
	{
		id: 'audi-cabriolet-1998-sm',
		title: '1998 Audi Cabriolet repair manual, "Remote Unit, Coding and Erasing"',
		kind: 'service-manual',
		url: 'https://charm.li/Audi/1998/Cabriolet%20V6-2.8L%20%28AFC%29/Repair%20and%20Diagnosis/Body%20and%20Frame/Locks/Keyless%20Entry/Testing%20and%20Inspection/Programming%20and%20Relearning/Remote%20Unit%2C%20Coding%20and%20Erasing'
	},
	{
		id: 'audiforums-remote',
		title: '"Programing immobilizer in key" (AudiForums archive, Audi/VW repair text quoted)',
		kind: 'community',
		url: 'http://www.audiforums.com/archive/threads/programing-imobilizer-in-key-107671-1.html'
	},
	{
		id: 'ehow-passat-2004',
		title: 'How to reprogram a VW Passat smart key (eHow UK, 2004 Passat)',
		kind: 'community',
		url: 'http://www.ehow.co.uk/how_5994055_reprogram-vw-passat-smart-key.html'
	},
	{
		id: 'scars-c4-remotes',
		title:
			'"How do I program the 1995.5 and later radio frequency keyless remotes?" (S-Cars FAQ, Audi C4)',
		kind: 'community',
		url: 'http://s-cars.org/site/how-do-i-program-the-1995-5-and-later-radio-frequency-keyless-remotes/'
	},
	{
		id: 'insideline-jetta-2011',
		title:
			'2011 Volkswagen Jetta owner\'s manual, remote resynchronising (as reported by Edmunds Inside Line, "Getting synchronized")',
		kind: 'trade',
		url: 'http://blogs.insideline.com/roadtests/2012/02/2011-volkswagen-jetta-tdi-getting-synchronized.html'
	},
	{
		id: 'ttforum-resync',
		title: '"Re-sync key fob." and "Remote locking stopped working" (TTForum, Audi TT)',
		kind: 'community',
		url: 'https://ttforum.co.uk'
	}
] as const satisfies readonly SourceDoc[];

/** Cites only the documents above (or the common ones): a typo is a type error. */
/** Its own documents and the Volkswagen handbook the catch-all shop path registers. */
const src = citeSources<typeof SOURCES | typeof GENERIC_SOURCES>();
const fact = factsCiting(src);

const CAB = src('audi-cabriolet-1998-sm', 'audiforums-remote');
/** The 2013 Passat owner's manual (registered by the catalogue's general shop path, procedures/generic.ts). */
const PASSAT_2013 = src('generic-vw-passat-2013-keys');

// ── Resync after a battery change (remote already coded) ─────────────────

const RESYNC = src('audiforums-remote', 'insideline-jetta-2011', 'ttforum-resync');
function resyncSteps(pressTwice: boolean): Pick<Procedure, 'setup' | 'perKey' | 'finish'> {
	return {
		setup: [
			{
				id: 'cap',
				kind: 'instruction',
				title: "Find the key lock in the driver's door handle",
				detail:
					'If it is hidden under a cap on the handle, pry the cap off gently with the key blade, as the 2011 Jetta manual describes.',
				sources: src('insideline-jetta-2011')
			}
		],
		perKey: [
			{
				id: 'press',
				kind: 'action',
				title: pressTwice
					? 'Press UNLOCK on this remote twice'
					: 'Press UNLOCK on this remote once',
				detail: pressTwice
					? "Owners say this helps when the remote is the car's second one."
					: "Stand by the driver's door.",
				opens: [
					{
						id: 'door-lock',
						maxSeconds: 30,
						from: 'pressing the remote',
						startsOn: 'done',
						missed:
							'More than 30 seconds passed. Press the remote again and go straight to the door lock.',
						restartAt: 'press',
						confidence: 'C',
						sources: RESYNC
					}
				]
			},
			{
				id: 'door-key',
				kind: 'action',
				title:
					"Within 30 seconds, put the key in the driver's door lock and turn it to lock, then unlock",
				detail:
					'A VW manual allows one minute and a repair text 30 seconds: the shorter time works for both.',
				within: ['door-lock'],
				closes: ['door-lock']
			},
			confirmKey('Does this remote lock and unlock the car now?')
		],
		finish: [
			{
				id: 'start',
				kind: 'action',
				title: 'Switch the ignition on once',
				detail: 'The Jetta report ends by starting the car.'
			}
		]
	};
}

const resyncPrereqs = [
	fact(
		'A remote the car already knows (for example after a battery change, or after many presses out of range). A new remote needs a dealer.',
		'S',
		'insideline-jetta-2011',
		...PASSAT_2013
	)
];

const resyncMain = procedure({
	id: 'vw-audi-remote-resync',
	ref: 'P31',
	ifItFails: ['vw-audi-new-key-shop'],
	title: 'Resync a VW or Audi remote after a battery change',
	summary:
		"Press the remote, then lock and unlock with the key in the driver's door within 30 seconds.",
	programs: 'remote-resync',
	makes: ['Volkswagen', 'Audi'],
	// The steps are agreed (C); which cars they are for is not. Only the 2011 Jetta's own
	// manual names a model; Audi TT owners report it; the repair text names none.
	models: [
		{ name: 'Jetta', make: 'Volkswagen', from: 2011, to: 2011 },
		{ name: 'TT', make: 'Audi', confidence: 'S', sources: src('ttforum-resync') },
		{
			name: 'Another Volkswagen or Audi with a radio remote',
			otherModels: true,
			confidence: 'S',
			sources: src('audiforums-remote')
		}
	],
	answers: {
		[Q_PUSH_BUTTON]: ['no'],
		[Q_INFRARED_REMOTE]: ['no'],
		[Q_KEY_ORIGIN]: ['worked-before']
	},
	exclusions: [
		fact(
			'Only for a remote already coded to this car; not for keyless (push-button) cars.',
			'C',
			...RESYNC
		)
	],
	difficulty: 'easy',
	prerequisites: resyncPrereqs,
	warnings: [
		fact(
			'Pressing UNLOCK many times out of range knocks a remote out of step; this puts it back.',
			'S',
			'insideline-jetta-2011'
		)
	],
	...resyncSteps(false),
	confidence: 'C',
	confidenceNote:
		'A 2011 Jetta manual as reported by a motoring magazine, a repair text quoted by owners and Audi TT owners agree on the steps; they differ on the time (one minute or 30 seconds). Only the Jetta is named by its own manual: for the TT and other models the guide says a single source supports it.',
	sources: RESYNC
});

const resync: Procedure = withVariants(resyncMain, [
	{
		id: 'vw-audi-remote-resync-twice',
		title: 'Press the remote twice first (second remote of the car)',
		summary: 'The same, pressing UNLOCK twice before using the door lock.',
		differs: "Audi TT owners press the button twice when the remote may be the car's second one.",
		warnings: [],
		...resyncSteps(true),
		confidence: 'S',
		sources: src('ttforum-resync')
	}
]);

// ── Coding a remote to a memory place (older cars) ───────────────────────

function codingSteps(
	sources: ReturnType<typeof src>
): Pick<Procedure, 'setup' | 'perKey' | 'finish'> {
	return {
		setup: [],
		perKey: [
			{ id: 'ign-on', kind: 'action', title: 'Switch the ignition on with a key and leave it in' },
			{
				id: 'lock-door',
				kind: 'action',
				title: "With a second key, lock the car at the driver's door from outside"
			},
			{
				id: 'press-open',
				kind: 'repeat',
				times: 'key-number',
				unit: 'press of UNLOCK',
				title: 'Press UNLOCK (open) on this remote as many times as its place number',
				detail:
					'Key 1 goes to place 1 (one press), key 2 to place 2 (two presses), up to 4. Presses one second apart.',
				carConfirms: 'A short horn signal.'
			},
			{
				id: 'wait-6',
				kind: 'wait',
				seconds: 6,
				title: 'Wait 6 seconds',
				sources: src(...sources)
			},
			{
				id: 'press-again',
				kind: 'action',
				title: 'Press UNLOCK once more',
				carConfirms: 'The car unlocks: this remote is coded.'
			},
			{
				id: 'ign-off',
				kind: 'action',
				title: 'Switch the ignition off and take the key out',
				detail: 'The remote cannot lock while a key is in the ignition.'
			},
			confirmKey('Did the car unlock, and does the remote lock it now?')
		],
		finish: [{ id: 'test', kind: 'instruction', title: 'Test every remote' }]
	};
}

const codingWarnings = [
	fact(
		'Coding a remote into a place that is in use pushes out the remote that was there: give each remote its own place.',
		'S',
		'audiforums-remote'
	),
	fact('This codes the remote buttons only, not the immobiliser.', 'M', 'audi-cabriolet-1998-sm')
];

const coding = procedure({
	id: 'audi-remote-memory-coding',
	ref: 'P29',
	ifItFails: ['vw-audi-new-key-shop'],
	title: 'Code a remote to an older Audi (second key in the door lock)',
	summary:
		'Ignition on, lock with a second key, then press UNLOCK as many times as the memory place; works with new remotes too.',
	programs: 'remote-learn',
	makes: ['Audi'],
	models: [{ name: 'Cabriolet', from: 1998, to: 1998 }],
	answers: { [Q_PUSH_BUTTON]: ['no'] },
	difficulty: 'moderate',
	maxKeys: 4,
	keySession: {
		maxKeys: atMost(4, 'remotes', src('audi-cabriolet-1998-sm')),
		sameOrder: fact(
			'Each remote has its own memory place, by its number: key 1 in place 1, key 2 in place 2. Coding a remote into a place in use pushes out the remote that was there.',
			'S',
			'audiforums-remote',
			'audi-cabriolet-1998-sm'
		)
	},
	prerequisites: [
		fact(
			'Two keys that fit the locks (one stays in the ignition, one locks the door).',
			'M',
			'audi-cabriolet-1998-sm'
		)
	],
	warnings: codingWarnings,
	...codingSteps(CAB),
	confidence: 'M',
	confidenceNote: 'Audi repair-manual text; an owner forum quotes the same with "wait 5 seconds".',
	sources: CAB
});

const passatCoding = procedure({
	...coding,
	id: 'vw-passat-remote-memory-coding',
	title: 'Code a remote to a 2004 Passat (second key in the door lock)',
	makes: ['Volkswagen'],
	models: [{ name: 'Passat', from: 2004, to: 2004 }],
	answers: { [Q_PUSH_BUTTON]: ['no'] },
	...codingSteps(src('ehow-passat-2004', 'audi-cabriolet-1998-sm')),
	confidence: 'S',
	confidenceNote: "Audi's method, reported for the 2004 Passat by a single how-to page.",
	sources: src('ehow-passat-2004', 'audi-cabriolet-1998-sm')
});

// ── Audi C4 S6 (1995.5 and later radio remotes) ─────────────────────────

const C4 = src('scars-c4-remotes');
const c4 = procedure({
	id: 'audi-c4-both-buttons',
	ref: 'P30',
	ifItFails: ['vw-audi-new-key-shop'],
	title: 'Program Audi S6 (C4) radio remotes: lock with the door key, hold both buttons',
	summary:
		'Ignition on, lock the car with a second key, then hold both buttons on each remote until the car unlocks.',
	programs: 'remote-learn',
	makes: ['Audi'],
	models: [{ name: 'S6 (C4)', from: 1995, to: 1997 }],
	answers: { [Q_INFRARED_REMOTE]: ['no'] },
	exclusions: [fact('Not for the older infrared remotes.', 'S', ...C4)],
	difficulty: 'moderate',
	prerequisites: [fact('Two keys that fit the locks, and every remote.', 'S', ...C4)],
	warnings: [],
	setup: [
		{ id: 'ign-on', kind: 'action', title: 'Key 1 in the ignition, turned ON (engine off)' },
		{ id: 'out', kind: 'action', title: "Get out and close the driver's door" }
	],
	perKey: [
		{ id: 'lock', kind: 'action', title: "Lock the car with key 2 in the driver's door lock" },
		{
			id: 'both',
			kind: 'action',
			title: 'Press both buttons on this remote until the car unlocks',
			detail: 'About 5 seconds. Do not switch the ignition off between remotes.',
			carConfirms: 'The car unlocks.'
		},
		confirmKey('Did the car unlock?')
	],
	finish: [{ id: 'off', kind: 'action', title: 'Switch the ignition off' }],
	confidence: 'S',
	sources: C4
});

const vwShop = shopPath({
	id: 'vw-audi-new-key-shop',
	title: 'New keys and remotes for VW and Audi: the dealer (or a specialist with the tool)',
	makes: ['Volkswagen', 'Audi'],
	answers: { [Q_KEY_ORIGIN]: ['new'] },
	why: fact(
		'Volkswagen says every key must be programmed by its dealer (2013 Passat manual). The owner steps here only put an already-coded remote back in step, or code remotes on a few older cars.',
		'M',
		...PASSAT_2013
	),
	shops: ['dealer', 'independent-specialist', 'auto-locksmith'],
	askFor:
		'A new key programmed to the immobiliser and its remote coded, with every key you keep done in the same visit.',
	involves: [
		fact(
			"Programming with the dealer's diagnostic tool. The sources give no price.",
			'M',
			...PASSAT_2013
		)
	],
	confidence: 'M'
});

/** Volkswagen and Audi. */
export const vwAudiModule: CatalogueModule = {
	sources: SOURCES,
	procedures: [resync, coding, passatCoding, c4],
	shopPaths: [vwShop]
};
