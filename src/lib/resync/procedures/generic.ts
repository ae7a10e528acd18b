import type { CatalogueModule, ShopPath, SourceDoc } from '../types';
import type { SOURCES as FIAT_SOURCES } from './fiat';
import type { SOURCES as NISSAN_SOURCES } from './nissan';
import type { SOURCES as SHOP_PATH_SOURCES } from './shop-paths';
import { citeSources, factsCiting } from './source-ids';

/**
 * The catch-all for cars nobody has sourced data for yet: an honest shop path,
 * never an invented procedure. The finder offers it when nothing else in the
 * catalogue applies.
 */

export const SOURCES = [
	{
		id: 'generic-vw-passat-2013-keys',
		title:
			'Volkswagen Passat 2013 Owner’s Manual: every key must be programmed by an authorised dealer',
		kind: 'owners-manual',
		url: 'https://www.carmanualsonline.info/amp/volkswagen-passat-2013-owners-manual/?srch=key+battery'
	},
	{
		id: 'generic-minimania-new-keys',
		title:
			'Reprogramming MINI keys (MiniMania): owner sequences restore existing keys; new keys need the VIN',
		kind: 'community',
		url: 'https://www.minimania.com/Reprogram_New_MINI_Keys_R50_52_53'
	},
	// The battery gate's general figures (battery-gate.ts), cited by every battery check step.
	{
		id: 'battery-bci-soc-table',
		title:
			'State of charge of a wet lead-acid battery by open-circuit voltage, after Battery Council International: 12.65 V about 100 %, 12.45 V 75 %, 12.24 V 50 %, 12.06 V 25 % (at 80 °F)',
		kind: 'trade',
		url: 'https://studylib.net/doc/18054160/state-of-charge---soc-measurement'
	},
	{
		id: 'battery-intact-ocv',
		title:
			'Intact batteries lexicon, "Open-circuit voltage": measured at rest (4 hours after charging, 1 hour without current); a 12 V battery at 75 % reads 12.51–12.57 V',
		kind: 'trade',
		url: 'https://www.intact-batterien.de/en/lexicon/open_circuit_voltage'
	},
	{
		id: 'elm327-datasheet-voltage',
		title:
			'ELM Electronics, "ELM327 OBD to RS232 Interpreter" datasheet: the AT RV voltage reading (about ±2 %) of the adapter\'s supply pin',
		kind: 'trade',
		url: 'https://www.elmelectronics.com/wp-content/uploads/2017/01/ELM327DS.pdf'
	}
] as const satisfies readonly SourceDoc[];

/** Its own documents, and the makers' documents it sums up (by type only: the core loads no make). */
const src = citeSources<
	typeof SOURCES | typeof FIAT_SOURCES | typeof NISSAN_SOURCES | typeof SHOP_PATH_SOURCES
>();
const fact = factsCiting(src);

export const NO_OWNER_PROCEDURE: ShopPath = {
	id: 'no-owner-procedure',
	title: 'No home procedure we can vouch for on this car',
	applies: { makes: [], exclusions: [] },
	fallback: true,
	why: fact(
		'None of the sources FobSync holds gives an owner-level remote procedure for this car. Some cars have one in the owner’s manual (look under “remote control” or “keys”); many need a dealer or locksmith tool, and a brand-new remote nearly always does.',
		'S',
		'generic-vw-passat-2013-keys',
		'generic-minimania-new-keys'
	),
	shops: ['auto-locksmith', 'independent-specialist', 'dealer'],
	askFor:
		'Resynchronise or program the remote for this car. Say whether the key still starts the engine: that tells them whether only the remote part needs work.',
	bring: [
		'Every key of the car',
		'The owner’s manual, if you have it',
		'The FobSync report for the shop, with the VIN: print it from the guide, and from the vehicle page too if an adapter read the car',
		'Proof that the car is yours (registration document and ID)'
	],
	involves: [
		// Maker documents registered by the make modules (shop-paths.ts, nissan.ts, fiat.ts).
		fact(
			'Usually one session with the maker’s diagnostic tool (or a locksmith’s equivalent), with every key done at once: that is how the Hyundai, Nissan, Volkswagen, Volvo and Fiat documents we read describe it. They give no price; ask for a quote first.',
			'C',
			'generic-vw-passat-2013-keys',
			'hyundai-sonata-2007-sm-teaching',
			'nissan-ntb99-063c',
			'volvo-v40-2004-sm-vgla',
			'fiat-elearn-remote'
		)
	],
	confidence: 'C',
	sources: src('generic-vw-passat-2013-keys', 'generic-minimania-new-keys')
};

/** Catalogue module for cars without data. */
export const GENERIC_MODULE: CatalogueModule = {
	sources: SOURCES,
	procedures: [],
	shopPaths: [NO_OWNER_PROCEDURE]
};
