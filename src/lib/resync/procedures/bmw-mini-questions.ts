import type { GuideQuestion } from '../types';
import { src } from './bmw-mini-sources';

/**
 * The questions only BMW and MINI need, with what the verdict says while
 * each is open.
 */

/** Which first-generation MINI key: the VIN does not carry the production month. */
export const MINI_KEY_BUTTONS: GuideQuestion = {
	id: 'mini-key-buttons',
	prompt: 'Which key does your MINI have?',
	headline: 'Tell us which key you have',
	actionLabel: 'Identify your key',
	askFirst: true,
	help: 'Count the buttons on the key. MINIs built before July 2004 came with 2 buttons and a coin cell (CR2032) you can replace; from July 2004 with 3 (the third opens the boot) and a sealed battery that charges while the key is in the ignition. Later MINIs have a round key that goes into a slot next to the steering wheel.',
	options: [
		{
			id: '2',
			label: '2 buttons: lock and unlock',
			short: '2-button key',
			picture: 'mini-key-2-button'
		},
		{
			id: '3',
			label: '3 buttons: lock, unlock and boot',
			short: '3-button key',
			picture: 'mini-key-3-button'
		},
		{
			id: 'slot',
			label: 'A round key that goes into a slot by the steering wheel',
			short: 'round slot key',
			picture: 'mini-key-slot'
		}
	],
	sources: src('axleaddict-mini-remote', 'nam-remote-key-not-working', 'mini-2011-owners-manual')
};
