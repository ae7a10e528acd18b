/**
 * Jaguar: the X-Type remote programming of Jaguar's bulletin XT501-23 (four
 * accessory-to-ON turns, then each remote within 10 seconds), the unofficial
 * S-Type / XJ methods a magazine printed (marked U), and the shop path for
 * every other Jaguar remote and every Jaguar key chip.
 */
import type { CatalogueModule, Procedure } from '../types';
import { confirmKey, everyRemote, yesCarriesOn, keyLimit, chipCodedToo } from './common';
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
		id: 'jaguar-tsb-xt501-23',
		title:
			'Jaguar bulletin XT501-23 (12/04), "Remote Transmitter Programming – Alternate Method Without WDS", X-Type 2002 MY on',
		kind: 'bulletin',
		url: 'https://charm.ecrasystems.com/Jaguar/2005/X-Type%20%28X400%29%20V6-3.0L/Repair%20and%20Diagnosis/Technical%20Service%20Bulletins/All%20Technical%20Service%20Bulletins/Keyless%20Entry%20-%20Remote%20Transmitter%20Programming'
	},
	{
		id: 'car-mechanics-jaguar-2019',
		title: 'Car Mechanics (UK), reader question on a 2002 S-Type remote, 1 October 2019',
		kind: 'trade',
		url: 'https://www.pressreader.com/uk/car-mechanics-uk/20191001/283416308363368'
	},
	{
		id: 'jec-xj8-2001-remote',
		title: 'Jaguar Enthusiasts’ Club forum: 2001 XJ8 remote programming',
		kind: 'community',
		url: 'https://forums.jec.org.uk/viewtopic.php?p=16971'
	},
	{
		id: 'jec-x350-remote',
		title: 'Jaguar Enthusiasts’ Club forum: 2004 XJR (X350) remote programming',
		kind: 'community',
		url: 'https://forums.jec.org.uk/viewtopic.php?p=85339'
	},
	{
		id: 'jaguarforums-stype-r-2003',
		title: 'JaguarForums: "2003 S-Type R key fob problem"',
		kind: 'community',
		url: 'https://www.jaguarforums.com/forum/s-type-s-type-r-supercharged-v8-x200-15/2003-s-t-r-key-fob-problem-26765/'
	},
	{
		id: 'jaguar-x308-sm-keys',
		title:
			'2001 Jaguar Vanden Plas (X308) service information, door locks description and operation',
		kind: 'service-manual',
		url: 'https://charm.ecrasystems.com/Jaguar/2001/Vanden%20Plas%20%28X308%29%20V8-4.0L%20%28AJ27%29/Repair%20and%20Diagnosis/Body%20and%20Frame/Locks/Door%20Locks/Description%20and%20Operation'
	}
]);

const TSB = src('jaguar-tsb-xt501-23');
const CM = src('car-mechanics-jaguar-2019');
const SHOP = 'jaguar-shop';

/** The bulletin's "within 10 seconds", once for the first remote and once for each further one. */
function pressWindow(first: boolean) {
	return {
		id: first ? 'program' : 'next-remote',
		maxSeconds: 10,
		from: first ? 'turning the key to OFF' : 'the chime for the last remote',
		startsOn: 'done' as const,
		missed:
			'More than 10 seconds passed, so the car has stopped listening for remotes. Start again from the four turns, with every remote.',
		restartAt: 'key-in',
		confidence: 'M' as const,
		sources: TSB
	};
}

