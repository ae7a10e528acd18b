import type { OwnerComplaint } from '../complaint';
import type { KeyAnswers } from '../types';

/** What an owner of a key-started, North American car whose remote once worked answers. */
export const OWNER: KeyAnswers = {
	'push-button-start': 'no',
	'ford-market': 'north-america',
	'key-origin': 'worked-before',
	'working-keys': '2+',
	'infrared-remote': 'no'
};

/** The starting case's complaint: a used 2003 MINI, two keys, one remote dead even with a new cell. */
export const MINI_COMPLAINT: OwnerComplaint = {
	keys: 2,
	remotesWorking: 1,
	newCell: 'yes',
	tried: 'manual',
	tries: 10,
	led: 'flashes'
};
