/**
 * A new or second-hand key has two jobs to learn: its remote buttons and the
 * chip that lets the engine start. The home procedures teach the buttons; what
 * the chip needs is said here once per make, from that make's own documents
 * where they were found (marks computed by catalogue-check like any claim).
 */
import type { CatalogueModule, NewKeyChip, SourceDoc } from '../types';
import type { BMW_MINI_SOURCES } from './bmw-mini-sources';
import type { SOURCES as CHRYSLER_SOURCES } from './chrysler';
import type { SOURCES as FIAT_SOURCES } from './fiat';
import type { FORD_SOURCES } from './ford-sources';
import type { SOURCES as GENERIC_SOURCES } from './generic';
import type { GM_SOURCES } from './gm-sources';
import type { SOURCES as MAZDA_SOURCES } from './mazda';
import type { SOURCES as MERCEDES_SOURCES } from './mercedes';
import type { SOURCES as NISSAN_SOURCES } from './nissan';
import type { SOURCES as PSA_SOURCES } from './psa';
import type { SOURCES as SHOP_PATH_SOURCES } from './shop-paths';
import type { SOURCES as TOYOTA_SOURCES } from './toyota';
import type { SOURCES as VAUXHALL_OPEL_SOURCES } from './vauxhall-opel';
import { chipCodedToo } from './common';
import { citeSources, factsCiting } from './source-ids';

const SOURCES = [
	{
		id: 'honda-sb-00-049-immobilizer',
		title:
			'Honda service bulletin 00-049, Immobilizer System (Type 2): 1998–2002 Accord, Odyssey, Insight, Pilot, S2000',
		kind: 'bulletin',
		url: 'https://manualzilla.com/doc/6016374/auto---service-bulletin---s2000---a00-049-pdf'
	},
	{
		id: 'acura-cl-1998-sm-immobilizer',
		title: '1998 Acura CL service information: immobilizer system, description and operation',
		kind: 'service-manual',
		url: 'https://myvehicle.help/Acura/1998/CL%20L4-2254cc%202.3L%20SOHC%20%28VTEC%29%20MFI/Repair%20and%20Diagnosis/Accessories%20and%20Optional%20Equipment/Antitheft%20and%20Alarm%20Systems/Description%20and%20Operation/Immobilizer%20System'
	},
	{
		id: 'subaru-outback-2013-owners-immobilizer',
		title: "2013 Subaru Outback owner's manual, Keys and doors: Immobilizer (p. 2-4)",
		kind: 'owners-manual',
		url: 'https://viewer.joomag.com/subaru-outback-manuals-2013-outback-owners-manual/0114327001387157236/p102'
	}
] as const satisfies readonly SourceDoc[];

/**
 * Each fact cites its make's own documents, registered in that make's file:
 * named by type only, so a typo fails the type check and the core loads no
 * make's chunk for them.
 */
const src = citeSources<
	| typeof SOURCES
	| typeof BMW_MINI_SOURCES
	| typeof CHRYSLER_SOURCES
	| typeof FIAT_SOURCES
	| typeof FORD_SOURCES
	| typeof GENERIC_SOURCES
	| typeof GM_SOURCES
	| typeof MAZDA_SOURCES
	| typeof MERCEDES_SOURCES
	| typeof NISSAN_SOURCES
	| typeof PSA_SOURCES
	| typeof SHOP_PATH_SOURCES
	| typeof TOYOTA_SOURCES
	| typeof VAUXHALL_OPEL_SOURCES
>();
const fact = factsCiting(src);