const xType = procedure({
	id: 'jaguar-x-type-remote',
	ref: 'P48',
	ifItFails: [SHOP],
	title: 'Program the remotes of a Jaguar X-Type without the dealer tool',
	summary:
		"With the driver's door open, turn the key from accessory to ON and back four times, take the key out, then press a button on each remote within 10 seconds; the car chimes for each.",
	programs: 'remote-learn',
	makes: ['Jaguar'],
	models: [{ name: 'X-Type', from: 2002, to: 2005 }],
	exclusions: [
		{
			...fact(
				"Written for the X-Type from the 2002 model year in a bulletin dated December 2004, from Jaguar's North American service information. It does not show later X-Types or whether UK and European cars take it: those go to the shop.",
				'M',
				...TSB
			),
			cars: [{ make: 'Jaguar', model: 'X-Type', from: 2006 }]
		}
	],
	difficulty: 'moderate',
	...keyLimit(4, 'remotes', TSB),
	prerequisites: [
		everyRemote(TSB, 4),
		fact(
			'No other car within 50 metres may be doing the same programming at the same time.',
			'M',
			...TSB
		)
	],
	warnings: [
		fact(
			'The bulletin does not say what happens to a remote that is not pressed during the session. It asks for every remote, so press each one you use.',
			'M',
			...TSB
		),
		fact(
			"This programs the remote buttons only. A new key's chip, for starting the engine, needs Jaguar's diagnostic tool.",
			'M',
			'jaguar-tsb-xt501-23',
			'jaguar-x308-sm-keys'
		)
	],
	setup: [
		{
			id: 'door-open',
			kind: 'action',
			title: "Open the driver's door and leave it open",
			detail: 'Sit in with every remote. The door stays open until the last step.'
		},
		{
			id: 'key-in',
			kind: 'action',
			title: 'Put the key in the ignition and turn it to accessory (position I)',
			detail: 'The first position, before ON.'
		},
		{
			id: 'turns',
			kind: 'repeat',
			times: 4,
			unit: 'turn to ON and back to accessory',
			title: 'Turn the key from accessory to ON and back to accessory, 4 times',
			detail: 'The bulletin gives no time limit for the four turns. The key ends at accessory.',
			carConfirms: 'A chime: the car is ready to learn remotes.'
		},
		yesCarriesOn(
			'chime',
			'Did the car chime?',
			{ to: 'step', step: 'key-in' },
			{
				detail: 'If not, turn the key back to OFF and start the turns again.',
				noLabel: 'No chime'
			}
		),
		{
			id: 'off',
			kind: 'action',
			title: 'Turn the key to OFF',
			detail:
				'Then take the key out and press the first remote: the bulletin gives 10 seconds after the key comes out, and counting from OFF keeps you inside it.',
			opens: [pressWindow(true)]
		},
		{
			id: 'key-out',
			kind: 'action',
			title: 'Take the key out of the ignition',
			detail: 'Have the first remote in your other hand.',
			within: ['program']
		}
	],
	perKey: [
		{
			id: 'press',
			kind: 'action',
			title: 'Press any button on this remote, once',
			detail: 'Within 10 seconds of turning the key to OFF, or of the chime for the last remote.',
			within: ['program', 'next-remote'],
			closes: ['program'],
			opens: [pressWindow(false)],
			carConfirms: 'The car chimes: the remote is accepted.'
		},
		confirmKey(
			'Did the car chime for this remote?',
			'Answer quickly: the next remote also has 10 seconds.',
			'remote-accepted'
		)
	],
	finish: [
		{
			id: 'door-close',
			kind: 'action',
			title: "Close the driver's door",
			detail: "The bulletin's last step."
		}
	],
	confidence: 'M',
	confidenceNote:
		"Jaguar's own bulletin, with its counts and both 10-second limits. It gives no time for the four turns.",
	sources: TSB
});

/** The magazine's first method: the same shape as the X-Type bulletin, with no figures of time. */
const hiddenMenuMain = procedure({
	id: 'jaguar-s-type-xj-hidden-menu',
	ref: 'P49',
	ifItFails: [SHOP],
	title: 'Unofficial remote programming for a Jaguar S-Type or XJ (not guaranteed)',
	summary:
		'Turn the ignition from off to ON four times until a chime, then press LOCK on each remote. Jaguar programs these remotes with its diagnostic tool; this method is not guaranteed.',
	programs: 'remote-learn',
	makes: ['Jaguar'],
	models: [
		{ name: 'S-Type', from: 2002, to: 2003 },
		{ name: 'XJ8', from: 2001, to: 2001 },
		{ name: 'XJR', from: 2004, to: 2004 }
	],
	difficulty: 'moderate',
	prerequisites: [everyRemote(CM, null, 'S')],
	warnings: [
		fact(
			"Jaguar's own data says these remotes can only be programmed with diagnostic equipment. The magazine that printed this method says it is not guaranteed, and owners of a 2001 XJ8, a 2004 XJR and a 2003 S-Type R report that it failed.",
			'U',
			'car-mechanics-jaguar-2019',
			'jec-xj8-2001-remote',
			'jec-x350-remote',
			'jaguarforums-stype-r-2003'
		),
		fact('Leave the car a little while between attempts.', 'S', ...CM),
		fact(
			'When you change a remote battery, do not press its buttons while the battery is out.',
			'S',
			...CM
		)
	],
	setup: [
		{
			id: 'sit-in',
			kind: 'action',
			title: 'Sit in the car with every remote, the key in the ignition at off'
		},
		{
			id: 'turns',
			kind: 'repeat',
			times: 4,
			unit: 'turn from off to ON',
			title: 'Turn the ignition from off to ON (position II), 4 times',
			detail: 'The magazine gives no time limit. The key ends at ON.',
			carConfirms: 'A chime.'
		},
		yesCarriesOn(
			'chime',
			'Did the car chime?',
			{ to: 'step', step: 'sit-in' },
			{
				detail: 'If not, switch off, leave the car a little while and try once more.',
				noLabel: 'No chime'
			}
		)
	],
	perKey: [
		{
			id: 'press-lock',
			kind: 'action',
			title: 'Press LOCK on this remote'
		},
		confirmKey(
			'Did the car answer this remote (a chime, or the locks moving)?',
			'The magazine names no sign for each remote. If nothing happened, you can carry on and test every remote at the end.'
		)
	],
	finish: [{ id: 'off', kind: 'action', title: 'Switch the ignition off' }],
	confidence: 'U',
	confidenceNote:
		'A magazine printed this as an unofficial method that is "not guaranteed"; it says Jaguar programs these remotes with diagnostic equipment, and several owners report that it failed.',
	sources: src('car-mechanics-jaguar-2019', 'jec-x350-remote', 'jaguarforums-stype-r-2003')
});

