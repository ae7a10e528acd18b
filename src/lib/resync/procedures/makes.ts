/**
 * The make modules of this folder, for catalogue.ts to list next to the
 * MINI/BMW module. Order is the order the coverage table prints them.
 */
import type { CatalogueModule } from '../types';
import { COMMON_SOURCES, MAKE_QUESTIONS } from './common';
import { fordModule } from './ford';
import { gmModule } from './gm';
import { chryslerModule } from './chrysler';
import { hondaModule } from './honda';
import { toyotaModule } from './toyota';
import { nissanModule } from './nissan';
import { mazdaModule } from './mazda';
import { subaruModule } from './subaru';
import { vwAudiModule } from './vw-audi';
import { mercedesModule } from './mercedes';
import { psaModule } from './psa';
import { fiatModule } from './fiat';
import { vauxhallOpelModule } from './vauxhall-opel';
import { mitsubishiModule } from './mitsubishi';
import { suzukiModule } from './suzuki';
import { hyundaiKiaModule } from './hyundai-kia';
import { landRoverModule } from './land-rover';
import { jaguarModule } from './jaguar';
import { porscheModule } from './porsche';
import { skodaSeatModule } from './skoda-seat';
import { bmwE53Module } from './bmw-e53';
import { shopPathsModule } from './shop-paths';
import { newKeyChipModule } from './new-key-chip';

/** Questions and sources shared by several make modules (one copy in the catalogue). */
export const makesCommonModule: CatalogueModule = {
	sources: COMMON_SOURCES,
	procedures: [],
	shopPaths: [],
	questions: MAKE_QUESTIONS
};

/** Every make module of this folder, in coverage-table order. */
export const MAKE_MODULES: readonly CatalogueModule[] = [
	makesCommonModule,
	fordModule,
	gmModule,
	chryslerModule,
	hondaModule,
	toyotaModule,
	nissanModule,
	mazdaModule,
	subaruModule,
	vwAudiModule,
	mercedesModule,
	psaModule,
	fiatModule,
	vauxhallOpelModule,
	mitsubishiModule,
	suzukiModule,
	hyundaiKiaModule,
	landRoverModule,
	jaguarModule,
	porscheModule,
	skodaSeatModule,
	bmwE53Module,
	shopPathsModule,
	newKeyChipModule
];
