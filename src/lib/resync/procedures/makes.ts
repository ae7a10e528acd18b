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
	shopPathsModule,
	newKeyChipModule
];
