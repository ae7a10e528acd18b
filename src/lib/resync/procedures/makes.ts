/**
 * The make modules of this folder in coverage-table order, for the tests and
 * the scripts (catalogue-modules.ts); the app loads them one chunk at a time
 * (chunks/, catalogue-index.json). A module listed here needs a chunk file.
 */
import type { CatalogueModule } from '../types';
import { makesCommonModule } from '../catalogue-core';
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
