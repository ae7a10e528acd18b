import type { CatalogueModule } from './types';
import { BMW_MINI_MODULE } from './procedures/bmw-mini';
import { GENERIC_MODULE } from './procedures/generic';
import { MAKE_MODULES } from './procedures/makes';

/**
 * Every catalogue module in catalogue order, for the tests and the scripts
 * (coverage table, procedure sheets, the chunk index). The app never imports
 * this: it loads the core and one chunk per make (catalogue-source.ts).
 */
export const MODULES: readonly CatalogueModule[] = [
	BMW_MINI_MODULE,
	...MAKE_MODULES,
	GENERIC_MODULE
];
