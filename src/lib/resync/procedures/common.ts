/**
 * Pieces shared by the make modules in this folder: the ids of the questions
 * owned by the resync core (questions.ts) and of the questions only these
 * makes need (asked from make-questions.ts), the sentences several shop paths repeat, and the questions that end
 * a key or confirm a mode.
 *
 * Everything here is data for screens read by a car owner next to the car:
 * plain words, no research references.
 */
import type {
	AnswerOutcome,
	KeySessionFacts,
	NewKeyChip,
	Procedure,
	InstructionStep,
	QuestionStep,
	SourceDoc,
	SourcedText,
	TimeWindow
} from '../types';

/** Question ids owned by the resync core's questions.ts; the data here only refers to them. */
export const Q_PUSH_BUTTON = 'push-button-start'; // options "yes" / "no"
export const Q_WORKING_KEYS = 'working-keys'; // options "0" / "1" / "2+"
export const Q_KEY_ORIGIN = 'key-origin'; // options "worked-before" / "new"

/** Whether a Ford was first sold in North America or elsewhere (European Fords use other methods). */
export const Q_FORD_MARKET = 'ford-market';
/** Infrared remotes (a small dark window at the tip) resync differently from radio remotes. */
export const Q_INFRARED_REMOTE = 'infrared-remote';

/** A source for facts that are plain reading of the vehicle data, such as the OBD socket pin-out. */
export const COMMON_SOURCES = [
	{
		id: 'sae-j1962-pinout',
		title:
			'SAE J1962 OBD-II diagnostic socket pin-out (as listed in the "On-board diagnostics" encyclopedia article)',
		kind: 'trade',
		url: 'https://en.wikipedia.org/wiki/On-board_diagnostics'
	}
] as const satisfies readonly SourceDoc[];

/** What every shop visit needs; each shop path adds its own lines. */
export const BRING_TO_SHOP: readonly string[] = [
	'Every key and remote you have for this car, working or not',
	'The 17-character VIN (on the registration document, or at the bottom of the windscreen)',
	'The FobSync report saved on your phone',
	'Proof that the car is yours (registration document and ID)'
];

/** The sentence every make's new-key chip fact starts with. */
const CHIP_TOO =
	'A new or second-hand key also needs its chip coded to the car before it starts it.';

/**
 * A make's new-key chip fact: the sentence every make shares ("a new key's
 * chip must also be coded"), then how this make does it, on its own sources.
 */
export function chipCodedToo(makes: readonly string[], how: SourcedText): NewKeyChip {
	return { makes, ...how, text: `${CHIP_TOO} ${how.text}` };
}

/** "Bring every remote" — the sentence most programming procedures need. */
export function everyRemote(
	sources: readonly string[],
	max: number | null,
	confidence: SourcedText['confidence'] = 'M'
): SourcedText {
	return {
		text:
			max === null
				? 'Have every remote for this car with you before you start.'
				: `Have every remote for this car with you before you start (the car keeps at most ${max}).`,
		confidence,
		sources
	};
}

/**
 * The most keys or remotes the car holds, as `keySession.maxKeys` words it
 * (the procedure's `maxKeys` carries the same figure).
 */
export function atMost(
	max: number,
	what: 'remotes' | 'keys' | 'fobs',
	sources: readonly string[],
	confidence: SourcedText['confidence'] = 'M'
): SourcedText {
	return { text: `The car holds at most ${max} ${what}.`, confidence, sources };
}

/**
 * A procedure's key limit, stated once: `maxKeys` and the sourced sentence
 * behind it (`keySession.maxKeys`), with any other key facts of the session.
 */
export function keyLimit(
	max: number,
	what: 'remotes' | 'keys' | 'fobs',
	sources: readonly string[],
	confidence: SourcedText['confidence'] = 'M',
	more: Omit<KeySessionFacts, 'maxKeys'> = {}
): Pick<Procedure, 'maxKeys' | 'keySession'> {
	return { maxKeys: max, keySession: { maxKeys: atMost(max, what, sources, confidence), ...more } };
}

