import type { SourcedText } from '../types';
import { fact } from './bmw-mini-sources';

/** Key-session facts shared by the MINI 3-button and BMW remote initialisation (one remote system). */

// Two trade publications (Bentley's wiki, a tuner's guide): C at most.
export const FOUR_KEYS: SourcedText = fact(
	'At most 4 remotes per car. This is the BMW figure for the same remote system; no MINI-specific figure was found.',
	'C',
	'bentley-bmw-remote-my2000',
	'precisionecu-bmw-remote-init'
);

export const ALL_KEYS_TOGETHER: SourcedText = fact(
	'Every remote has to be done in the same session: a key left out stops locking and unlocking the car until the whole session is done again with it.',
	'C',
	'precisionecu-bmw-remote-init',
	'axleaddict-mini-remote',
	'motoringalliance-key-fob',
	'mini2-remote-key-not-working'
);

export const SAME_ORDER: SourcedText = fact(
	'Do the keys in the same order every time: BMW cars keep some settings per remote (key memory), and one owner found settings moved between keys after re-coding them. The same order keeps each key’s settings with that key.',
	'S',
	'bmw-cas-key-numbers',
	'm5board-coding-new-keys'
);
