/**
 * Nissan and Infiniti: remote "ID code entry" (insert and remove the key more
 * than six times within 10 seconds). NATS immobiliser keys and Intelligent Key
 * cars go to the shop path.
 */
import type { CatalogueModule, Step } from '../types';
import { Q_PUSH_BUTTON, everyRemote, confirmKey, getReady, yesCarriesOn, keyLimit } from './common';
import { shopPath } from './shop-path';
import { procedure } from './procedure';
import { sourceList } from './source-ids';

export const {
	docs: SOURCES,
	src,
	fact
} = sourceList([
	{
		id: 'nissan-200sx-1995-sm',
		title: '1995 Nissan 200SX service manual, keyless entry ID code entry',
		kind: 'service-manual',
		url: 'https://myvehicle.help/Nissan-Datsun/1995/200SX%20L4-1998cc%202.0L%20DOHC%20MFI%20%28SR20DE%29/Repair%20and%20Diagnosis/Body%20and%20Frame/Locks/Keyless%20Entry/Service%20and%20Repair'
	},
	{
		id: 'nissan-300zx-sm',
		title: 'Nissan 300ZX service manual, multi-remote control system ID code entry',
		kind: 'service-manual',
		url: 'https://workshop-manuals.com/nissan/300zx_coupe/v6-2960cc_dohc_(vg30de)/body_and_frame/locks/multi-remote_control_system_-_keyless_entry/keyless_entry_transmitter/component_information/service_and_repair/'
	},
	{
		id: 'nissan-altima-2002-sm',
		title: '2002 Nissan Altima service manual, "ID Code Entry Procedure" notes',
		kind: 'service-manual',
		url: 'https://lemon.leoquadpod.com/Nissan-Datsun/2002/Altima%20SE%2C%20Standard/Repair%20and%20Diagnosis/Body%20%26%20Frame/Door%20Locks/Remote%20Keyless%20Entry%20System/Programming/Id%20Code%20Entry%20Procedure/Notes/'
	},
	{
		id: 'nissan-frontier-sm',
		title: 'Nissan Frontier (2003–2004) service manual, "ID Code Entry Procedure"',
		kind: 'service-manual',
		url: 'https://lemon-manuals.la/Nissan-Datsun/2003/Frontier%20Base%2C%20Automatic/Repair%20and%20Diagnosis/External%20Pages/Different%20car/Section%20417%20%28Remote%20Keyless%20Entry%20System%29/Remote%20Keyless%20Entry%20System/ID%20Code%20Entry%20Procedure/'
	},
	{
		id: 'carkeysexpress-nissan',
		title:
			'1993–2015 Nissan remote programming instructions, select models (Car Keys Express locksmith guide)',
		kind: 'trade',
		url: 'https://guide.carkeysexpress.com/hc/en-us/articles/360060918852-1993-2015-nissan-vehicles-remote-programming-instructions-select-models-see-attached-list-'
	},
	{
		id: 'speedyauto-altima-2006',
		title: 'Altima 2006 remote question and answer (speedyauto.cc)',
		kind: 'community',
		url: 'http://www.speedyauto.cc/AutoFAQ/autorepair/nissanrepair/201603/128202.html'
	},
	{
		id: 'reference-nissan-remote',
		title:
			'What is the way to program a Nissan remote? (reference.com: Intelligent Key models differ)',
		kind: 'community',
		url: 'https://www.reference.com/vehicles/way-program-nissan-remote-88e327e064dafb2b'
	},
	{
		id: 'nissan-ntb99-063c',
		title:
			'Nissan service bulletin NTB99-063C, "Engine will not start: NVIS/NATS system description, key registration"',
		kind: 'bulletin',
		url: 'https://lemon-manuals.la/Nissan-Datsun/2002/Sentra%20SE-R%2C%20Standard/Repair%20and%20Diagnosis/Quick%20Lookups/Technical%20Bulletins/Technical%20Service%20Bulletins/Other%20Variant/Engine%20Control%20Systems/Engine%20Will%20Not%20Start%20NVIS%2FNATS%20System%20Description%20Key%20Registration%20%28NTB99-063C%29'
	},
	{
		id: 'avforums-micra-2006-answer',
		title:
			'"Nissan micra remote control problem" (AVForums thread: the 2006 answer for a 1999 Micra, and the 2008 follow-up)',
		kind: 'community',
		url: 'http://www.avforums.com/forums/motoring/366545-nissan-micra-remote-control-problem.html'
	},
	{
		id: 'avforums-micra-programming-text',
		title:
			'"NISSAN Micra Key Remote Control Programming" (text posted in a later reply of the same AVForums thread)',
		kind: 'community',
		url: 'http://www.avforums.com/forums/motoring/366545-nissan-micra-remote-control-problem.html'
	},
	{
		id: 'automotiveforums-micra-2008',
		title:
			'"Micra remote central locking problem" (AutomotiveForums, 2008: neither remote worked after a second run)',
		kind: 'community',
		url: 'https://www.automotiveforums.com/t917728-micra_remote_central_locking_problem.html'
	},
	{
		id: 'nissan-versa-2007-sm-keyfob',
		title:
			'2007 Nissan Versa service manual (revision June 2006), "Keyfob ID set up without CONSULT-II"',
		kind: 'service-manual',
		url: 'https://www.autoguidegalaxy.com/2006-nissan-versa-workshop-service-repair-manual/9/?srch=key'
	},
	{
		id: 'nissan-versa-n17-sm-keyfob',
		title: 'Nissan Versa (N17) service manual, "Keyfob ID set up without CONSULT"',
		kind: 'service-manual',
		url: 'https://niveguide.com/keyfob_id_set_up_without_consult-1791.html'
	}
]);

