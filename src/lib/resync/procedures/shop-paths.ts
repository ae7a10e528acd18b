/**
 * Makes with no owner procedure from a source (Hyundai, Kia, Renault, Volvo)
 * and push-button cars of the researched makes: honest shop paths that make
 * the visit short. Makes nobody researched end on the general shop path.
 */
import type { CatalogueModule, SourceDoc } from '../types';
import { Q_PUSH_BUTTON } from './common';
import { shopPath } from './shop-path';
import { citeSources, factsCiting } from './source-ids';
import type { FORD_SOURCES } from './ford-sources';
import type { SOURCES as NISSAN_SOURCES } from './nissan';
import type { SOURCES as HONDA_SOURCES } from './honda';
import type { GM_SOURCES } from './gm-sources';

export const SOURCES = [
	{
		id: 'hyundai-sonata-2007-sm-teaching',
		title: '2007 Hyundai Sonata service manual, immobiliser "Teaching Procedures"',
		kind: 'service-manual',
		url: 'https://lemon.leoquadpod.com/Hyundai/2007/Sonata%20GLS%2C%20Automatic/Repair%20and%20Diagnosis/Body%20%26%20Frame/Door%20Locks/Immobilizer%20Control%20System/Teaching%20Procedures/'
	},
	{
		id: 'hyundai-teaching-hamanual',
		title:
			'Hyundai service manual, key "Teaching procedures" (PIN code from the tester, lock-out after wrong codes)',
		kind: 'service-manual',
		url: 'https://www.hamanual.com/teaching_procedures-1431.html'
	},
	{
		id: 'itstillruns-kia-remote',
		title:
			'How to program a keyless Kia remote (It Still Runs: diagnostic plug and battery positive; model not stated)',
		kind: 'community',
		url: 'https://itstillruns.com/program-keyless-kia-remote-5839672.html'
	},
	{
		id: 'retro-renault-plip',
		title:
			'"Plip key re-synching" (Retro Renault forum: the 4-digit code is the immobiliser override)',
		kind: 'community',
		url: 'http://www.retro-renault.com/forums/ice-electrical/59-plip-key-re-synching-post102.html'
	},
	{
		id: 'renaultserbia-scenic',
		title:
			'"My key fob will not work on my Renault Scenic after changing the batteries" (Renault Serbia knowledge base)',
		kind: 'community',
		url: 'http://www.renaultserbia.com/knowledgebase/view/4/mykeyfobwillnotworkonmyrenaultscenicafterchangingthebatteries.html'
	},
	{
		id: 'askaboutmoney-megane',
		title: '"1997 Renault Megane key code problem" (AskAboutMoney forum)',
		kind: 'community',
		url: 'https://www.askaboutmoney.com/threads/1997-renault-megane-key-code-problem.46218/'
	},
	{
		id: 'volvo-850-1996-owners',
		title: '1996 Volvo 850 owner\'s manual, "Programming a transmitter" (p. 2:21)',
		kind: 'owners-manual',
		url: 'https://www.autoguidegalaxy.com/1996-volvo-850-owners-manual/14'
	},
	{
		id: 'brickboard-850-remote',
		title: '"New keyless entry problem" (BrickBoard Volvo 850 forum)',
		kind: 'community',
		url: 'https://www.brickboard.com/AWD/volvo/681886/850/new_keyless_entry_problem.html'
	},
	{
		id: 'volvo-v40-2004-sm-vgla',
		title:
			'2004 Volvo V40 service manual, lock and alarm system (VGLA), "Programming remote controls"',
		kind: 'service-manual',
		url: 'https://lemon.leoquadpod.com/Volvo/2004/V40%20Base/Repair%20and%20Diagnosis%20%28Single%20Page%29/Accessories%20%26%20Equipment/Anti-Theft%20Systems/Alarm%2C%20Immobilizer%20%26%20Lock%20-%20Design%20And%20Function/Lock%20And%20Alarm%20System%20%28VGLA%29%20%282000-2004%29/Programming%20and%20replacing%20the%20control%20module/Programming%20remote%20controls/'
	},
	{
		id: 'car1337-volvo-p2',
		title: '"Instructions to program Volvo P2 remote control at reasonable cost" (car1337 forum)',
		kind: 'community',
		url: 'https://car1337.com/threads/instructions-to-program-volvo-p2-remote-control-at-reasonable-cost.194/'
	}
] as const satisfies readonly SourceDoc[];

/** Cites only the documents above (or the common ones): a typo is a type error. */
const src = citeSources<
	| typeof SOURCES
	// The push-button path rests on other makes' documents (by type only: the core loads no make).
	| typeof FORD_SOURCES
	| typeof NISSAN_SOURCES
	| typeof HONDA_SOURCES
	| typeof GM_SOURCES
>();
const fact = factsCiting(src);