const hiddenMenu: Procedure = withVariants(hiddenMenuMain, [
	{
		id: 'jaguar-s-type-xj-headlight-stalk',
		title: 'Unofficial remote programming with the headlight stalk (not guaranteed)',
		summary:
			'Hold the main-beam stalk while turning the key to accessory, pull it four times until a chime, then press LOCK on each remote.',
		differs:
			'The main-beam stalk, pulled four times at accessory, instead of four turns of the ignition.',
		warnings: [
			fact(
				'Not guaranteed. A 2004 XJR owner heard no chime after the fourth pull, and a 2001 XJ8 owner heard no chime for each remote.',
				'U',
				'car-mechanics-jaguar-2019',
				'jec-x350-remote',
				'jec-xj8-2001-remote'
			)
		],
		setup: [
			{
				id: 'doors',
				kind: 'action',
				title: "Open the driver's door and the boot, and sit in with every remote"
			},
			{
				id: 'stalk-key',
				kind: 'action',
				title:
					'Pull the main-beam stalk towards you and hold it; turn the key to accessory; let go of the stalk'
			},
			{
				id: 'pulls',
				kind: 'repeat',
				times: 4,
				unit: 'slow pull and release of the stalk',
				title: 'Pull and release the main-beam stalk slowly, 4 times',
				detail: 'Slow pulls, not quick flashes. The magazine gives no time limit.',
				carConfirms: 'A chime.'
			},
			yesCarriesOn(
				'chime',
				'Did the car chime?',
				{ to: 'step', step: 'doors' },
				{ detail: 'If not, switch off and leave the car a little while before trying again.' }
			)
		],
		perKey: [
			{
				id: 'press-lock',
				kind: 'action',
				title: 'Press LOCK on this remote',
				detail: 'Every remote in turn.',
				carConfirms: 'Another chime.'
			},
			confirmKey('Did the car chime?')
		],
		finish: [
			{
				id: 'door',
				kind: 'action',
				title: "Close and open the driver's door, then close it"
			}
		],
		confidence: 'U',
		confidenceNote:
			'Printed by the same magazine as not guaranteed; two owners report no chime where it says one should come.',
		sources: src('car-mechanics-jaguar-2019', 'jec-x350-remote', 'jec-xj8-2001-remote')
	}
]);

const jaguarShop = shopPath({
	id: SHOP,
	title: 'Jaguar remotes and keys: the dealer or a specialist with the Jaguar tool',
	makes: ['Jaguar'],
	anyCarOfMake: true,
	why: fact(
		"Jaguar programs each key's chip with its diagnostic system. The only Jaguar method for remotes without it found so far is the X-Type bulletin for 2002–2005 cars.",
		'M',
		'jaguar-x308-sm-keys',
		'jaguar-tsb-xt501-23'
	),
	shops: ['dealer', 'independent-specialist', 'auto-locksmith'],
	askFor:
		"Programming the remote (and the key's chip, for a new key) with Jaguar's diagnostic system.",
	involves: [
		fact(
			'A session with the diagnostic tool. The sources give no price.',
			'M',
			'jaguar-x308-sm-keys'
		),
		fact(
			'A magazine quoting Jaguar data says S-Type remotes, too, can only be programmed with diagnostic equipment.',
			'S',
			'car-mechanics-jaguar-2019'
		)
	],
	confidence: 'M'
});

/** Jaguar. */
export const jaguarModule: CatalogueModule = {
	sources: SOURCES,
	procedures: [xType, hiddenMenu],
	shopPaths: [jaguarShop],
	newKeyChip: [
		chipCodedToo(
			['Jaguar'],
			fact('Jaguar does that with its diagnostic system.', 'M', 'jaguar-x308-sm-keys')
		)
	]
};
