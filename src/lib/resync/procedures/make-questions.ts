import type { GuideQuestion } from '../types';
import { Q_FORD_MARKET, Q_INFRARED_REMOTE } from './common';
import type { FORD_SOURCES } from './ford-sources';
import type { SOURCES as MERCEDES_SOURCES } from './mercedes';
import type { SOURCES as PSA_SOURCES } from './psa';
import { citeSources } from './source-ids';

/**
 * The questions several make modules need and no single make owns (asked
 * from the shared core): each cites the makes' documents it rests on, by type
 * only, so a typo fails the type check and the core loads no make's chunk.
 */
const src = citeSources<typeof FORD_SOURCES | typeof MERCEDES_SOURCES | typeof PSA_SOURCES>();

export const MAKE_QUESTIONS: readonly GuideQuestion[] = [
	{
		id: Q_FORD_MARKET,
		prompt: 'Where was this Ford first sold?',
		help: 'A VIN that starts with 1, 2 or 3 is a North American car. Fords first sold in Europe use different steps.',
		options: [
			{ id: 'north-america', label: 'USA, Canada or Mexico', short: 'North American Ford' },
			{ id: 'europe', label: 'UK, Europe or elsewhere', short: 'European Ford' }
		],
		sources: src('ford-2003-owners-manual-rke', 'ford-eu-forums-4-turns')
	},
	{
		id: Q_INFRARED_REMOTE,
		prompt: 'Does your remote have a small dark window at its tip, like a TV remote?',
		help: 'Older remotes work by infrared light: you point them at a receiver inside the car. Radio remotes have no window.',
		options: [
			{ id: 'yes', label: 'Yes, it has a small window (infrared)', short: 'infrared remote' },
			{ id: 'no', label: 'No window (radio)', short: 'radio remote' }
		],
		sources: src('mb-c180-ir-resync', 'peugeot-306-ir-plip')
	}
];
