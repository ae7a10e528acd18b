/**
 * Vauxhall and Opel: remote synchronisation of an already-programmed remote
 * (Astra H handbook; Astra G family by holding LOCK). New remotes need
 * professional equipment.
 */
import type { CatalogueModule } from '../types';
import { Q_KEY_ORIGIN, Q_PUSH_BUTTON, confirmKey } from './common';
import { shopPath } from './shop-path';
import { procedure } from './procedure';
import { sourceList } from './source-ids';

/** Synchronisation brings back a remote the car knows; a new one needs the shop. */
const KNOWN_REMOTE = { [Q_PUSH_BUTTON]: ['no'], [Q_KEY_ORIGIN]: ['worked-before'] };
const NEW_REMOTE_SHOP = ['vauxhall-new-remote-shop'];

export const {
	docs: SOURCES,
	src,
	fact
} = sourceList([
	{
		id: 'vauxhall-astra-h-twintop-2007-owners',
		title: '2007 Vauxhall Astra TwinTop owner\'s manual, "Remote control synchronisation"',
		kind: 'owners-manual',
		url: 'https://www.zinref.ru/000_uchebniki/05300_transport/152_Vauxhall_Astra_TwinTop_2007_en_4600_raznie_7/003.htm'
	},
	{
		id: 'car-mechanics-uk-2017',
		title:
			'Car Mechanics (UK magazine), September 2017, reader question on a 2001 Astra convertible remote',
		kind: 'trade',
		url: 'http://www.pressreader.com/uk/car-mechanics-uk/20170901/283502206110109'
	},
	{
		id: 'vauxhalltech-blog',
		title:
			"Vauxhall technician's blog, July 2009: Vectra B / Omega B fob battery and re-synchronising",
		kind: 'community',
		url: 'http://vauxhalltech.blogspot.com/2009/07/'
	},
	{
		id: 'barrowbiker-zafira',
		title: '"Fixing the car key fob" (personal blog, 2001 Zafira)',
		kind: 'community',
		url: 'https://barrowbiker.wordpress.com/2010/04/18/fixing-the-car-key-fob/'
	}
]);

const previouslyProgrammed = fact(
	'Only for a remote already programmed to this car. A new remote needs professional equipment.',
	'S',
	'car-mechanics-uk-2017'
);

const astraH = procedure({
	id: 'vauxhall-astra-h-sync',
	ref: 'P38',
	ifItFails: NEW_REMOTE_SHOP,
	title: 'Synchronise an Astra H remote (after a battery change)',
	summary: "Unlock the driver's door with the key, then switch the ignition on.",
	programs: 'remote-resync',
	makes: ['Vauxhall', 'Opel'],
	models: [{ name: 'Astra H (including TwinTop)', from: 2004, to: 2010 }],
	answers: KNOWN_REMOTE,
	exclusions: [
		fact(
			'Keys with a fixed (not folding) blade: the handbook says to have the battery changed by a workshop.',
			'M',
			'vauxhall-astra-h-twintop-2007-owners'
		)
	],
	difficulty: 'easy',
	prerequisites: [previouslyProgrammed],
	warnings: [],
	setup: [],
	perKey: [
		{
			// The manual synchronises a remote "by switching the ignition on": with the key before
			// still in and switched on, the next key could not switch it on.
			id: 'off-out',
			kind: 'action',
			forKeys: 'after-first',
			title: 'Switch the ignition off and take the key out',
			detail: 'Each remote is synchronised by switching the ignition on with its own key.',
			sources: src('vauxhall-astra-h-twintop-2007-owners')
		},
		{ id: 'door', kind: 'action', title: "Unlock the driver's door with this key in the lock" },
		{ id: 'ign-on', kind: 'action', title: 'Switch the ignition on with this key' },
		confirmKey('Does the remote lock and unlock the car now?')
	],
	finish: [{ id: 'off', kind: 'action', title: 'Switch the ignition off' }],
	confidence: 'M',
	confidenceNote: 'Vauxhall handbook text (2007 Astra TwinTop, an Astra H).',
	sources: src('vauxhall-astra-h-twintop-2007-owners', 'car-mechanics-uk-2017')
});

