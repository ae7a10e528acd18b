/**
 * Mitsubishi's own remote registration (ETACS "secret code registration":
 * diagnostic-socket terminal 1 grounded, hazard switch six times) from the
 * 2006 Lancer Evolution service manual, for one remote; and where immobiliser
 * keys are registered. The older owner methods for Mitsubishi-built cars live
 * in chrysler.ts; the Australian Magna method and the second-remote step are
 * left out (see docs/procedures.md).
 */
import type { CatalogueModule, SourcedText } from '../types';
import { Q_KEY_ORIGIN, Q_PUSH_BUTTON, confirmKey, yesCarriesOn } from './common';
import { hazardSixPresses } from './hazard-presses';
import { shopPath } from './shop-path';
import { procedure } from './procedure';
import { sourceList } from './source-ids';

export const {
	docs: SOURCES,
	src,
	fact
} = sourceList([
	{
		id: 'mitsubishi-evo-2006-sm-keyless',
		title:
			'2006 Mitsubishi Lancer Evolution service manual, "Keyless Entry Transmitter: Testing and Inspection" (reflects bulletin 04-42a-006)',
		kind: 'service-manual',
		url: 'https://manuals.autorepairshq.com/Mitsubishi/2006/Lancer%20Evolution%20L4-2.0L%20DOHC%20Turbo/Repair%20and%20Diagnosis/Accessories%20and%20Optional%20Equipment/Antitheft%20and%20Alarm%20Systems/Keyless%20Entry/Keyless%20Entry%20Transmitter/Testing%20and%20Inspection'
	},
	{
		id: 'evolutionm-keyless-prog',
		title: '"Can\'t get keyless entry prog procedure to work" (EvolutionM forum)',
		kind: 'community',
		url: 'https://www.evolutionm.net/forums/lancer-audio-security-all-models/197998-can-t-get-keyless-entry-prog-procedure-work.html'
	},
	{
		id: 'mitsubishi-endeavor-2004-sm-keys',
		title: '2004 Mitsubishi Endeavor service manual, immobiliser ignition key registration',
		kind: 'service-manual',
		url: 'https://www.autoguidegalaxy.com/2004-mitsubishi-endeavor-service-repair-manual/30/?srch=service'
	}
]);

const SM = src('mitsubishi-evo-2006-sm-keyless');
const FORUM = src('evolutionm-keyless-prog');
/** Where an owner who needs more than one remote, or whose attempt failed, goes. */
const REMOTES_SHOP = 'mitsubishi-etacs-remotes-shop';

const clearsOthers: SourcedText = fact(
	'Registering a remote clears every remote the car knew: any remote not registered in this session stops working.',
	'M',
	...SM
);