const hyundaiKia = shopPath({
	id: 'hyundai-kia-shop',
	title: 'Hyundai and Kia: a dealer or an auto locksmith with the tool',
	makes: ['Hyundai', 'Kia'],
	// Hyundai's manuals cover its immobiliser keys only; Kia is not in them, and the remote method found is one unsourced page.
	why: fact(
		"No home method for a Hyundai or Kia remote was found in a source FobSync can trust. Hyundai's service manuals set keys up with the dealer's tester, which asks the car for a 6-digit PIN (three wrong PINs lock it out for an hour; the car holds up to 4 keys); they do not cover Kia. A method shared online, which wires the diagnostic socket to the battery, names no model, so FobSync does not offer it.",
		'S',
		'hyundai-sonata-2007-sm-teaching',
		'hyundai-teaching-hamanual',
		'itstillruns-kia-remote'
	),
	shops: ['dealer', 'auto-locksmith'],
	askFor:
		'Key teaching with the tester (the shop obtains the PIN for your VIN), with every key and remote you keep done in the same visit.',
	involves: [
		fact(
			'For a Hyundai, the shop reads the PIN for your car and teaches up to 4 keys with the tester. The sources give no price; ask for a quote first.',
			'M',
			'hyundai-sonata-2007-sm-teaching',
			'hyundai-teaching-hamanual'
		)
	],
	confidence: 'S'
});

const renault = shopPath({
	id: 'renault-shop',
	title: 'Renault and Dacia remotes: no owner procedure found; a dealer or a specialist',
	makes: ['Renault', 'Dacia'],
	why: fact(
		"No owner resync for Renault remotes was found. The 4-digit code typed with the central-locking button is an emergency way to start the car past the immobiliser, not a way to program a remote; owners' other suggestions disagree.",
		'U',
		'retro-renault-plip',
		'renaultserbia-scenic',
		'askaboutmoney-megane'
	),
	shops: ['dealer', 'independent-specialist', 'auto-locksmith'],
	askFor: "Synchronising or programming the remote (or key card) to the car with Renault's tool.",
	involves: [
		fact('A session with a diagnostic tool. The sources give no price.', 'U', 'retro-renault-plip')
	],
	confidence: 'U'
});

const volvo = shopPath({
	id: 'volvo-shop',
	title: 'Volvo remotes: the dealer (850, S70 and V70 owners: see your handbook first)',
	makes: ['Volvo'],
	why: fact(
		'For the 2000–2004 S40 and V40, Volvo\'s service manual has the owner bring every remote to the dealer; later Volvos are programmed only the official way. The 1996 850 handbook has a "Programming a transmitter" section (page 2:21) whose steps are not in any copy found, and the one owner version found did not work, so FobSync does not offer it: if you have the handbook, that page is worth a look.',
		'C',
		'volvo-v40-2004-sm-vgla',
		'car1337-volvo-p2',
		'volvo-850-1996-owners',
		'brickboard-850-remote'
	),
	shops: ['dealer', 'independent-specialist'],
	askFor:
		'Programming every remote to the car (bring all of them: the car is taught the whole set at once).',
	involves: [
		fact(
			"The dealer programs the remotes with Volvo's tool. The sources give no price.",
			'M',
			'volvo-v40-2004-sm-vgla'
		)
	],
	confidence: 'M',
	sources: src('volvo-v40-2004-sm-vgla', 'car1337-volvo-p2', 'volvo-850-1996-owners')
});

/**
 * Push-button (keyless start) fobs of the makes researched here. Ford and
 * BMW / MINI have their own push-button paths and GM an owner method; makes
 * nobody researched end on the catalogue's general shop path (generic.ts).
 */
const PUSH_BUTTON_MAKES = [
	'Chrysler',
	'Dodge',
	'Jeep',
	'Ram',
	'Honda',
	'Acura',
	'Nissan',
	'Infiniti',
	'Mazda',
	'Subaru',
	'Volkswagen',
	'Audi',
	'Mercedes-Benz',
	'Volvo',
	'Peugeot',
	'Citroën',
	'Fiat',
	'Vauxhall',
	'Opel',
	'Hyundai',
	'Kia',
	'Renault',
	'Mitsubishi'
];
const pushButton = shopPath({
	id: 'push-button-shop',
	title: 'Push-button (keyless start) fobs: a dealer or an auto locksmith',
	makes: PUSH_BUTTON_MAKES,
	answers: { [Q_PUSH_BUTTON]: ['yes'] },
	why: fact(
		"Almost every owner method found excludes push-button cars: Ford, Honda and Nissan smart keys are programmed with the maker's tool (Toyota and Lexus have their own path). The one exception found is some GM cars of 2013–2015 with a working fob.",
		'C',
		'f150forum-intelligent-access',
		'reference-nissan-remote',
		'honda-tsb-remote-accord',
		'buick-keyless-access-owners'
	),
	shops: ['dealer', 'auto-locksmith'],
	askFor:
		'Programming the smart key (proximity fob) to the car, with every fob you keep done in the same visit.',
	involves: [
		fact(
			"Smart keys are registered with the maker's diagnostic tool, often together with the immobiliser. The sources give no price.",
			'M',
			'nissan-ntb99-063c'
		)
	],
	confidence: 'C',
	sources: src(
		'f150forum-intelligent-access',
		'reference-nissan-remote',
		'honda-tsb-remote-accord',
		'nissan-ntb99-063c'
	)
});

/** Shop paths for makes without an owner procedure, and for push-button cars. */
export const shopPathsModule: CatalogueModule = {
	sources: SOURCES,
	procedures: [],
	shopPaths: [hyundaiKia, renault, volvo, pushButton]
};
