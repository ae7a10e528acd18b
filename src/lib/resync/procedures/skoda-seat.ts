/**
 * Škoda and SEAT: their handbooks say a remote is synchronised after a
 * battery change and that new keys need a service; the synchronising steps
 * themselves were not read, so both makes get a shop path that says so.
 */
import type { CatalogueModule } from '../types';
import { shopPath } from './shop-path';
import { sourceList } from './source-ids';

const {
	docs: SOURCES,
	src,
	fact
} = sourceList([
	{
		id: 'skoda-superb-2012-owners',
		title: '2012 Škoda Superb owner’s manual, remote control key',
		kind: 'owners-manual',
		url: 'https://www.autoguidegalaxy.com/2012-skoda-superb-owner-s-manual/?srch=ECU'
	},
	{
		id: 'seat-alhambra-2012-owners',
		title: '2012 SEAT Alhambra owner’s manual, vehicle key set',
		kind: 'owners-manual',
		url: 'https://www.autoguidegalaxy.com/2012-seat-alhambra-owner-s-manual/?srch=change+key+battery'
	},
	{
		id: 'skoda-superb-2008-owners',
		title: '2008 Škoda Superb owner’s manual, remote control',
		kind: 'owners-manual',
		url: 'https://www.autoguidegalaxy.com/2008-skoda-superb-owner-s-manual/2/?srch=remote+control'
	},
	{
		id: 'skoda-octavia-2013-owners',
		title: '2013 Škoda Octavia owner’s manual, spare key',
		kind: 'owners-manual',
		url: 'https://www.autoguidegalaxy.com/2013-skoda-octavia-owner-s-manual/2/?srch=battery'
	}
]);

const MANUALS = src(
	'skoda-superb-2012-owners',
	'seat-alhambra-2012-owners',
	'skoda-superb-2008-owners',
	'skoda-octavia-2013-owners'
);

const skodaSeatShop = shopPath({
	id: 'skoda-seat-shop',
	title: 'Škoda and SEAT remotes: your handbook, or a Škoda or SEAT service',
	makes: ['Škoda', 'SEAT'],
	anyCarOfMake: true,
	why: fact(
		'Škoda and SEAT handbooks say a remote that stops locking after a battery change must be synchronised, and give the steps on their own page, which FobSync has not read: look in your handbook for "synchronising" the remote key. New or spare keys must first be coded to the immobiliser by a service, and after a lost key or a receiver repair the dealer or a specialist garage initialises the system.',
		'M',
		...MANUALS
	),
	shops: ['dealer', 'independent-specialist'],
	askFor:
		'Synchronising the remote keys, or for a new key, coding it to the immobiliser and initialising the remote, with every key in the same visit.',
	involves: [
		fact(
			'A new key is coded with the data from the immobiliser, then synchronised. The sources give no price.',
			'M',
			'seat-alhambra-2012-owners'
		)
	],
	confidence: 'M'
});

/** Škoda and SEAT (VW group makes without a sourced owner procedure). */
export const skodaSeatModule: CatalogueModule = {
	sources: SOURCES,
	procedures: [],
	shopPaths: [skodaSeatShop]
};
