import type { CatalogueModule } from '../types';
import { BMW_MINI_SOURCES } from './bmw-mini-sources';
import { MINI_THREE_BUTTON } from './mini-three-button';
import { MINI_TWO_BUTTON } from './mini-two-button';
import { BMW_REMOTE_INIT } from './bmw-remote-init';
import { BMW_MINI_SHOP_PATHS } from './bmw-mini-shop';
import { BMW_MINI_TIPS } from './bmw-mini-tips';
import { MINI_KEY_BUTTONS } from './bmw-mini-questions';

/**
 * BMW and MINI: the first-generation MINI (R50/R52/R53) with either key
 * generation, the BMW cars with the same remote system, and shop paths for new
 * keys, the later MINI (CAS) and push-button BMWs. Facts and sources are
 * summarised in docs/resync.md.
 */
export const BMW_MINI_MODULE: CatalogueModule = {
	sources: BMW_MINI_SOURCES,
	procedures: [MINI_THREE_BUTTON, MINI_TWO_BUTTON, BMW_REMOTE_INIT],
	shopPaths: BMW_MINI_SHOP_PATHS,
	questions: [MINI_KEY_BUTTONS],
	troubleshooting: BMW_MINI_TIPS
};
