/**
 * Hyundai and Kia beyond the general tool-only shop path (shop-paths.ts): the
 * older European Lantra whose black keys are taught with the blue master key,
 * and the Kia Soul, whose only owner remote chord changes a setting and
 * programs nothing.
 */
import type { CatalogueModule } from '../types';
import { confirmKey, yesCarriesOn } from './common';
import { shopPath } from './shop-path';
import { procedure } from './procedure';
import { sourceList } from './source-ids';

const {
	docs: SOURCES,
	src,
	fact
} = sourceList([
	{
		id: 'carkb-lantra-immobiliser',
		title: '"Lantra immobiliser queries" (carkb Hyundai forum: the blue master key method)',
		kind: 'community',
		url: 'http://www.carkb.com/Uwe/Forum.aspx/hyundai/3974/Lantra-Immobiliser-Queries'
	},
	{
		id: 'hyundai-forums-blue-key',
		title: '"Blue master key, how important is it?" (Hyundai-Forums, 1999 Lantra)',
		kind: 'community',
		url: 'http://www.hyundai-forums.com/t29849-blue-master-key-how-important-is-it.htm'
	},
	{
		id: 'kia-soul-owners-rke',
		title: 'Kia Soul (2009–2013) owner\'s manual, "Remote keyless entry system operations"',
		kind: 'owners-manual',
		url: 'http://www.kisouman.com/remote_keyless_entry_system_operations-62.html'
	}
]);

const CARKB = src('carkb-lantra-immobiliser');
const BLUE = src('hyundai-forums-blue-key');

const lantra = procedure({
	id: 'hyundai-lantra-blue-key',
	ref: 'P53',
	ifItFails: ['hyundai-kia-shop'],
	title: 'Teach black keys to a Lantra with the blue master key',
	summary:
		'Five turns from OFF to ON with the blue master key, without starting; then each black key turned to ON; then start the engine with each key.',
	programs: 'immobiliser-key',
	makes: ['Hyundai'],
	// A 1999 car in the related thread; the method's own post names no year.
	models: [{ name: 'Lantra', confidence: 'U', sources: src(...CARKB, ...BLUE) }],
	difficulty: 'moderate',
	prerequisites: [
		fact(
			'The blue master key that came with the car, and the black keys, cut for this ignition.',
			'S',
			...CARKB,
			...BLUE
		)
	],
	warnings: [
		fact(
			'Keep the blue key safe. It and the engine computer are a matched pair: without it, black keys cannot be taught, and the fix is a new engine computer, immobiliser and aerial.',
			'S',
			...BLUE
		),
		fact(
			'Never start the engine during the turns: ON means the dashboard lights come on, nothing more.',
			'S',
			...CARKB
		),
		fact(
			'Another way: a locksmith can copy a working key onto new keys without touching the car. That is what the owner who asked did in the end.',
			'S',
			...CARKB
		)
	],
	setup: [
		yesCarriesOn(
			'has-blue',
			'Do you have the blue master key?',
			{ to: 'shop', shopPath: 'hyundai-kia-shop' },
			{ detail: 'The method needs it. Without it, the black keys cannot be taught at home.' }
		),
		{
			id: 'blue-turns',
			kind: 'repeat',
			times: 5,
			unit: 'turn OFF → ON',
			title: 'With the blue key: turn OFF → ON five times, without starting',
			detail:
				'ON is where the dashboard lights come on. Slow or quick does not matter; be careful not to start the engine. Then take the blue key out.'
		}
	],
	perKey: [
		{
			id: 'black-on',
			kind: 'action',
			title: 'Put this black key in and turn it OFF → ON, without starting',
			detail:
				'The answer says only "as above", without saying whether once or five times, so this step is unclear. Then take the key out.',
			confidence: 'U',
			sources: CARKB
		},
		confirmKey('Did the dashboard lights come on with this key?')
	],
	finish: [
		{
			id: 'start-each',
			kind: 'instruction',
			title: 'Now start the engine with each key in turn',
			detail:
				'A key is accepted when the engine keeps running past 5 seconds. If it stops within 5 seconds, the immobiliser did not recognise that key.'
		}
	],
	confidence: 'S',
	confidenceNote:
		'One forum answer gives the method; the asker had a key copied instead and never said whether it worked.',
	sources: src(...CARKB, ...BLUE)
});

const soulShop = shopPath({
	id: 'kia-soul-remote-shop',
	title: 'Kia Soul remotes: a dealer or an auto locksmith',
	makes: ['Kia'],
	models: [{ name: 'Soul', from: 2009, to: 2013 }],
	why: fact(
		"The Soul's owner's manual has one remote button chord, and it only changes a setting: LOCK and UNLOCK held together for 5 seconds or more switch between unlocking the driver's door first and all doors at once (the hazard lights blink four times). It does not reset or program a remote, and no owner programming method was found.",
		'M',
		'kia-soul-owners-rke'
	),
	shops: ['dealer', 'auto-locksmith'],
	askFor: 'Programming every remote you keep to the car.',
	involves: [
		fact(
			'The manual gives no way to program remotes at home and no price; ask for a quote first.',
			'M',
			'kia-soul-owners-rke'
		)
	],
	confidence: 'M'
});

/** Hyundai and Kia cars with their own entry (the rest: hyundai-kia-shop in shop-paths.ts). */
export const hyundaiKiaModule: CatalogueModule = {
	sources: SOURCES,
	procedures: [lantra],
	shopPaths: [soulShop]
};