const SM = src('nissan-200sx-1995-sm', 'nissan-altima-2002-sm', 'nissan-frontier-sm');
/** Where a Nissan home attempt ends when it did not work. */
const SHOP = 'nissan-nats-intelligent-key-shop';
const SMITH = src('carkeysexpress-nissan');

/** The key insertions, after a get-ready step whose Go starts the 10 seconds. */
function insertions(): Step[] {
	return [
		getReady(
			'in-out-ready',
			{
				hand: 'Key in hand, at the ignition',
				start: 'inserting',
				next: 'insert the key and pull it fully out, 7 times within 10 seconds.'
			},
			{
				id: 'in-out',
				maxSeconds: 10,
				from: 'when you tapped Go, just before your first insertion',
				missed: 'More than 10 seconds passed between Go and the seventh insertion. Try again.',
				restartAt: 'in-out-ready',
				confidence: 'M',
				sources: src('nissan-200sx-1995-sm', 'nissan-300zx-sm')
			}
		),
		{
			id: 'in-out',
			kind: 'repeat',
			times: 7,
			unit: 'insert and remove',
			title: 'Insert the key in the ignition and pull it fully out, 7 times within 10 seconds',
			detail:
				'The manual says more than six times. Pull it all the way out each time; too fast and it may not count.',
			within: ['in-out'],
			closes: ['in-out'],
			carConfirms: 'The hazard lights flash twice.'
		},
		yesCarriesOn('mode', 'Did the hazard lights flash twice?', { to: 'restart' })
	];
}

const pressWindow = (from: string, restartAt: string): NonNullable<Step['opens']>[number] => ({
	id: restartAt === 'switch' ? 'press' : 'press-first',
	maxSeconds: 5,
	from,
	startsOn: 'done',
	missed:
		restartAt === 'switch'
			? 'More than 5 seconds passed. Do the door switch (UNLOCK, then LOCK) again and press the remote straight away.'
			: 'More than 5 seconds passed. Start again from the key insertions.',
	restartAt,
	confidence: 'S',
	sources: SMITH
});

const idEntry = procedure({
	id: 'nissan-id-code-entry',
	ref: 'P24',
	ifItFails: [SHOP],
	title: 'Program Nissan remotes (key in and out seven times)',
	summary:
		'Lock the doors, insert and remove the key seven times within 10 seconds, turn to ACC, then press each remote once.',
	programs: 'remote-learn',
	makes: ['Nissan'],
	models: [
		{ name: '200SX', from: 1995, to: 1995 },
		{ name: 'Altima', from: 2002, to: 2002 },
		// A question-and-answer page for the 2006; the service notes are for the 2002.
		{
			name: 'Altima',
			from: 2003,
			to: 2006,
			confidence: 'S',
			sources: src('speedyauto-altima-2006')
		},
		{ name: 'Frontier', from: 2003, to: 2004 }
	],
	answers: { [Q_PUSH_BUTTON]: ['no'] },
	exclusions: [
		fact(
			'Not for Intelligent Key (push-button) cars or keys with the remote built in: those are registered by the dealer.',
			'S',
			'reference-nissan-remote'
		)
	],
	difficulty: 'moderate',
	maxKeys: 4,
	keySession: {
		maxKeys: fact(
			'The car holds at most 4 remotes (the 2002 Altima notes also mention 5 in one place).',
			'M',
			...SM
		)
	},
	prerequisites: [everyRemote(SM, 4)],
	warnings: [
		fact(
			'Models differ: on the 1995 200SX the key insertions erase every remote; on the 2002 Altima and the Frontier adding keeps the others until the memory is full (then the oldest goes). Either way, do every remote now.',
			'U',
			...SM
		),
		fact('Press each remote button once only.', 'S', ...SMITH)
	],
	setup: [
		{
			id: 'lock',
			kind: 'action',
			title: "Sit inside, close all doors and lock them with the driver's lock switch",
			sources: src('nissan-200sx-1995-sm', 'carkeysexpress-nissan')
		},
		...insertions(),
		{
			id: 'acc',
			kind: 'action',
			title: 'Insert the key and turn it to ACC',
			opens: [pressWindow('turning the key to ACC', 'in-out-ready')]
		}
	],
	perKey: [
		{
			id: 'switch',
			kind: 'action',
			forKeys: 'after-first',
			title: "Press UNLOCK, then LOCK on the driver's door switch",
			detail: 'Before each remote after the first.',
			opens: [pressWindow('the door switch', 'switch')]
		},
		{
			id: 'press',
			kind: 'action',
			title: 'Within 5 seconds, press LOCK on this remote once',
			detail: 'Older cars: LOCK. Newer ones: any button. Only once.',
			within: ['press-first', 'press'],
			closes: ['press-first', 'press'],
			carConfirms: 'The hazard lights flash twice.',
			confidence: 'S',
			sources: src(...SMITH, 'nissan-200sx-1995-sm')
		},
		confirmKey('Did the hazard lights flash?')
	],
	finish: [
		{
			id: 'exit',
			kind: 'action',
			title: "Turn the ignition off, take the key out and open the driver's door",
			detail: "Opening the driver's door ends the programming."
		},
		{ id: 'test', kind: 'instruction', title: 'Test every remote' }
	],
	confidence: 'M',
	confidenceNote:
		'Nissan service-manual text for the key insertions; the 5 seconds for each remote come from a locksmith guide; whether the start erases the other remotes differs by model.',
	sources: src(...SM, ...SMITH, 'speedyauto-altima-2006')
});

