import type { KeyAnswers } from '../types';

/** What an owner of a key-started, North American car whose remote once worked answers. */
export const OWNER: KeyAnswers = {
	'push-button-start': 'no',
	'ford-market': 'north-america',
	'key-origin': 'worked-before',
	'working-keys': '2+',
	'infrared-remote': 'no'
};