const FACTS: readonly NewKeyChip[] = [
	chipCodedToo(
		['Ford', 'Lincoln', 'Mercury'],
		fact(
			"Ford's owner method for that needs two keys that already start the car; with fewer, a shop does it with a tool.",
			'M',
			'ford-escape-2008-owners-pats',
			'ford-flex-2009-sm-pats'
		)
	),
	chipCodedToo(
		['Mazda'],
		fact(
			"Mazda's owner method needs two working keys; with fewer, the dealer does it with Mazda's tool.",
			'M',
			'mazda-mx5-2007-sm-keys',
			'mazda-rx8-2005-sm-keys'
		)
	),
	chipCodedToo(
		['Chevrolet', 'Pontiac', 'Oldsmobile', 'Buick', 'Cadillac', 'GMC', 'Saturn'],
		fact(
			"GM's owner methods for that need a key that already works; without one, a dealer or locksmith does it with a tool.",
			'M',
			'saturn-aura-2007-owners',
			'buick-keyless-access-owners'
		)
	),
	chipCodedToo(
		['Chrysler', 'Dodge', 'Jeep', 'Ram'],
		fact(
			"The owner method needs two working keys; otherwise the dealer programs it with a tool and your car's 4-digit code.",
			'M',
			'dodge-dakota-2004-owners',
			'chrysler-intrepid-2001-sm'
		)
	),
	chipCodedToo(
		['Honda', 'Acura'],
		fact(
			"With a key whose chip the car does not know, the engine cranks but does not start. Honda's documents have the dealer register it with Honda's tester, with every key of the car there.",
			'M',
			'honda-sb-00-049-immobilizer',
			'acura-cl-1998-sm-immobilizer'
		)
	),
	// One Lexus repair manual: said for "some models", and marked as one source.
	chipCodedToo(
		['Toyota', 'Lexus'],
		fact(
			"On at least some models this is done with the dealer's hand-held tester.",
			'S',
			'lexus-ls430-2003-repair'
		)
	),
	chipCodedToo(
		['Nissan', 'Infiniti'],
		fact(
			'Nissan registers keys with its CONSULT tool, every key you keep in the same visit.',
			'M',
			'nissan-ntb99-063c'
		)
	),
	chipCodedToo(
		['Subaru'],
		fact(
			'With a key the car does not know, the engine stops after a few seconds even though the key turns.',
			'M',
			'subaru-outback-2013-owners-immobilizer'
		)
	),
	chipCodedToo(
		['Mitsubishi'],
		fact(
			"Mitsubishi's service bulletins describe how keys are registered (8 at most).",
			'M',
			'mitsubishi-2004-tsb-immobiliser'
		)
	),
	chipCodedToo(
		['Volkswagen', 'Audi'],
		fact(
			'Volkswagen says every key must be programmed by its dealer.',
			'M',
			'generic-vw-passat-2013-keys'
		)
	),
	{
		makes: ['Mercedes-Benz', 'smart'],
		...fact(
			"A new Mercedes key is ordered from the dealer, coded for your car; a key bought elsewhere does not work without the dealer's data.",
			'S',
			'mbworld-new-fob'
		)
	},
	chipCodedToo(
		['Peugeot', 'Citroën'],
		fact(
			"Peugeot and Citroën match each remote to its key's chip; a new key is taught to the car with the dealer's diagnostic tool.",
			'C',
			'peugeot406oc-precoded',
			'peugeot206cc-tool',
			'citroen-jumpy-2017-handbook'
		)
	),
	chipCodedToo(
		['Fiat', 'Alfa Romeo', 'Lancia'],
		fact(
			"On older Fiats a new key is added with the red master key; later Fiats need Fiat's diagnostic equipment.",
			'C',
			'fiat-elearn-remote',
			'fiatforum-red-key',
			'honestjohn-fiat-red-key'
		)
	),
	chipCodedToo(
		['Vauxhall', 'Opel'],
		fact(
			'A shop does it with professional equipment, for the remote as well.',
			'S',
			'car-mechanics-uk-2017'
		)
	),
	chipCodedToo(
		['MINI', 'BMW'],
		fact(
			'The chip talks to the immobiliser (EWS); new keys are ordered from BMW or MINI coded to the VIN.',
			'C',
			'minimania-reprogram-r5x',
			'm5board-coding-new-keys',
			'pistonheads-remote-only'
		)
	),
	chipCodedToo(
		['Hyundai'],
		fact(
			'Hyundai teaches keys with a diagnostic tester and a PIN for your car.',
			'M',
			'hyundai-sonata-2007-sm-teaching',
			'hyundai-teaching-hamanual'
		)
	)
];

/** The per-make chip facts, as a catalogue module. */
export const newKeyChipModule: CatalogueModule = {
	sources: SOURCES,
	procedures: [],
	shopPaths: [],
	newKeyChip: FACTS
};
