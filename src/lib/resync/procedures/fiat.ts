/**
 * Fiat: the Bravo / Brava / Marea remote code entry with the roof-console
 * button. The CODE immobiliser (red master key) and later Fiats go to the
 * shop path.
 */
import type { CatalogueModule } from '../types';
import { confirmKey } from './common';
import { shopPath } from './shop-path';
import { procedure } from './procedure';
import { sourceList } from './source-ids';

export const {
	docs: SOURCES,
	src,
	fact
} = sourceList([
	{
		id: 'fiatforum-bravo-faq',
		title: '"Red & blue keys" (FiatForum Bravo/Brava/Marea FAQ: remote code entry)',
		kind: 'community',
		url: 'http://www.fiatforum.com/bravo-brava-marea-faqs/100562-red-blue-keys.html'
	},
	{
		id: 'fiatforum-red-key',
		title: '"What the red key is for" (FiatForum)',
		kind: 'community',
		url: 'https://www.fiatforum.com/threads/what-the-red-key-is-for.363599'
	},
	{
		id: 'honestjohn-fiat-red-key',
		title: 'HonestJohn forum: Fiat without the red key',
		kind: 'community',
		url: 'https://www.honestjohn.co.uk/forum/post/index.htm?t=36619'
	},
	{
		id: 'fiat-elearn-remote',
		title:
			'Fiat eLearn technical training, remote control programming (Examiner or other diagnostic equipment)',
		kind: 'service-manual',
		url: 'http://4cardata.info/elearn/199/2/199000000/199000005/199000004/199002783'
	}
]);

const FAQ = src('fiatforum-bravo-faq');

const codeEntry = procedure({
	id: 'fiat-roof-button-code',
	ref: 'P37',
	ifItFails: ['fiat-shop'],
	title: 'Teach a Bravo, Brava or Marea remote with the 4-digit code',
	summary:
		'Type the 4-digit code of a remote the car already knows with the button in the roof console, then hold the car button and the remote button together.',
	programs: 'remote-learn',
	makes: ['Fiat'],
	models: [
		{ name: 'Bravo', from: 1995, to: 2001 },
		{ name: 'Brava', from: 1995, to: 2001 },
		{ name: 'Marea', from: 1996, to: 2001 }
	],
	difficulty: 'hard',
	prerequisites: [
		fact(
			'The 4-digit code of a remote already programmed to this car (on the tag that came with the keys). Fiat keeps no record of it.',
			'S',
			...FAQ
		)
	],
	warnings: [fact('The source does not say how to enter a 0 in the code.', 'S', ...FAQ)],
	setup: [],
	perKey: [
		{
			id: 'button',
			kind: 'action',
			title:
				'Press the button between the courtesy light and the alarm sensors; let go after 1 to 2 seconds',
			carConfirms: 'After a couple of seconds the red light flashes once.'
		},
		{
			id: 'digits',
			kind: 'action',
			title: 'Enter the 4 digits: press the button as many times as each digit',
			detail: 'The light flashes once between digits.',
			carConfirms:
				'Right code: the light flashes quickly for about 10 seconds. Wrong code: it stays on for 10 seconds.'
		},
		{
			id: 'code-ok',
			kind: 'question',
			title: 'Is the light flashing quickly?',
			opens: [
				{
					id: 'flashing',
					maxSeconds: 10,
					from: 'the light starting to flash quickly',
					startsOn: 'done',
					missed:
						'The light stopped flashing before both buttons were held. Start again from the roof button.',
					restartAt: 'button',
					confidence: 'S',
					sources: FAQ
				}
			],
			answers: [
				{ label: 'Yes', outcome: { to: 'next' } },
				{ label: 'No, it stays on', outcome: { to: 'step', step: 'button' } }
			]
		},
		{
			id: 'hold-both',
			kind: 'action',
			title:
				"While it flashes: hold the car button, then hold the remote's button until the light stays on",
			within: ['flashing'],
			closes: ['flashing']
		},
		{
			id: 'release',
			kind: 'action',
			title: 'Let go of the remote button, then the car button',
			carConfirms:
				'Red-light cars: 6 flashes mean success, 18 mean failure (green-light cars: 8 for success, uncertain).'
		},
		confirmKey('Did the light flash for success?')
	],
	finish: [{ id: 'test', kind: 'instruction', title: 'Test every remote' }],
	confidence: 'S',
	sources: FAQ
});

const fiatShop = shopPath({
	id: 'fiat-shop',
	title: 'Fiat keys and later Fiat remotes: the dealer or a specialist with the tool',
	makes: ['Fiat', 'Alfa Romeo', 'Lancia'],
	why: fact(
		"Later Fiats (Grande Punto and on) keep the immobiliser on the remote's board and program remotes with Fiat's Examiner or other diagnostic equipment. For older Fiats, blue keys are added with the red master key; without it the dealer replaces parts.",
		'C',
		'fiat-elearn-remote',
		'fiatforum-red-key',
		'honestjohn-fiat-red-key'
	),
	shops: ['dealer', 'independent-specialist', 'auto-locksmith'],
	askFor:
		'Programming the remote and key with the diagnostic tool; on an older Fiat, say whether you still have the red master key.',
	alsoBring: ['The red master key and the code tag, if you have them'],
	involves: [
		fact(
			"A session with Fiat's tool; without the red key, the older immobiliser parts may have to be replaced. The sources give no price.",
			'S',
			'fiatforum-red-key',
			'honestjohn-fiat-red-key'
		)
	],
	confidence: 'M'
});

/** Fiat (and, for the shop path, Alfa Romeo and Lancia of the same group). */
export const fiatModule: CatalogueModule = {
	sources: SOURCES,
	procedures: [codeEntry],
	shopPaths: [fiatShop]
};