/** "Remotes not done now stop working" — for procedures that erase the car's list. */
export function erasesOthers(
	sources: readonly string[],
	confidence: SourcedText['confidence'] = 'M'
): SourcedText {
	return {
		text: 'This erases every remote the car knows. Any remote you do not program in this session will stop working.',
		confidence,
		sources
	};
}

/** "No push-button start" exclusion, worded once. */
export function notPushButton(
	sources: readonly string[],
	confidence: SourcedText['confidence'] = 'C'
): SourcedText {
	return {
		text: 'Not for cars started with a push button (keyless start).',
		confidence,
		sources
	};
}

/**
 * A maker of windows that open when the owner taps the step (`startsOn:
 * 'done'`), all resting on the same mark and sources: a make module with
 * several such windows from one manual makes its maker once.
 */
export function tapWindows(
	confidence: TimeWindow['confidence'],
	sources: TimeWindow['sources']
): (id: string, seconds: number, from: string, missed: string, restartAt: string) => TimeWindow {
	return (id, seconds, from, missed, restartAt) => ({
		id,
		maxSeconds: seconds,
		from,
		startsOn: 'done',
		missed,
		restartAt,
		confidence,
		sources
	});
}

/** A window whose source gives no figure: no countdown, and the screen says so. */
export function untimed(
	w: Omit<TimeWindow, 'maxSeconds' | 'missed'> & { missed?: string }
): TimeWindow {
	return {
		...w,
		maxSeconds: null,
		missed: w.missed ?? 'The source gives no time limit for this step.'
	};
}

/**
 * The per-key question that ends a key: "Yes" confirms it, "No" marks it
 * failed (the engine then offers retry, skip or help). `labels` words the two
 * answers as the car shows it ("Once" / "Twice, or not at all").
 */
export function confirmKey(
	title: string,
	detail?: string,
	id = 'confirmed',
	labels: { readonly yes?: string; readonly no?: string } = {}
): QuestionStep {
	return {
		id,
		kind: 'question',
		title,
		...(detail === undefined ? {} : { detail }),
		answers: [
			{ label: labels.yes ?? 'Yes', outcome: { to: 'key-confirmed' } },
			{ label: labels.no ?? 'No', outcome: { to: 'key-failed' } }
		]
	};
}

/**
 * A yes/no question where "Yes" carries on and "No" goes where the procedure
 * says: "Did the car show it is ready?" (start again), "Are two working keys
 * here?" (the shop path).
 */
export function yesCarriesOn(
	id: string,
	title: string,
	onNo: AnswerOutcome,
	more: { readonly detail?: string; readonly yesLabel?: string; readonly noLabel?: string } = {}
): QuestionStep {
	return {
		id,
		kind: 'question',
		title,
		...(more.detail === undefined ? {} : { detail: more.detail }),
		answers: [
			{ label: more.yesLabel ?? 'Yes', outcome: { to: 'next' } },
			{ label: more.noLabel ?? 'No', outcome: onNo }
		]
	};
}

/**
 * The get-ready step before a quick sequence whose time limit the source
 * counts from its first movement ("eight turns within 10 seconds"): nobody can
 * turn a key eight times in 10 seconds and tap a phone for each turn. The
 * owner reads what comes, puts a hand where it is needed and taps Go; the
 * window opens on that tap (`startsOn: 'done'`), so the countdown paces the
 * movements and reading never counts against them. The guide is stricter than
 * the source only by the moment between the tap and the first movement (and
 * the tap that ends the sequence); the window's `from` says it counts from Go.
 */
export function getReady(
	id: string,
	ready: {
		/** Where the hand goes: "Hand on the key". */
		readonly hand: string;
		/** The movement, as "start …": "turning". */
		readonly start: string;
		/** What comes next, one sentence ending in a full stop. */
		readonly next: string;
	},
	window: Omit<TimeWindow, 'startsOn'>
): InstructionStep {
	return {
		id,
		kind: 'instruction',
		title: `${ready.hand}. Tap Go, then start ${ready.start} straight away`,
		detail: `Next: ${ready.next}`,
		say: `${ready.hand}. Tap Go, then start ${ready.start}.`,
		doneLabel: 'Go',
		opens: [{ ...window, startsOn: 'done' }]
	};
}