const holdLock = procedure({
	id: 'vauxhall-hold-lock-sync',
	ref: 'P38',
	ifItFails: NEW_REMOTE_SHOP,
	title: 'Synchronise a Vauxhall/Opel remote: ignition on, hold LOCK',
	summary: 'Ignition on (engine off), hold LOCK until the doors lock; they unlock when you let go.',
	programs: 'remote-resync',
	makes: ['Vauxhall', 'Opel'],
	models: [
		// The sources agree on the method, but each names other cars: one source per model.
		{
			name: 'Astra G',
			from: 1998,
			to: 2004,
			confidence: 'S',
			sources: src('car-mechanics-uk-2017')
		},
		{
			name: 'Vectra B',
			from: 1995,
			to: 2002,
			confidence: 'S',
			sources: src('vauxhalltech-blog')
		},
		{ name: 'Omega B', from: 1994, to: 2003, confidence: 'S', sources: src('vauxhalltech-blog') },
		{
			name: 'Zafira A',
			from: 1999,
			to: 2005,
			confidence: 'S',
			sources: src('barrowbiker-zafira')
		}
	],
	answers: KNOWN_REMOTE,
	difficulty: 'easy',
	prerequisites: [previouslyProgrammed],
	warnings: [
		fact("For the Zafira A this comes from one owner's blog only.", 'S', 'barrowbiker-zafira')
	],
	setup: [],
	perKey: [
		{
			id: 'ign-on',
			kind: 'action',
			title: 'Put this key in the ignition and switch on (engine off)'
		},
		{
			id: 'hold-lock',
			kind: 'action',
			title: 'Press and hold LOCK until the doors lock, then let go',
			carConfirms: 'The doors lock, and unlock again when you let go.'
		},
		{ id: 'off', kind: 'action', title: 'Switch off and take the key out' },
		confirmKey('Does the remote lock and unlock the car now?')
	],
	finish: [{ id: 'test', kind: 'instruction', title: 'Test every remote' }],
	confidence: 'C',
	confidenceNote:
		"A motoring magazine's answer (2001 Astra) and a Vauxhall technician's blog (Vectra B, Omega B) agree.",
	sources: src('car-mechanics-uk-2017', 'vauxhalltech-blog', 'barrowbiker-zafira')
});

const newRemoteShop = shopPath({
	id: 'vauxhall-new-remote-shop',
	title: 'A new Vauxhall or Opel remote needs professional equipment',
	makes: ['Vauxhall', 'Opel'],
	answers: { [Q_KEY_ORIGIN]: ['new'] },
	why: fact(
		'The owner synchronisation works only for a remote already programmed to the car. Any new key needs professional equipment to program it.',
		'S',
		'car-mechanics-uk-2017'
	),
	shops: ['auto-locksmith', 'independent-specialist', 'dealer'],
	askFor: 'Programming the new key (remote and immobiliser) to the car, with every key you keep.',
	involves: [
		fact(
			'A session with a diagnostic tool; for the older Astra/Vectra fobs built into the key, a technician found failed battery contacts more often than lost programming. The sources give no price.',
			'S',
			'car-mechanics-uk-2017',
			'vauxhalltech-blog'
		)
	],
	confidence: 'S'
});

/** Any Vauxhall or Opel no home procedure fits. */
const anyShop = shopPath({
	...newRemoteShop,
	id: 'vauxhall-any-shop',
	title: 'Vauxhall and Opel remotes: a specialist or the dealer with the tool',
	makes: ['Vauxhall', 'Opel'],
	anyCarOfMake: true,
	why: fact(
		'The owner synchronisation is sourced for a few models only. A shop with professional equipment can program the remote, and the key for starting, on any of them.',
		'S',
		'car-mechanics-uk-2017'
	),
	askFor: 'Synchronising or programming the remote to the car, with every key you keep.'
});

/** Vauxhall and Opel. */
export const vauxhallOpelModule: CatalogueModule = {
	sources: SOURCES,
	procedures: [astraH, holdLock],
	shopPaths: [newRemoteShop, anyShop]
};
