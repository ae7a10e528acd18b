/**
 * Peugeot and Citroën: "reinitialising the remote control" of a key-start car
 * (handbook text) and the 1990s infrared plip. New remotes and keys are
 * matched with the dealer's tool.
 */
import type { CatalogueModule, Procedure, Step, VariantSpec } from '../types';
import { withVariants } from '../engine-definition';
import { Q_INFRARED_REMOTE, Q_KEY_ORIGIN, Q_PUSH_BUTTON, untimed, confirmKey } from './common';
import { shopPath } from './shop-path';
import { procedure } from './procedure';
import { sourceList } from './source-ids';

/** Reinitialising brings back a remote the car knows; a new one needs the shop. */
const confirmed = confirmKey(
	'Does the remote work again?',
	'If not after a second try, the handbook sends you to a dealer.'
);
const KNOWN = { [Q_KEY_ORIGIN]: ['worked-before'] };
const SHOP = ['psa-new-remote-shop'];

export const {
	docs: SOURCES,
	src,
	fact
} = sourceList([
	{
		id: 'citroen-jumpy-2017-handbook',
		title:
			'2017 Citroën Jumpy handbook, "Reinitialising the remote control" (without Keyless Entry and Start)',
		kind: 'owners-manual',
		url: 'https://www.autoguidegalaxy.com/2017-citroen-jumpy-owners-manual/?srch=Battery+replace'
	},
	{
		id: 'citroen-c3-handbook',
		title:
			'Citroën C3 handbook, battery: "you should yourself reinitialise the remote control key"',
		kind: 'owners-manual',
		url: 'https://www.b-auto.net/citroen_c3-11/battery-710.html'
	},
	{
		id: 'peugeot-406-2002-handbook',
		title: '2002 Peugeot 406 handbook, remote control ("would have to be reprogrammed")',
		kind: 'owners-manual',
		url: 'https://www.carmanualsonline.info/amp/peugeot-406-2002-5-owner-s-manual/?srch=tailgate'
	},
	{
		id: 'peugeot-308-2014-handbook',
		title: '2014 Peugeot 308 handbook, remote control ("would have to be reinitialised")',
		kind: 'owners-manual',
		url: 'https://www.autoguidegalaxy.com/2014-peugeot-308-owner-s-manual/4/?srch=engine'
	},
	{
		id: 'frenchcarforum-xsara',
		title: 'French Car Forum: 2002 Xsara II handbook quoted ("press lock button for 10 secs")',
		kind: 'community',
		url: 'https://frenchcarforum.co.uk/forum/viewtopic.php?t=22580'
	},
	{
		id: 'mumsnet-peugeot-207',
		title: '"Peugeot key won\'t start car" (Mumsnet: 207, press LOCK for 10 seconds)',
		kind: 'community',
		url: 'https://www.mumsnet.com/talk/shopping/3900916-peugeot-key-won-t-start-car'
	},
	{
		id: 'frenchcarforum-admin-2019',
		title:
			'French Car Forum administrator, 2019: "within 10 seconds press one of the fob buttons for a few seconds"',
		kind: 'community',
		url: 'https://www.frenchcarforum.co.uk/forum/viewtopic.php?t=41082&start=765'
	},
	{
		id: 'peugeot406oc-precoded',
		title:
			'406 Owners Club forum: the remote is precoded with the transponder (dealer tool needed)',
		kind: 'community',
		url: 'https://www.406oc.co.uk/viewtopic.php?f=3&p=247365&t=24554'
	},
	{
		id: 'peugeot206cc-tool',
		title: 'Peugeot 206CC forum: new remotes need the dealer diagnostic tool',
		kind: 'community',
		url: 'https://www.peugeot206cc.co.uk/viewtopic.php?p=112378'
	},
	{
		id: 'peugeot-306-ir-plip',
		title:
			'"405 key fob not working, help" (carkb Peugeot forum, 306 infrared plip procedure from peugeotdiesel.com)',
		kind: 'community',
		url: 'http://www.carkb.com/Uwe/Forum.aspx/peugeot/5437/405-Key-fob-not-working-help'
	}
]);

const HB = src('citroen-jumpy-2017-handbook');
const HB_ALL = src(
	...HB,
	'citroen-c3-handbook',
	'peugeot-406-2002-handbook',
	'peugeot-308-2014-handbook'
);

function reinitSteps(press: Step): Pick<Procedure, 'setup' | 'perKey' | 'finish'> {
	return {
		setup: [],
		perKey: [
			{ id: 'off', kind: 'action', title: 'Switch the ignition off' },
			{
				id: 'pos-2',
				kind: 'action',
				title: 'Put this key in and turn it to position 2 (ignition on)',
				opens: [
					untimed({
						id: 'press',
						from: 'turning the key to position 2',
						startsOn: 'done',
						restartAt: 'off',
						confidence: 'M',
						sources: HB
					})
				]
			},
			press,
			{ id: 'off-out', kind: 'action', title: 'Switch off and take the key out' },
			confirmed
		],
		finish: [{ id: 'test', kind: 'instruction', title: 'Test every remote' }]
	};
}

