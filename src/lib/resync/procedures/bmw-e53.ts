/**
 * BMW X5 (E53): remote key initialisation from BMW's own body-electronics text
 * for the 2006 X5. The same sequence as the BMW remote initialisation the
 * other turn-key BMWs get from trade sources, but here every step and limit
 * rests on BMW's words, so this model carries the maker's mark.
 */
import type { CatalogueModule, Procedure } from '../types';
import { atMost, confirmKey, everyRemote, getReady, tapWindows } from './common';
import { citeSources, sourceList } from './source-ids';
import type { BMW_MINI_SOURCES } from './bmw-mini-sources';

export const {
	docs: SOURCES,
	src,
	fact
} = sourceList([
	{
		id: 'bmw-x5-2006-cbe',
		title: '2006 BMW X5 Central Body Electronics (BMW workshop text), remote key initialisation',
		kind: 'service-manual',
		url: 'https://www.autoguidegalaxy.com/2006-bmw-x5-central-body-electronics-workshop-manual/4'
	}
]);

const CBE = src('bmw-x5-2006-cbe');

/** The X5 (E53)'s production years, registered with the other BMW chassis years. */
const yearsSrc = citeSources<typeof BMW_MINI_SOURCES>();

/** Every window here opens on the tap and rests on the manual above. */
const window = tapWindows('M', CBE);

export const BMW_E53_REMOTE_INIT: Procedure = {
	id: 'bmw-e53-remote-init',
	ref: 'P32',
	ifItFails: ['bmw-mini-remote-check', 'bmw-mini-new-key'],
	title: 'Remote initialisation for a BMW X5 (E53)',
	summary:
		'Key 1 to position 1 and off within 5 seconds, then on each key hold the arrow button and tap the roundel button three times; the locks lock and unlock for each key.',
	programs: 'remote-learn',
	applies: {
		makes: ['BMW'],
		models: [
			{
				name: 'BMW X5 (E53)',
				make: 'BMW',
				chassis: ['E53'],
				from: 1999,
				to: 2006,
				sources: yearsSrc('wikipedia-bmw-x5-e53')
			}
		],
		exclusions: []
	},
	difficulty: 'moderate',
	maxKeys: 4,
	keySession: {
		maxKeys: atMost(4, 'remotes', CBE),
		leftOut: fact('Every remote key has to be initialised in the same session.', 'M', ...CBE),
		sameOrder: fact(
			'Always initialise the keys in the same order: the car keeps settings per key.',
			'M',
			...CBE
		)
	},
	workingKeysNeeded: 0,
	prerequisites: [everyRemote(CBE, 4), fact('The car unlocked, all doors closed.', 'M', ...CBE)],
	warnings: [],
	setup: [
		{
			id: 'keys-and-doors',
			kind: 'instruction',
			title: 'Sit in the car with every key; close all the doors, car unlocked'
		},
		getReady(
			'ign-on',
			{
				hand: 'Key 1 in the ignition at off, hand on it',
				start: 'turning',
				next: 'turn it to position 1 and back to off within 5 seconds, then take it out.'
			},
			window(
				'position-to-off',
				5,
				'when you tapped Go, just before you turned the key',
				'More than 5 seconds passed between position 1 and off.',
				'ign-on'
			)
		),
		{
			id: 'ign-off',
			kind: 'action',
			title: 'Turn key 1 to position 1 and back to off within 5 seconds, then take it out',
			within: ['position-to-off'],
			closes: ['position-to-off'],
			opens: [
				window(
					'standby-first',
					30,
					'switching off',
					'More than 30 seconds passed after switching off, so the car is no longer ready. Start again with key 1.',
					'ign-on'
				)
			]
		}
	],
	perKey: [
		{
			id: 'hold-unlock',
			kind: 'action',
			title: 'On this key, press and hold the arrow button (UNLOCK)',
			detail: 'Keep holding it and tap Done, then tap the roundel button straight away.',
			within: ['standby-first', 'standby-next'],
			closes: ['standby-first', 'standby-next'],
			opens: [
				window(
					'lock-taps',
					10,
					'when you tapped Done holding the arrow button',
					'The three taps of the roundel button took longer than 10 seconds.',
					'ign-on'
				)
			]
		},
		{
			id: 'tap-roundel',
			kind: 'repeat',
			times: 3,
			unit: 'tap of the roundel button',
			title: 'Keep holding and tap the roundel button (LOCK) 3 times within 10 seconds',
			within: ['lock-taps'],
			closes: ['lock-taps']
		},
		{
			id: 'release',
			kind: 'action',
			title: 'Let go of both buttons',
			carConfirms: 'The locks lock and unlock at once.',
			opens: [
				window(
					'standby-next',
					30,
					'the locks answering for the last key',
					'More than 30 seconds passed before the next key. Every key has to be done again in one session.',
					'ign-on'
				)
			]
		},
		confirmKey(
			'Did the locks lock and unlock?',
			'If there is another key, pick it up now: it must start within 30 seconds.'
		)
	],
	finish: [
		{
			id: 'end-session',
			kind: 'action',
			title: 'Turn a key to position 1 to finish'
		}
	],
	confidence: 'M',
	confidenceNote: "BMW's own body-electronics text for the X5, with every step and limit.",
	sources: CBE
};

/** The X5 (E53) module: its BMW source and procedure (the other turn-key BMWs stay in bmw-remote-init.ts). */
export const bmwE53Module: CatalogueModule = {
	sources: SOURCES,
	procedures: [BMW_E53_REMOTE_INIT],
	shopPaths: []
};
