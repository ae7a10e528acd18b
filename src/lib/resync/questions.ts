import type { GuideQuestion, KeyAnswers } from './types';
import type { BmwMiniSourceId } from './procedures/bmw-mini-sources';

/**
 * The BMW and MINI documents the shared questions rest on, named by type only
 * (no make data loads with the questions): a typo is a type error.
 */
const src = (...ids: BmwMiniSourceId[]): readonly BmwMiniSourceId[] => ids;

/** Same as match.ts's UNSURE (kept here: match.ts imports this module). */
const UNSURE = 'unsure';

/**
 * The questions that tell candidate procedures apart, worded for an owner
 * holding the key. Procedures and shop paths name the answers they need in
 * `applies.answers` (or a model's `answers` / `identifiedBy`); the finder asks
 * a question only while its answers still split the candidates, in the order
 * of SHARED_QUESTIONS. A make adds its own questions in its module (the first
 * MINI's key question is in procedures/bmw-mini-questions.ts); what the
 * verdict says about a question is its data (`headline`, `actionLabel`,
 * `history`, an option's `shopHeadline`), so nothing here names a make.
 *
 * Option ids are stable (stored with the guide's progress); labels may change.
 */

/** Push-button cars are excluded from almost every owner sequence. */
export const PUSH_BUTTON_START: GuideQuestion = {
	id: 'push-button-start',
	prompt: 'How do you start the engine?',
	headline: 'Tell us how the engine starts',
	options: [
		{ id: 'no', label: 'I turn a key in the ignition', short: 'turn key' },
		{
			id: 'yes',
			label: 'I press a Start button (the key sits in a slot or stays in my pocket)',
			short: 'push-button start'
		}
	],
	sources: src('bentley-bmw-remote-my2000', 'mini-2011-owners-manual')
};

/** "Not sure — it came with the car": a used car's key, which may well have worked before. */
export const KEY_ORIGIN_NOT_SURE = 'not-sure';

/** Owner sequences bring back keys the car knew; a new key usually needs coding. */
export const KEY_ORIGIN: GuideQuestion = {
	id: 'key-origin',
	prompt: 'Has this key worked with this car before?',
	history: true,
	help: 'A key that used to lock and unlock this car can usually be brought back at home. A new key, or one from another car, also has to be coded to the car. If you bought the car used and the key came with it, choose Not sure.',
	options: [
		{
			id: 'worked-before',
			label: 'Yes, it used to lock and unlock this car',
			short: 'a key the car knew'
		},
		{
			id: 'new',
			label: 'No, it is new or came from another car',
			short: 'a new key',
			shopHeadline: 'A new key or remote for this car needs a shop tool — here is what to ask for'
		},
		{
			id: KEY_ORIGIN_NOT_SURE,
			label: 'Not sure — it came with the car',
			short: 'a key that came with the car'
		}
	],
	sources: src('minimania-reprogram-r5x', 'nam-remote-key-barcode')
};

/** Said under both key questions: the chip and the remote are two jobs. */
const SEPARATE_JOBS =
	'Starting the engine and the remote buttons are separate: a key can start the car while its buttons do nothing.';

/** Immobiliser owner paths need working keys (the finder reads `workingKeysNeeded` against this). */
export const WORKING_KEYS: GuideQuestion = {
	id: 'working-keys',
	prompt: 'How many of your keys still start the engine?',
	help: SEPARATE_JOBS,
	options: [
		{ id: '0', label: 'None', short: 'no key that starts the car' },
		{ id: '1', label: 'One', short: 'one key that starts the car' },
		{ id: '2+', label: 'Two or more', short: 'two keys that start the car' }
	],
	sources: src('nam-06-mcs-remote-inop', 'pistonheads-remote-only')
};

/**
 * Whether this key starts the engine: its chip (immobiliser) and its remote
 * are separate, so the answer tells a remote problem from a key the car does
 * not know. No procedure depends on it, so the finder never asks it; the
 * guide asks it with what the owner already tried (complaint.ts).
 */
export const KEY_STARTS_ENGINE: GuideQuestion = {
	id: 'key-starts-engine',
	prompt: 'Does this key start the engine?',
	help: `Try it in the ignition. ${SEPARATE_JOBS}`,
	options: [
		{ id: 'yes', label: 'Yes, it starts the engine', short: 'starts the engine' },
		{
			id: 'no',
			label: 'No, the engine does not start with it',
			short: 'does not start the engine'
		},
		{ id: 'not-tried', label: 'I have not tried', short: 'not tried in the ignition' }
	],
	sources: src('nam-06-mcs-remote-inop', 'pistonheads-remote-only')
};

/** The shared questions, in the order the finder asks them. */
export const SHARED_QUESTIONS: readonly GuideQuestion[] = [
	PUSH_BUTTON_START,
	KEY_ORIGIN,
	WORKING_KEYS,
	KEY_STARTS_ENGINE
];

/**
 * The answers as the procedures' requirements read them. "Not sure — it came
 * with the car" is a key that may have worked with this car, so it counts as
 * one the car knew; unless the key does not start the engine either, when it
 * may be a key the car never knew, and neither reading is ruled out.
 */
export function matchingAnswers(answers: KeyAnswers): KeyAnswers {
	if (answers[KEY_ORIGIN.id] !== KEY_ORIGIN_NOT_SURE) return answers;
	const stillUnsure = answers[KEY_STARTS_ENGINE.id] === 'no';
	return { ...answers, [KEY_ORIGIN.id]: stillUnsure ? UNSURE : 'worked-before' };
}

/** The number of working keys an answer to WORKING_KEYS stands for. */
export function workingKeyCount(answer: string | undefined): number | null {
	if (answer === undefined) return null;
	if (answer === '2+') return 2;
	const n = Number.parseInt(answer, 10);
	return Number.isNaN(n) ? null : n;
}