const zx = procedure({
	id: 'nissan-300zx-id-code-entry',
	ref: 'P24',
	ifItFails: [SHOP],
	title: 'Program 300ZX remotes (key in and out seven times, door lock lever)',
	summary:
		'Boot open, insert and remove the key seven times within 10 seconds, then work the inside lock lever before each remote.',
	programs: 'remote-learn',
	makes: ['Nissan'],
	models: [{ name: '300ZX', from: 1995, to: 1995 }],
	difficulty: 'moderate',
	...keyLimit(4, 'remotes', src('nissan-300zx-sm')),
	prerequisites: [everyRemote(src('nissan-300zx-sm'), 4)],
	warnings: [
		fact('The car stays in programming mode until any door is opened.', 'M', 'nissan-300zx-sm')
	],
	setup: [
		{ id: 'boot', kind: 'action', title: 'Open the boot, sit inside, close the doors' },
		...insertions()
	],
	perKey: [
		{
			id: 'lever',
			kind: 'action',
			title: "Move the driver's inside lock lever to unlock, then to lock"
		},
		{
			id: 'press',
			kind: 'action',
			title: 'Press a button on this remote once',
			carConfirms: 'The hazard lights flash.'
		},
		confirmKey('Did the hazard lights flash?')
	],
	finish: [
		{ id: 'exit', kind: 'action', title: 'Open a door to finish' },
		{ id: 'test', kind: 'instruction', title: 'Close the boot and test every remote' }
	],
	confidence: 'M',
	sources: src('nissan-300zx-sm')
});

// ── European Micra (K11): ignition six times, hold UNLOCK, LOCK three times ──

const MICRA = src('avforums-micra-2006-answer', 'avforums-micra-programming-text');
const MICRA_FAIL = src('automotiveforums-micra-2008', 'avforums-micra-2006-answer');

