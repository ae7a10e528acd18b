/**
 * Suzuki: shop paths only. Suzuki's 2006 service manuals have a remote
 * programming section for cars without keyless start, but its first steps
 * were not available and the only full list is one owner's post of unknown
 * origin, so no home procedure is offered yet (see docs/procedures.md).
 */
import type { CatalogueModule } from '../types';
import { Q_PUSH_BUTTON } from './common';
import { shopPath } from './shop-path';
import { sourceList } from './source-ids';

const {
	docs: SOURCES,
	src,
	fact
} = sourceList([
	{
		id: 'suzuki-sx4-2006-sm-transmitter',
		title:
			'2006 Suzuki SX4 service manual, 9F "Programming transmitter code for keyless entry system (vehicle without keyless start system)"',
		kind: 'service-manual',
		url: 'https://www.autoguidegalaxy.com/2006-suzuki-sx4-service-workshop-manual/179'
	},
	{
		id: 'suzuki-sx4-2006-sm-memory',
		title: '2006 Suzuki SX4 service manual, keyless entry: three transmitter codes',
		kind: 'service-manual',
		url: 'https://www.autoguidegalaxy.com/2006-suzuki-sx4-service-workshop-manual/6/?srch=ECO+mode'
	},
	{
		id: 'suzuki-swift-2006-sm-contents',
		title: '2006 Suzuki Swift service manual, contents (section 9F, transmitter code programming)',
		kind: 'service-manual',
		url: 'https://www.autoguidegalaxy.com/2006-suzuki-swift-service-workshop-manual/2/?srch=car+key'
	},
	{
		id: 'suzuki-forums-gv-2006',
		title: '"Reprogram key" (Suzuki-Forums, 2006 Grand Vitara V6: a step list found online)',
		kind: 'community',
		url: 'https://www.suzuki-forums.com/threads/reprogram-key.279116/?sortby=reaction'
	},
	{
		id: 'suzuki-sx4-2006-sm-keyless-start',
		title:
			'2006 Suzuki SX4 service manual, keyless start system: "Registration procedure for remote controller ID code"',
		kind: 'service-manual',
		url: 'https://www.carmanualsonline.info/suzuki-sx4-2006-1-g-service-workshop-manual/2/?srch=remote+start'
	},
	{
		id: 'suzuki-grand-vitara-2013-owners',
		title: "2013 Suzuki Grand Vitara owner's manual, remote controller code programming",
		kind: 'owners-manual',
		url: 'https://www.autoguidegalaxy.com/2013-suzuki-grand-vitara-owners-manual/?srch=specification'
	}
]);

const SM = src('suzuki-sx4-2006-sm-transmitter', 'suzuki-sx4-2006-sm-memory');

const remoteShop = shopPath({
	id: 'suzuki-remote-shop',
	title: 'Suzuki remotes (turn key): a dealer or an auto locksmith',
	makes: ['Suzuki'],
	models: [
		{ name: 'SX4', from: 2006, to: 2006 },
		{ name: 'Swift', from: 2006, to: 2006 },
		{ name: 'Grand Vitara', from: 2006, to: 2006 }
	],
	answers: { [Q_PUSH_BUTTON]: ['no'] },
	why: fact(
		"Suzuki's 2006 service manuals have a remote programming section for cars without keyless start, but its first five steps are not in the text available. The only complete list found is one owner's post of unknown origin: it disagrees with the manual on adding a second remote, and the only reply warns that the remote can be ruined. So FobSync does not guide it yet.",
		'S',
		...SM,
		'suzuki-swift-2006-sm-contents',
		'suzuki-forums-gv-2006'
	),
	shops: ['dealer', 'auto-locksmith'],
	askFor: 'Programming every remote you keep to the keyless entry system.',
	involves: [
		fact(
			'The car keeps three remote codes; each new one replaces the oldest. The sources give no price; ask for a quote first.',
			'M',
			...SM
		)
	],
	confidence: 'S'
});

const KEYLESS = src('suzuki-sx4-2006-sm-keyless-start', 'suzuki-grand-vitara-2013-owners');

const keylessShop = shopPath({
	id: 'suzuki-keyless-start-shop',
	title: 'Suzuki keyless start remotes: a dealer or an auto locksmith',
	makes: ['Suzuki'],
	answers: { [Q_PUSH_BUTTON]: ['yes'] },
	why: fact(
		"On Suzukis with keyless start the remote's ID code is registered to the keyless start module by its own procedure. The 2013 Grand Vitara owner's manual has an owner version, but only its last step is in the text available, so FobSync cannot guide it.",
		'M',
		...KEYLESS
	),
	shops: ['dealer', 'auto-locksmith'],
	askFor: 'Registering the ID code of every remote you keep to the keyless start module.',
	involves: [
		fact(
			'The old codes are erased, so every remote you have must be programmed at the same time. The sources give no price.',
			'M',
			'suzuki-grand-vitara-2013-owners'
		)
	],
	confidence: 'M'
});

/** Suzuki. */
export const suzukiModule: CatalogueModule = {
	sources: SOURCES,
	procedures: [],
	shopPaths: [remoteShop, keylessShop]
};