const handbookPress: Step = {
	id: 'press-lock',
	kind: 'action',
	title: 'Straight away, press the closed-padlock (LOCK) button for a few seconds',
	detail: 'The handbook says "immediately" and "a few seconds" and gives no time figure.',
	within: ['press'],
	closes: ['press']
};

const prereqs = [
	fact(
		'A remote already matched to this car (after a battery change, a flat car battery, or many presses out of range).',
		'M',
		...HB_ALL
	)
];

const variant10s: VariantSpec = {
	id: 'psa-reinit-hold-10',
	title: 'Hold LOCK for 10 seconds',
	summary: 'The same steps, holding the LOCK button for 10 seconds.',
	differs: 'Owners of a 2002 Xsara and a 207 quote their handbooks as saying 10 seconds.',
	warnings: [],
	...reinitSteps({
		id: 'press-lock',
		kind: 'action',
		title: 'Straight away, press and hold the LOCK button for 10 seconds',
		detail: 'The sources give no time limit before the press: do it straight away.',
		holdSeconds: { min: 10 },
		within: ['press'],
		closes: ['press'],
		confidence: 'U',
		sources: src('frenchcarforum-xsara', 'mumsnet-peugeot-207')
	}),
	confidence: 'U',
	confidenceNote:
		'Two owners quote their handbooks as saying 10 seconds (neither fixed the fault); the 2017 handbook says "a few seconds".',
	sources: src('frenchcarforum-xsara', 'mumsnet-peugeot-207')
};

const variantWithin10: VariantSpec = {
	id: 'psa-reinit-within-10',
	title: 'Press a button within 10 seconds, for a few seconds',
	summary: 'The same steps, with the press within 10 seconds of switching on.',
	differs: "A forum administrator gives 10 seconds to start pressing, then a few seconds' press.",
	warnings: [],
	perKey: [
		{ id: 'off', kind: 'action', title: 'Switch the ignition off' },
		{
			id: 'pos-2',
			kind: 'action',
			title: 'Put this key in and switch the ignition on',
			opens: [
				{
					id: 'press',
					maxSeconds: 10,
					from: 'switching the ignition on',
					startsOn: 'done',
					missed: 'More than 10 seconds passed. Switch off and try again.',
					restartAt: 'off',
					confidence: 'S',
					sources: src('frenchcarforum-admin-2019')
				}
			]
		},
		{
			id: 'press-lock',
			kind: 'action',
			title: 'Within 10 seconds, press one of the remote buttons for a few seconds',
			within: ['press'],
			closes: ['press']
		},
		{ id: 'off-out', kind: 'action', title: 'Switch off and take the key out' },
		confirmed
	],
	confidence: 'S',
	sources: src('frenchcarforum-admin-2019')
};

function reinit(
	id: string,
	extra: Partial<Omit<Procedure, 'variants'>> & Pick<Procedure, 'applies' | 'confidence'>,
	variants: readonly VariantSpec[] = []
): Procedure {
	const main: Omit<Procedure, 'variants'> = {
		id,
		ref: 'P35',
		ifItFails: SHOP,
		title: 'Reinitialise a Peugeot or Citroën remote',
		summary:
			'Ignition on with this key, then straight away press the LOCK button for a few seconds.',
		programs: 'remote-resync',
		difficulty: 'easy',
		maxKeys: null,
		workingKeysNeeded: 0,
		prerequisites: prereqs,
		warnings: [
			fact(
				'Do not press the remote over and over out of range of the car: it falls out of step and needs this again.',
				'M',
				'peugeot-406-2002-handbook',
				'peugeot-308-2014-handbook'
			)
		],
		...reinitSteps(handbookPress),
		sources: HB_ALL,
		...extra
	};
	return variants.length > 0 ? withVariants(main, variants) : main;
}

const notKes = [fact('Not for cars with Keyless Entry and Start (push-button).', 'M', ...HB)];

const reinitHandbook = reinit('psa-reinit-handbook', {
	applies: {
		makes: ['Citroën'],
		models: [{ name: 'Jumpy', from: 2017, to: 2017 }],
		answers: { [Q_PUSH_BUTTON]: ['no'], ...KNOWN },
		exclusions: notKes
	},
	confidence: 'M'
});