const micra = procedure({
	id: 'nissan-micra-multi-remote',
	ref: 'P43',
	ifItFails: [SHOP],
	title: 'Program a Micra remote (ignition six times, hold UNLOCK, press LOCK three times)',
	summary:
		'Six turns of the ignition within 10 seconds put the car in programming mode; then hold UNLOCK on the remote and press LOCK three times. One remote per session.',
	programs: 'remote-learn',
	makes: ['Nissan'],
	models: [
		{ name: 'Micra', from: 1999, to: 1999 },
		// Same generation (K11) as the 1999 car; the second poster gives no year.
		{ name: 'Micra', from: 1993, to: 1998, confidence: 'U', sources: MICRA_FAIL },
		{ name: 'Micra', from: 2000, to: 2002, confidence: 'U', sources: MICRA_FAIL }
	],
	difficulty: 'moderate',
	// The car keeps four, but no source says how to do a second one in the same session.
	maxKeys: 1,
	keySession: {
		maxKeys: fact(
			'The car takes up to four remotes, but the instructions do not say how to add a second one in the same session: FobSync guides 1 remote.',
			'S',
			...MICRA
		)
	},
	prerequisites: [
		fact(
			'All doors unlocked, with a working key or remote.',
			'S',
			'avforums-micra-programming-text'
		),
		fact('Do the remote you need most: this guides one remote.', 'S', ...MICRA_FAIL)
	],
	warnings: [
		fact(
			'Do not run it again for a spare remote. An owner who did was left with neither remote working, and tried dozens of times without getting one back; no way out of that is known.',
			'S',
			...MICRA_FAIL
		)
	],
	setup: [
		{
			id: 'unlock',
			kind: 'action',
			title: 'Unlock all the doors with a working key or remote, then sit in the driver’s seat'
		},
		getReady(
			'turns-ready',
			{
				hand: 'Key in the ignition at 0, hand on it',
				start: 'turning',
				next: 'turn the key from 0 to ON and back, 6 times within 10 seconds.'
			},
			{
				id: 'turns',
				maxSeconds: 10,
				from: 'when you tapped Go, just before your first turn',
				missed: 'More than 10 seconds passed between Go and the sixth turn. Try again.',
				restartAt: 'turns-ready',
				confidence: 'C',
				sources: MICRA
			}
		),
		{
			id: 'turns',
			kind: 'repeat',
			times: 6,
			unit: 'turn 0 → ON',
			title: 'Turn the key from 0 to ON, 6 times within 10 seconds',
			within: ['turns'],
			closes: ['turns']
		},
		{
			id: 'off',
			kind: 'action',
			title: 'Turn the key to OFF and leave it in the ignition',
			carConfirms: 'About 2 seconds later the hazard warning lights flash twice: programming mode.'
		},
		yesCarriesOn('mode', 'Did the hazard warning lights flash twice?', { to: 'restart' })
	],
	perKey: [
		{ id: 'hold-unlock', kind: 'action', title: 'Press and hold UNLOCK on the remote' },
		{
			id: 'lock-3',
			kind: 'repeat',
			times: 3,
			unit: 'press of LOCK',
			title: 'Still holding UNLOCK, press LOCK three times'
		},
		{
			id: 'release',
			kind: 'action',
			title: 'Let go of UNLOCK',
			carConfirms: 'The indicators flash to confirm.'
		},
		confirmKey('Did the indicators flash?')
	],
	finish: [
		{
			id: 'ignition-on',
			kind: 'action',
			title: 'Switch the ignition on',
			carConfirms: 'The indicators flash twice.'
		},
		{ id: 'test', kind: 'instruction', title: 'Check that the remote locks and unlocks the car' }
	],
	confidence: 'C',
	confidenceNote:
		'Two differently worded owner texts agree on the counts and the 10 seconds, and one owner confirms it for one remote; for a second remote they disagree with what happened to him.',
	sources: src(...MICRA, 'automotiveforums-micra-2008')
});

// ── Versa (2007 on): Nissan has an owner set-up, but its steps are a drawing ──

const VERSA = src('nissan-versa-2007-sm-keyfob', 'nissan-versa-n17-sm-keyfob');

const versaShop = shopPath({
	id: 'nissan-versa-keyfob-shop',
	title: 'Versa remotes: the dealer or a locksmith (or the steps in your own manual)',
	makes: ['Nissan'],
	models: [{ name: 'Versa', from: 2007, to: 2019 }],
	answers: { [Q_PUSH_BUTTON]: ['no'] },
	why: fact(
		"Nissan's service manuals for the Versa describe setting up remotes without the dealer tool, but the steps are a drawing whose text is not available, so FobSync cannot guide them.",
		'M',
		...VERSA
	),
	shops: ['dealer', 'auto-locksmith'],
	askFor: 'Setting up every remote you keep to the car (Nissan calls it keyfob ID set-up).',
	involves: [
		fact(
			'The car holds five remotes; a sixth replaces the oldest. Registering one remote five times erases all the others. The sources give no price.',
			'M',
			...VERSA
		)
	],
	confidence: 'M'
});

const natsShop = shopPath({
	id: 'nissan-nats-intelligent-key-shop',
	title:
		'Nissan and Infiniti keys (NATS) and Intelligent Keys: the dealer or a locksmith with the tool',
	makes: ['Nissan', 'Infiniti'],
	why: fact(
		'Nissan registers immobiliser keys with its CONSULT tool, and Intelligent Keys are registered together with the immobiliser. No owner method exists for these; the app guides only the remote-button method where a service manual gives it.',
		'M',
		'nissan-ntb99-063c'
	),
	shops: ['dealer', 'auto-locksmith'],
	askFor:
		'Key registration with CONSULT (every key you keep, in the same visit), and the remotes learned to the car.',
	involves: [
		fact(
			'The shop initialises the immobiliser and registers every key with the tool. The sources give no price.',
			'M',
			'nissan-ntb99-063c'
		)
	],
	confidence: 'M'
});

/** Nissan and Infiniti. */
export const nissanModule: CatalogueModule = {
	sources: SOURCES,
	procedures: [idEntry, zx, micra],
	shopPaths: [natsShop, versaShop]
};
