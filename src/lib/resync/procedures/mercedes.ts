/**
 * Mercedes-Benz: resync of older infrared remotes (point at the mirror, then
 * the ignition). New SmartKeys come coded from the dealer.
 */
import type { CatalogueModule, Procedure } from '../types';
import { Q_INFRARED_REMOTE, Q_KEY_ORIGIN, confirmKey } from './common';
import { shopPath } from './shop-path';
import { procedure } from './procedure';
import { withVariants } from '../engine-definition';
import { sourceList } from './source-ids';

export const {
	docs: SOURCES,
	src,
	fact
} = sourceList([
	{
		id: 'mb-c180-ir-resync',
		title:
			'"The remote control of my 97 C180 doesn\'t work" (carkb Mercedes forum; the owner confirmed the fix)',
		kind: 'community',
		url: 'http://www.carkb.com/Uwe/Forum.aspx/mercedes/6938/The-remote-control-of-my-97-C180-doesn-t-work'
	},
	{
		id: 'benzworld-w210-remote',
		title: '"Remote keys no longer work" (BenzWorld W210 E-Class forum)',
		kind: 'community',
		url: 'http://www.benzworld.org/forums/w210-e-class/1365308-remote-keys-no-longer-work.html'
	},
	{
		id: 'mbworld-new-fob',
		title: '"New key fob doesn\'t work" (MBWorld forum, C36/C43 W202; dealer technician)',
		kind: 'community',
		url: 'https://mbworld.org/forums/c36-amg-c43-amg-w202/528482-new-key-fob-doesn-t-work-printthread.html'
	},
	{
		id: 'peachparts-e420',
		title:
			'"Battery replacement remote key 97 E420" (PeachParts forum: the resync is in the owner\'s manual)',
		kind: 'community',
		url: 'http://www.peachparts.com/shopforum/tech-help/260933-battery-replacement-remote-key-97-e420-post2291250.html'
	}
]);

const IR = src('mb-c180-ir-resync', 'benzworld-w210-remote');

const irResyncMain = procedure({
	id: 'mercedes-ir-remote-resync',
	ref: 'P33',
	ifItFails: ['mercedes-new-key-shop'],
	title: 'Resync an older Mercedes infrared remote',
	summary:
		'Point the remote at the receiver by the rear-view mirror, press twice, then turn the key to position 2 within 30 seconds.',
	programs: 'remote-resync',
	makes: ['Mercedes-Benz'],
	models: [
		// Each car is named by one owner forum; the two agree on the method.
		{
			name: 'C-Class (W202)',
			from: 1997,
			to: 1997,
			confidence: 'S',
			sources: src('mb-c180-ir-resync')
		},
		{
			name: 'E-Class (W210)',
			from: 1996,
			to: 1997,
			confidence: 'S',
			sources: src('benzworld-w210-remote')
		}
	],
	answers: { [Q_INFRARED_REMOTE]: ['yes'], [Q_KEY_ORIGIN]: ['worked-before'] },
	difficulty: 'easy',
	prerequisites: [
		fact(
			"A remote that belongs to this car (after a battery change, for example). Owners say the steps are in the owner's manual.",
			'S',
			'peachparts-e420'
		)
	],
	warnings: [],
	setup: [{ id: 'sit', kind: 'instruction', title: "Sit in the driver's seat with the key" }],
	perKey: [
		{
			id: 'zap',
			kind: 'repeat',
			times: 2,
			unit: 'short press',
			title: 'Point this remote at the receiver by the rear-view mirror and press it briefly twice',
			opens: [
				{
					id: 'ignition',
					maxSeconds: 30,
					from: 'pressing the remote',
					startsOn: 'done',
					missed:
						'More than 30 seconds passed. Point the remote at the mirror and press twice again.',
					restartAt: 'zap',
					confidence: 'C',
					sources: IR
				}
			]
		},
		{
			id: 'pos-2',
			kind: 'action',
			title: 'Within 30 seconds, turn the key to position 2 and leave it there a few seconds',
			within: ['ignition'],
			closes: ['ignition']
		},
		confirmKey('Does the remote lock and unlock the car now?')
	],
	finish: [{ id: 'off', kind: 'action', title: 'Turn the key back and test every remote' }],
	confidence: 'C',
	confidenceNote:
		"Two owner forums agree, and one owner confirmed it worked; the owner's-manual page itself was not found.",
	sources: src(...IR, 'peachparts-e420')
});

const irResync: Procedure = withVariants(irResyncMain, [
	{
		id: 'mercedes-key-in-position-2',
		title: 'Key in position 2 for a few seconds',
		summary:
			'Put the key with the remote in the ignition at position 2 (engine off) and wait a few seconds.',
		differs: 'An owner says newer models only need the key left in position 2 for a few seconds.',
		prerequisites: [],
		setup: [],
		perKey: [
			{
				id: 'pos-2',
				kind: 'action',
				title:
					'Put this key in the ignition, turn to position 2 (engine off) and wait a few seconds'
			},
			confirmKey('Does the remote lock and unlock the car now?')
		],
		finish: [{ id: 'off', kind: 'action', title: 'Turn the key back' }],
		confidence: 'S',
		sources: src('benzworld-w210-remote')
	}
]);

const mbShop = shopPath({
	id: 'mercedes-new-key-shop',
	title: 'New Mercedes keys come coded from the dealer',
	makes: ['Mercedes-Benz', 'smart'],
	answers: { [Q_KEY_ORIGIN]: ['new'] },
	why: fact(
		"A new Mercedes key is ordered from the dealer, coded for your car; a key bought elsewhere does not work without the dealer's data.",
		'S',
		'mbworld-new-fob'
	),
	shops: ['dealer'],
	askFor:
		'A replacement key ordered for this car (by VIN), and every key you keep checked in the same visit.',
	involves: [
		fact(
			'The dealer orders the coded key. A dealer technician says a replacement key may need to sit in the ignition for up to 30 minutes (the literature says up to 90) to catch up with the car. The sources give no price.',
			'S',
			'mbworld-new-fob'
		)
	],
	confidence: 'S'
});

/** Any Mercedes no home procedure fits. */
const mbAnyShop = shopPath({
	...mbShop,
	id: 'mercedes-any-shop',
	title: 'Mercedes remotes and keys: the dealer',
	makes: ['Mercedes-Benz', 'smart'],
	anyCarOfMake: true,
	why: fact(
		'The owner resync found is for the infrared remotes of some older models. Keys are coded for the car with the dealer’s data.',
		'S',
		'mbworld-new-fob',
		'mb-c180-ir-resync'
	),
	askFor:
		'Checking the remote and, if it needs it, a replacement key ordered for this car (by VIN).'
});

/** Mercedes-Benz (and smart, which uses Mercedes keys). */
export const mercedesModule: CatalogueModule = {
	sources: SOURCES,
	procedures: [irResync],
	shopPaths: [mbShop, mbAnyShop]
};