const reinitOther = reinit(
	'psa-reinit',
	{
		applies: {
			makes: ['Peugeot', 'Citroën'],
			years: { from: 1999, to: 2021 },
			answers: { [Q_PUSH_BUTTON]: ['no'], [Q_INFRARED_REMOTE]: ['no'], ...KNOWN },
			exclusions: notKes
		},
		confidence: 'U',
		confidenceNote:
			'The steps are from a 2017 Citroën handbook; other Peugeot and Citroën handbooks say the owner can reinitialise the remote. How long to hold the button on cars of the 2000s is disputed ("a few seconds" or 10 seconds).'
	},
	[variant10s, variantWithin10]
);

const IRP = src('peugeot-306-ir-plip');
const irPlip = procedure({
	id: 'peugeot-ir-plip',
	ref: 'P36',
	ifItFails: SHOP,
	title: 'Resync a Peugeot 306 or 405 infrared plip',
	summary:
		'Ignition to accessory with a key, hold each plip near the roof receiver and press the large then the small button.',
	programs: 'remote-resync',
	makes: ['Peugeot'],
	models: [
		{ name: '306', from: 1993, to: 2002 },
		{ name: '405', from: 1988, to: 1997 }
	],
	answers: { [Q_INFRARED_REMOTE]: ['yes'], ...KNOWN },
	exclusions: [
		fact(
			"Not for the radio (RF) remotes of later 306s; the Xantia's procedure was not available.",
			'S',
			...IRP
		)
	],
	difficulty: 'easy',
	prerequisites: [fact('A key without the plip attached, to turn the ignition.', 'S', ...IRP)],
	warnings: [],
	setup: [
		{
			id: 'acc',
			kind: 'action',
			title: 'Turn the ignition to the accessory position with a key (plip not attached)'
		}
	],
	perKey: [
		{
			id: 'aim',
			kind: 'action',
			title: 'Hold this plip close to the central-locking receiver in the roof console'
		},
		{ id: 'press', kind: 'action', title: 'Press the large button, then the small button' },
		confirmKey(
			'Ready for the next plip?',
			'The result shows at the end: after switching off and waiting 5 seconds.',
			'confirmed',
			{ yes: 'Yes, done with this one', no: 'Something went wrong' }
		)
	],
	finish: [
		{ id: 'off', kind: 'action', title: 'Turn the ignition off' },
		{ id: 'wait', kind: 'wait', seconds: 5, title: 'Wait 5 seconds' },
		{ id: 'test', kind: 'instruction', title: 'Test every plip' }
	],
	confidence: 'S',
	sources: IRP
});

const psaShop = shopPath({
	id: 'psa-new-remote-shop',
	title: 'New Peugeot and Citroën remotes or keys: the dealer or a specialist with the tool',
	makes: ['Peugeot', 'Citroën'],
	answers: { [Q_KEY_ORIGIN]: ['new'] },
	why: fact(
		"Peugeot and Citroën match each remote to its key's chip at the factory; a new remote or key is taught to the car with the dealer's diagnostic tool. The owner reinitialisation only works for a remote the car already knows.",
		'C',
		'peugeot406oc-precoded',
		'peugeot206cc-tool',
		'citroen-jumpy-2017-handbook'
	),
	shops: ['dealer', 'independent-specialist', 'auto-locksmith'],
	askFor:
		'Programming the new key and remote to the car with the Peugeot/Citroën diagnostic tool (Lexia, Diagbox or PP2000), with every key you keep.',
	involves: [
		fact(
			'A session with the diagnostic tool; the handbook sends owners to the dealer when reinitialising does not help. The sources give no price.',
			'S',
			'peugeot206cc-tool',
			'citroen-jumpy-2017-handbook'
		)
	],
	confidence: 'C'
});

/** Any Peugeot or Citroën no home procedure fits (a model or years no source names). */
const psaAnyShop = shopPath({
	...psaShop,
	id: 'psa-any-shop',
	title: 'Peugeot and Citroën remotes: the dealer or a specialist with the tool',
	makes: ['Peugeot', 'Citroën'],
	anyCarOfMake: true,
	why: fact(
		"The handbook's owner reinitialisation is for a remote the car already knows, and the handbook sends owners to the dealer when it does not help; a new remote or key is taught to the car with the dealer's diagnostic tool.",
		'S',
		'citroen-jumpy-2017-handbook',
		'peugeot206cc-tool'
	),
	askFor:
		'Reinitialising or programming the remote to the car with the Peugeot/Citroën diagnostic tool, with every key you keep.',
	confidence: 'S',
	sources: src('citroen-jumpy-2017-handbook', 'peugeot206cc-tool')
});

/** Peugeot and Citroën. */
export const psaModule: CatalogueModule = {
	sources: SOURCES,
	procedures: [reinitHandbook, reinitOther, irPlip],
	shopPaths: [psaShop, psaAnyShop]
};