const etacs = procedure({
	id: 'mitsubishi-etacs-hazard-registration',
	ref: 'P41',
	ifItFails: [REMOTES_SHOP, 'mitsubishi-shop'],
	title: 'Register one Mitsubishi remote: a wire in the diagnostic socket, hazard switch six times',
	summary:
		"Mitsubishi's service text: with terminal 1 of the diagnostic socket grounded, six presses of the hazard switch within 10 seconds open registration; then one press and two more on the remote within 10 seconds.",
	programs: 'remote-learn',
	makes: ['Mitsubishi'],
	models: [{ name: 'Lancer Evolution', from: 2006, to: 2006 }],
	answers: { [Q_PUSH_BUTTON]: ['no'] },
	difficulty: 'hard',
	// The car keeps four; the manual's step for a second remote was not in the copy read, so one here.
	maxKeys: 1,
	keySession: {
		maxKeys: fact(
			"The car keeps up to four remotes, but Mitsubishi's text registers them all in one go and its step for the second remote is missing from the manual text available: FobSync guides 1 remote.",
			'M',
			...SM
		),
		leftOut: clearsOthers
	},
	prerequisites: [
		fact(
			'A short insulated wire with bare ends that fit the pins of the diagnostic socket (under the dashboard).',
			'S',
			...FORUM
		),
		fact('The ignition key, and the one remote you want to use.', 'M', ...SM)
	],
	warnings: [
		clearsOthers,
		fact(
			'Key at LOCK (off) whenever you fit or remove the wire. Mitsubishi says this for its scan tool in the same socket; we apply it to the wire.',
			'S',
			...SM
		),
		fact(
			'Two owners could not get the doors to lock and unlock at the hazard-switch step, one of them with a proper wire rather than a paper clip. If the doors do not answer after a few careful tries, stop: the dealer can do it with the scan tool.',
			'S',
			...FORUM
		)
	],
	setup: [
		{
			id: 'unplug',
			kind: 'action',
			title: 'Unplug any adapter from the diagnostic socket',
			detail: 'FobSync cannot read the car while the wire is in; the guide carries on by your taps.'
		},
		{
			id: 'others',
			kind: 'question',
			title: 'Do you have other remotes for this car that you want to keep working?',
			detail:
				'This registers one remote and clears all the others. The manual text available has no step for a second remote.',
			answers: [
				{ label: 'No, just this one', outcome: { to: 'next' } },
				{ label: 'Yes', outcome: { to: 'shop', shopPath: REMOTES_SHOP } }
			]
		},
		{
			id: 'key-check',
			kind: 'action',
			title: 'Check that the doors lock normally with the key',
			detail: 'Lock and unlock the driver’s door with the key blade, as the manual asks first.'
		},
		{
			id: 'key-in',
			kind: 'action',
			title: 'Put the key in the ignition and leave it at LOCK (off)'
		},
		{
			id: 'jumper',
			kind: 'action',
			title: 'Connect pin 1 of the socket to pin 4 (ground) with the wire',
			detail:
				'Pin 1 is in the manual. Which pin to use as ground comes from an owner (pin 4 or 5; pin 4 is chassis ground). Never touch pin 16: it carries battery power.',
			confidence: 'S',
			sources: src(...SM, ...FORUM, 'sae-j1962-pinout')
		},
		...hazardSixPresses(
			'press the hazard warning switch 6 times within 10 seconds (the lights go on and off with each press).',
			'M',
			SM
		),
		yesCarriesOn('mode', 'Did all the doors lock and unlock?', {
			to: 'step',
			step: 'hazard-ready'
		})
	],
	perKey: [
		{
			id: 'press-once',
			kind: 'action',
			title: 'Press a button on the remote once',
			opens: [
				{
					id: 'press-twice',
					maxSeconds: 10,
					from: 'the first press',
					startsOn: 'done',
					missed:
						'More than 10 seconds passed after the first press. Press once, then twice again.',
					restartAt: 'press-once',
					confidence: 'M',
					sources: SM
				}
			]
		},
		{
			id: 'press-twice',
			kind: 'repeat',
			times: 2,
			unit: 'press',
			title: 'Within 10 seconds of that press, press it twice more',
			within: ['press-twice'],
			closes: ['press-twice'],
			carConfirms: 'All doors lock and unlock: the remote is registered.'
		},
		confirmKey('Did all the doors lock and unlock?')
	],
	finish: [
		{
			id: 'jumper-out',
			kind: 'action',
			title: 'Key to LOCK (off), then take the wire out of the socket',
			detail:
				'The manual text available stops before saying how registration ends; this follows its rule for the scan tool.',
			confidence: 'S',
			sources: SM
		},
		{ id: 'test', kind: 'instruction', title: 'Test the remote' }
	],
	confidence: 'M',
	confidenceNote:
		"Mitsubishi's service text for the steps and both 10-second limits; the ground pin and the way out come from an owner and from the manual's scan-tool rule.",
	sources: src(...SM, ...FORUM)
});

const remotesShop = shopPath({
	id: 'mitsubishi-etacs-remotes-shop',
	title: 'Several Mitsubishi remotes at once: the dealer with the scan tool',
	makes: ['Mitsubishi'],
	models: [{ name: 'Lancer Evolution' }],
	// Reached from the procedure (an answer or a failed try), never listed by the finder.
	onlyAfterFailure: true,
	why: fact(
		"Mitsubishi's text registers every remote in one go, and registering the first clears the rest. Its step for the second remote is missing from the manual text available, so FobSync does one remote only. The same registration is done with Mitsubishi's scan tool in the diagnostic socket.",
		'M',
		...SM
	),
	shops: ['dealer', 'auto-locksmith'],
	askFor: 'Registering every remote you keep to the keyless entry system (ETACS) in one session.',
	involves: [
		fact(
			'The car keeps up to four remotes, all registered together. The sources give no price; ask for a quote first.',
			'M',
			...SM
		)
	],
	confidence: 'M'
});

const immobiliserShop = shopPath({
	id: 'mitsubishi-immobiliser-key-shop',
	title: 'A new Mitsubishi ignition key: the dealer with the scan tool',
	makes: ['Mitsubishi'],
	models: [{ name: 'Endeavor', from: 2004, to: 2004 }],
	answers: { [Q_KEY_ORIGIN]: ['new'] },
	why: fact(
		"Mitsubishi's manual adds an ignition key with its scan tool, or with two keys that already start the car (those steps are not in the text available). If a key is lost, every key has to be registered again with the scan tool.",
		'M',
		'mitsubishi-endeavor-2004-sm-keys'
	),
	shops: ['dealer', 'auto-locksmith'],
	askFor: 'Registering the new key, and every key you keep, to the immobiliser with the scan tool.',
	involves: [
		fact(
			'A scan-tool session with every key present. The sources give no price.',
			'M',
			'mitsubishi-endeavor-2004-sm-keys'
		)
	],
	confidence: 'M'
});

/** Mitsubishi's own remote registration and key shop paths. */
export const mitsubishiModule: CatalogueModule = {
	sources: SOURCES,
	procedures: [etacs],
	shopPaths: [remotesShop, immobiliserShop]
};
