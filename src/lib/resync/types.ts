/**
 * The step language of the resync guide: procedures as data.
 *
 * A procedure is what an owner's manual, a service text or an agreed community
 * report says to do, turned into ordered, typed steps with the time windows
 * the source gives. The step engine (engine.ts) runs any procedure written in
 * this language; nothing here is specific to one make.
 *
 * Rules the data must keep (checked over the whole catalogue by catalogue.test.ts):
 * - every procedure, step mark and window cites at least one source;
 * - a window's figures come from the source; where the source gives no figure,
 *   `maxSeconds` is null, the screen says so and shows no countdown;
 * - a step whose confidence differs from its procedure's carries its own mark;
 * - cars without a sourced owner procedure get a ShopPath, never an invented procedure.
 */
import type { Confidence, VehicleInfo } from '../vehicle/types';

export type { Confidence };

// ── Sources ────────────────────────────────────────────────────────────────

/** Who wrote a source, which is most of what its confidence rests on. */
export type SourceKind =
	| 'owners-manual' // the maker's handbook for the car
	| 'service-manual' // the maker's workshop / repair information, incl. faithful mirrors
	| 'bulletin' // the maker's technical service bulletin
	| 'trade' // a trade publication, publisher or locksmith page quoting maker text
	| 'community'; // owner forums, personal how-to pages

/** One document a fact comes from, named as a person would look for it. */
export interface SourceDoc {
	/** Stable id used by the data, e.g. "bentley-bmw-remote-my2000". */
	readonly id: string;
	/** The document's name, e.g. "BMW: Initializing Remote Key, from MY2000 (Bentley Publishers tech wiki)". */
	readonly title: string;
	readonly kind: SourceKind;
	/** Public address where one exists. */
	readonly url?: string;
}

export type SourceId = string;

/** A sentence the screen shows, with its confidence and where it comes from. */
export interface SourcedText {
	readonly text: string;
	readonly confidence: Confidence;
	readonly sources: readonly SourceId[];
}

// ── Windows ────────────────────────────────────────────────────────────────

/**
 * A time limit the source gives, e.g. "within 30 seconds of switching off".
 *
 * A window is opened by one step (on entering it, or when it is done) and
 * guards the steps that list it in `within`: if its deadline passes while such
 * a step is active, the window is missed. Opening a window with an id already
 * open restarts it ("each further key within 30 s of the last").
 */
export interface TimeWindow {
	/** Unique within its procedure, e.g. "standby". */
	readonly id: string;
	/** Upper bound in seconds, as the source states it; null: the source gives no figure (no countdown). */
	readonly maxSeconds: number | null;
	/** Lower bound, for "hold at least 1 s"; finishing earlier is a miss too. */
	readonly minSeconds?: number;
	/**
	 * The anchor in plain words, as the countdown shows it: as the source words
	 * it ("after you switch the ignition off"), or, where the guide starts the
	 * count on the owner's tap, that tap ("when you tapped Go, …").
	 */
	readonly from: string;
	/** Whether the countdown starts on entering the opening step or when it is done. */
	readonly startsOn: 'enter' | 'done';
	/** What the screen says when it is missed: "More than 5 seconds passed between position 1 and off." */
	readonly missed: string;
	/** The step the sequence starts again from after a miss. */
	readonly restartAt: StepId;
	readonly confidence: Confidence;
	readonly sources: readonly SourceId[];
	/** How many misses the source says are worth another try; absent: the engine's default of 3. */
	readonly maxTries?: SourcedCount;
}

// ── Steps ──────────────────────────────────────────────────────────────────

export type StepId = string;

/** A signal the app can read from the car through the adapter while a step runs. */
export interface Observation {
	/**
	 * 'ignition': whether the engine computer answers (it does from position 2 / ON,
	 * not in accessory). Edge-triggered: the step is confirmed when the observed
	 * state changes to `expect` while the step is active, never by a level that
	 * was already there. The user can always confirm by hand.
	 */
	readonly signal: 'ignition';
	readonly expect: 'on' | 'off';
}

interface StepBase {
	readonly id: StepId;
	/** Short imperative for the big screen, one action: "Turn the key to position 1". */
	readonly title: string;
	/** One or two sentences of detail, for someone who has never done this. */
	readonly detail?: string;
	/** What the speech prompt says; defaults to the title. */
	readonly say?: string;
	/** Windows this step opens. */
	readonly opens?: readonly TimeWindow[];
	/** Ids of open windows this step must be done within (their countdowns show on this step). */
	readonly within?: readonly string[];
	/** Ids of windows that are satisfied (stop counting) when this step is done. */
	readonly closes?: readonly string[];
	/** What the car does to confirm, when the source names it: "The locks lock and unlock once." */
	readonly carConfirms?: string;
	/** Live signal that can confirm the step; never required. */
	readonly observe?: Observation;
	/** Only when it differs from the procedure's mark (e.g. "M core / U timings"). */
	readonly confidence?: Confidence;
	/** Sources of this step when they differ from, or add to, the procedure's. */
	readonly sources?: readonly SourceId[];
	/**
	 * Per-key steps only: which keys of the session the step runs for, by run
	 * position (the order the keys are done in, after any "reverse order").
	 * 'first': only the first key ("press the same button again" for the first
	 * remote); 'after-first': every key but the first ("open and close the door
	 * before each further remote"); 'after-first-try': every run of the per-key
	 * steps but the very first try of the first key, i.e. before each further
	 * key and before a key is tried again after it failed ("wait 20 seconds
	 * before another key or after a failed try"). Default 'all'. A skipped step
	 * opens, closes and guards no window.
	 */
	readonly forKeys?: 'all' | 'first' | 'after-first' | 'after-first-try';
	/**
	 * What the Done button says on this step when "Done" would mislead, e.g.
	 * "Go" on a get-ready step whose tap starts a countdown (the view gives it
	 * as `step.doneLabel`).
	 */
	readonly doneLabel?: string;
	/**
	 * A hold the source gives a length for ("hold both buttons about 15 seconds
	 * until the chime", "1 to 1.5 seconds"): the screen counts up from when the
	 * step appeared and marks `min` / `max`. Not a deadline and never a miss; a
	 * window with `minSeconds` remains the way to make a short hold a miss.
	 * The figures come from the step's (or the procedure's) sources.
	 */
	readonly holdSeconds?: HoldSeconds;
	/**
	 * How many failed tries of this step (a "did the car confirm?" answered no)
	 * the source says are worth making before moving on; absent: the engine's
	 * default of 3 (engine-core.ts `DEFAULT_MAX_TRIES`).
	 */
	readonly maxTries?: SourcedCount;
}

/** A count a source gives, e.g. "stop after three tries". */
export interface SourcedCount {
	readonly count: number;
	readonly confidence: Confidence;
	readonly sources: readonly SourceId[];
}

/** The length of a hold, in seconds, as the source gives it; at least one end is set. */
export interface HoldSeconds {
	readonly min?: number;
	readonly max?: number;
}

/** Read, then tap "Done" (or "Next"). */
export interface InstructionStep extends StepBase {
	readonly kind: 'instruction';
}

/** A physical action (turn the key, press a button, open a door); confirmed by a tap or an observation. */
export interface ActionStep extends StepBase {
	readonly kind: 'action';
}

/** The same action several times ("press LOCK three times"); the screen counts taps if the user wants. */
export interface RepeatStep extends StepBase {
	readonly kind: 'repeat';
	/**
	 * How many times; 'key-number' (per-key steps only): as many times as the
	 * key's number in the plan ("press once for key 1, twice for key 2", e.g. a
	 * memory place per key). The view always gives the resolved number.
	 */
	readonly times: number | 'key-number';
	/** What one repetition is, for the counter: "press of LOCK", "turn to ON and back". */
	readonly unit: string;
}

/** Waiting the source requires (e.g. "wait 10 minutes"); advances by itself when the time is up. */
export interface WaitStep extends StepBase {
	readonly kind: 'wait';
	readonly seconds: number;
}

/** Where an answer leads. */
export type AnswerOutcome =
	| { readonly to: 'next' } // carry on
	| { readonly to: 'step'; readonly step: StepId } // jump within the procedure
	| { readonly to: 'key-confirmed' } // this key is done and works; on to the next key or the finish
	| { readonly to: 'key-failed' } // this key did not take; the engine offers retry / skip / help
	| { readonly to: 'restart' } // start the sequence again from its first timed step
	| { readonly to: 'finish' } // end the session (summary)
	/**
	 * End the session on a shop path (by id), e.g. "No, I don't have two working
	 * keys": the session stops and the view and summary name the shop path.
	 */
	| { readonly to: 'shop'; readonly shopPath: string };

export interface Answer {
	readonly label: string;
	readonly outcome: AnswerOutcome;
}

/** A question to the user, usually "did the car confirm?" */
export interface QuestionStep extends StepBase {
	readonly kind: 'question';
	readonly answers: readonly Answer[];
}

/**
 * A live check of the car before a sequence. Never blocks on a signal the car
 * may not give: unknown readings fall back to asking the user.
 * - 'battery': below `BATTERY_GATE` volts the guide explains and suggests charging first.
 * - 'ignition-off' / 'ignition-on': the starting position the procedure needs.
 */
export interface CheckStep extends StepBase {
	readonly kind: 'check';
	readonly check: 'battery' | 'ignition-off' | 'ignition-on';
	/**
	 * Battery checks only: what this car's own documents say about low voltage,
	 * added to the gate's general words when the reading is low (e.g. the MINI
	 * body module switches loads off under 11.8 V). The gate's figure stays the
	 * general one.
	 */
	readonly lowVoltage?: SourcedText;
}

export type Step = InstructionStep | ActionStep | RepeatStep | WaitStep | QuestionStep | CheckStep;

export type StepKind = Step['kind'];

// ── Procedures ─────────────────────────────────────────────────────────────

/** What a procedure changes in the car's memory. */
export type Programs =
	| 'remote-resync' // re-aligns a remote the car already knows (rolling code)
	| 'remote-learn' // teaches the car a set of remotes (often erasing the others)
	| 'immobiliser-key' // teaches the car a transponder key (engine start)
	| 'proximity-key'; // keyless-access / push-button fob

/** Answers to the questions that tell candidate procedures apart (see questions.ts). */
export type KeyAnswers = Readonly<Record<string, string>>;

/** Which cars a procedure or shop path is for. Years are model years, inclusive. */
export interface Applicability {
	/** Canonical make names as the WMI table spells them, e.g. "MINI", "BMW", "Ford". */
	readonly makes: readonly string[];
	/** Named models; absent: every model of the makes within `years`. */
	readonly models?: readonly ModelRange[];
	readonly years?: YearRange;
	/** Answers this procedure requires, e.g. { 'mini-key-buttons': ['3'] }. */
	readonly answers?: Readonly<Record<string, readonly string[]>>;
	/** Cars the source says it does not apply to, in plain words (and as data where it names them). */
	readonly exclusions: readonly Exclusion[];
}

/**
 * An exclusion in words, and, where it names cars, the same cars as data:
 * the finder never offers the entry to a car `cars` names.
 */
export interface Exclusion extends SourcedText {
	readonly cars?: readonly ExcludedCars[];
}

/** Cars an exclusion names: a make, optionally one model and model years (inclusive). */
export interface ExcludedCars extends YearRange {
	readonly make: string;
	/** As the catalogue's model entries name it; absent: every model of the make. */
	readonly model?: string;
}

export interface YearRange {
	readonly from?: number;
	readonly to?: number;
}

export interface ModelRange extends YearRange {
	/** As an owner names it: "Cooper", "F-150", "3 Series (E46)". */
	readonly name: string;
	/** Chassis / platform codes the VIN decoder may give, e.g. ["R50", "R53"]. */
	readonly chassis?: readonly string[];
	/**
	 * The names the car was sold and registered under that cover this entry and others, as
	 * NHTSA vPIC lists them (the picker offers them): a 2003 "Cooper" is an R50 or an R53.
	 * Picked, such a name fits this entry within its years, and the entry is then told apart
	 * as for an unnamed model (`identifiedBy`, else the model question).
	 */
	readonly soldAs?: readonly string[];
	/** The make this model belongs to, needed when the entry lists models of several makes. */
	readonly make?: string;
	/**
	 * Answers this model always needs, on top of the procedure's `answers`
	 * (e.g. a BMW E90 only without push-button start: { 'push-button-start': ['no'] }).
	 */
	readonly answers?: Readonly<Record<string, readonly string[]>>;
	/**
	 * Answers that tell this model apart when the VIN or the pick did not name it
	 * (e.g. a MINI whose generation the VIN did not give: a slot fob means R56 or later).
	 * Not asked when the model is already known. Without it, an unknown model is
	 * settled by asking the owner to pick the model.
	 */
	readonly identifiedBy?: Readonly<Record<string, readonly string[]>>;
	/**
	 * The mark of this entry when it is weaker than its procedure's (or shop
	 * path's): the procedure's mark governs its steps, this one whether they
	 * apply to this model and these years (e.g. a model named only by one owner
	 * guide under a manufacturer procedure). The finder, the verdict and the
	 * coverage table use the weaker of the two. Absent: the procedure's mark.
	 */
	readonly confidence?: Confidence;
	/**
	 * The sources that name this model (and years): what its own mark rests on, or, without
	 * a mark, where its years come from (a BMW chassis' production years).
	 */
	readonly sources?: readonly SourceId[];
	/**
	 * Stands for every model of the make(s) that no other entry of the same
	 * applicability fits (a model named elsewhere, one not listed, or one the
	 * VIN did not tell), within its years. Never offered in the Model select;
	 * it usually carries a weaker `confidence` than the named entries.
	 */
	readonly otherModels?: boolean;
}

export interface Procedure {
	/** Stable id, e.g. "mini-r5x-3-button". */
	readonly id: string;
	/** Research reference (e.g. "P32"), for the coverage table and docs; never shown in the guide. */
	readonly ref: string;
	/** For the owner: "Remote initialisation for MINI with a 3-button key (built from July 2004)". */
	readonly title: string;
	/** One sentence: what this does and when to use it. */
	readonly summary: string;
	readonly programs: Programs;
	readonly applies: Applicability;
	/** How hard for a lay owner: one short sequence, tight timing, or long / intrusive. */
	readonly difficulty: 'easy' | 'moderate' | 'hard';
	/** Most keys the car holds for this function; null when the source gives none (source: `keySession.maxKeys`). */
	readonly maxKeys: number | null;
	/** What the sources say about doing several keys in one session (the planner shows it). */
	readonly keySession?: KeySessionFacts;
	/** Working keys the owner must already have (immobiliser procedures); 0 when none. */
	readonly workingKeysNeeded: number;
	/** What must be true before starting: every remote at hand, doors closed … */
	readonly prerequisites: readonly SourcedText[];
	/** What the owner must know or not do: "erases every remote not learned in this session" … */
	readonly warnings: readonly SourcedText[];
	/** Steps done once before the first key. */
	readonly setup: readonly Step[];
	/** Steps done for each key, in the planned order. */
	readonly perKey: readonly Step[];
	/** Steps that end the session. */
	readonly finish: readonly Step[];
	/** The mark that governs the step timings. */
	readonly confidence: Confidence;
	/** A split mark in words when the procedure has one: "Manufacturer text for the core; timings disputed." */
	readonly confidenceNote?: string;
	readonly sources: readonly SourceId[];
	/** Shop paths (by id) to offer when the home attempt stops, best first. */
	readonly ifItFails?: readonly string[];
	/**
	 * "If that did not work, try": alternative runs of the same procedure, in the
	 * order to try them, each with its own mark (community reports are S or U).
	 */
	readonly variants?: readonly ProcedureVariant[];
}

/**
 * An alternative reading of a procedure, offered after the main one failed,
 * with every field filled in: written as a `VariantSpec` (only what differs)
 * and completed from its parent by `withVariants` (engine-definition.ts).
 */
export interface ProcedureVariant extends Omit<
	Procedure,
	'variants' | 'applies' | 'ref' | 'ifItFails'
> {
	/** What differs from the main procedure, in one sentence. */
	readonly differs: string;
	/** Order of the keys in this run: as planned (default) or reversed ("try the keys in reverse order"). */
	readonly keyOrder?: 'planned' | 'reverse';
}

/** What a variant never takes from its parent: who it is, what differs, and its own mark. */
export type VariantOwnFields =
	'id' | 'title' | 'differs' | 'confidence' | 'confidenceNote' | 'sources';

/**
 * A variant as a make's data writes it: its id, title, what differs, and its
 * own mark with the sources it rests on (a community reading is S or U
 * whatever its parent's mark); everything else (steps, summary, key facts,
 * prerequisites, warnings …) is its parent's unless given here.
 */
export type VariantSpec = Pick<ProcedureVariant, Exclude<VariantOwnFields, 'confidenceNote'>> &
	Partial<Omit<ProcedureVariant, Exclude<VariantOwnFields, 'confidenceNote'>>>;

/** Sourced facts about the keys of one session; each is optional because many sources say nothing. */
export interface KeySessionFacts {
	/** Where `maxKeys` comes from, in words: "At most 4 remotes (BMW figure for the same system)". */
	readonly maxKeys?: SourcedText;
	/** What happens to a key left out of the session: "it stops working". */
	readonly leftOut?: SourcedText;
	/** Why the keys go in the same order every time (e.g. per-key memory settings). */
	readonly sameOrder?: SourcedText;
}

// ── The shop path ─────────────────────────────────────────────────────────

/** Where a car without an owner procedure (or a new key) is done, and how to make it short. */
export interface ShopPath {
	readonly id: string;
	/** For the owner: "A new remote for this MINI needs a shop tool". */
	readonly title: string;
	readonly applies: Applicability;
	/** Why FobSync cannot do it, in plain words. */
	readonly why: SourcedText;
	/** Who can, in the order to ask. */
	readonly shops: readonly ('dealer' | 'auto-locksmith' | 'independent-specialist')[];
	/** What to ask for, in the shop's words: "initialise the remote with the bar-code data …". */
	readonly askFor: string;
	/** What to bring: every key, the VIN, the FobSync report … */
	readonly bring: readonly string[];
	/** What it typically involves and costs, sourced. */
	readonly involves: readonly SourcedText[];
	readonly confidence: Confidence;
	readonly sources: readonly SourceId[];
	/**
	 * The catch-all path offered when nothing else in the catalogue applies
	 * (a make or model nobody has data for). Exactly one in the catalogue; its
	 * `applies.makes` is empty.
	 */
	readonly fallback?: boolean;
	/** Offered only after a home procedure failed (named in its `ifItFails`), never by the finder. */
	readonly onlyAfterFailure?: boolean;
	/**
	 * The make's own path for any of its cars: when nothing else in the
	 * catalogue fits the car, the finder offers it before the general fallback.
	 */
	readonly anyCarOfMake?: boolean;
}

// ── Troubleshooting ───────────────────────────────────────────────────────

/** When a troubleshooting tip is offered. */
export type TroubleshootWhen =
	| 'key-failed' // one key did not take
	| 'all-failed' // no key worked
	| 'before-start'; // worth knowing before starting

export interface TroubleshootTip extends SourcedText {
	readonly id: string;
	/** Short title: "The car starts with this key". */
	readonly title: string;
	readonly when: readonly TroubleshootWhen[];
	/** Procedures (or makes) it is about; absent: every procedure. */
	readonly procedures?: readonly string[];
	/** Whether this tip ends the home attempt (go to the shop path). */
	readonly stopHere?: boolean;
	/**
	 * Only when the owner's answers fit, e.g. { 'key-origin': ['new'] }.
	 * A question not answered yet does not hide the tip.
	 */
	readonly ifAnswers?: Readonly<Record<string, readonly string[]>>;
	/**
	 * Left out once the owner's account of the fault says it was done already (a tip to fit a
	 * new cell, when a new cell was fitted). Not said yet: the tip stays.
	 */
	readonly unlessDone?: { readonly newCell: 'yes' };
}

// ── Questions that tell procedures apart ─────────────────────────────────

/**
 * A question about the car or key that separates candidate procedures (the
 * VIN cannot tell a MINI's production month; push-button start; how many
 * working keys). The finder asks only the ones whose answers still split the
 * candidates; procedures name the answers they need in `applies.answers`.
 */
export interface GuideQuestion {
	/** e.g. "mini-key-buttons". */
	readonly id: string;
	/** "How many buttons does your key have?" */
	readonly prompt: string;
	/** How to tell, for someone holding the key. */
	readonly help?: string;
	readonly options: readonly {
		readonly id: string;
		readonly label: string;
		/** A few words for headlines, e.g. "3-button key"; defaults to the label. */
		readonly short?: string;
		/** Name of a drawing the UI can show next to the option, e.g. "mini-key-3-button". */
		readonly picture?: string;
		/**
		 * The verdict's headline when this answer was given and only a shop
		 * path is left ("A new key or remote for this car needs a shop tool");
		 * absent: the verdict's general shop headline.
		 */
		readonly shopHeadline?: string;
	}[];
	readonly sources: readonly SourceId[];
	/**
	 * The verdict's headline while this is the question to answer ("Tell us
	 * which key you have"); absent: "Tell us about your key".
	 */
	readonly headline?: string;
	/** The verdict's button for answering it ("Identify your key"); absent: "Answer". */
	readonly actionLabel?: string;
	/**
	 * The answer tells the key's history, not which key it is ("has it worked
	 * before?"): a headline that names the owner's key leaves it out.
	 */
	readonly history?: boolean;
	/**
	 * Asked before every question without it, right after the model: a
	 * question that tells which car or key generation this is settles most
	 * of the rest (the first MINI's 2- or 3-button key).
	 */
	readonly askFirst?: boolean;
}

// ── How the data is organised ────────────────────────────────────────────

/**
 * What a new or second-hand key's chip needs before it starts a car of these
 * makes ("a new key's chip must also be coded"), for an owner whose key is new:
 * the remote steps alone never make it start the car.
 */
export interface NewKeyChip extends SourcedText {
	readonly makes: readonly string[];
}

/**
 * One file of the catalogue (a make or a group of makes): its sources,
 * procedures, shop paths, and the questions and tips only it needs.
 * catalogue.ts lists every module; ids are unique across all of them.
 */
export interface CatalogueModule {
	readonly sources: readonly SourceDoc[];
	readonly procedures: readonly Procedure[];
	readonly shopPaths: readonly ShopPath[];
	readonly questions?: readonly GuideQuestion[];
	readonly troubleshooting?: readonly TroubleshootTip[];
	/** Per make: what a new key's chip needs (the finder says it when the key is new). */
	readonly newKeyChip?: readonly NewKeyChip[];
}

// ── What a guide session leaves behind ───────────────────────────────────

/** Outcome of one key in a guide session. */
export type KeyOutcome = 'confirmed' | 'failed' | 'skipped' | 'not-tried';

/**
 * A plain summary of a guide session, for the result screen, the stored
 * progress and the shop report ("2 of 2 keys synchronised").
 */
export interface GuideSummary {
	readonly procedureId: string;
	/** The procedure's (or variant's) title as shown to the owner. */
	readonly procedureTitle: string;
	readonly variantId: string | null;
	readonly startedAt: string; // ISO 8601
	readonly endedAt: string | null; // ISO 8601; null while running
	readonly keys: readonly {
		readonly label: string;
		readonly outcome: KeyOutcome;
		/** How many times this key's steps were started (absent in summaries stored before it existed). */
		readonly tries?: number;
	}[];
	/** Windows missed, in the words shown at the time: "More than 5 seconds passed …". */
	readonly misses: readonly string[];
	/** Attempts made (a restart after a miss counts as a new attempt). */
	readonly attempts: number;
	/** One line: "2 of 2 keys synchronised", "Stopped before the first key". */
	readonly result: string;
	/** The shop path the session ended on (an answer with `to: 'shop'`); null or absent otherwise. */
	readonly shopPathId?: string | null;
	/**
	 * Why the guide stopped this method on its own (a step failed as often as
	 * it is worth trying), in plain words; absent otherwise.
	 */
	readonly gaveUp?: string;
	/**
	 * What happens to keys left out of the session and to the key that still
	 * works: the planner's one sentence for this procedure (planner.ts
	 * `keysNote`), the same words the plan and the run show. Absent in
	 * summaries stored before it existed.
	 */
	readonly keysNote?: string;
	/**
	 * Every attempt of this guide session, oldest first, across every procedure
	 * and variant tried one after another for the same car (the wizard carries
	 * them over when the owner moves on to the next method). One entry per
	 * attempt: a restart after a miss, a retry of a key or another way each
	 * start a new one. Absent in summaries stored before it existed.
	 */
	readonly attemptLog?: readonly AttemptEntry[];
	/** A practice session on the demo car: never reported as the owner's car's. */
	readonly practice?: true;
}

/** How one attempt ended, for the report's list of what was tried. */
export type AttemptOutcome =
	/** Every key that was tried works (the session ended that way). */
	| 'worked'
	/** The session ended, but not every key works. */
	| 'not-every-key'
	/** A time limit ran out. */
	| 'time-ran-out'
	/** The car did not give the sign a step waits for (a "did the car …?" answered no). */
	| 'no-sign'
	/** A key did not take. */
	| 'key-failed'
	/** The guide stopped the method after too many failed tries. */
	| 'gave-up'
	/** An answer showed the car needs a shop. */
	| 'shop'
	/** The owner stopped the session. */
	| 'stopped'
	/** Still running (the last entry of a session in progress). */
	| 'in-progress';

/**
 * One attempt in `GuideSummary.attemptLog`:
 * { procedureId, title, startedAt, endedAt, outcome, reason }.
 */
export interface AttemptEntry {
	/** The procedure's or variant's id. */
	readonly procedureId: string;
	/** Its title as the owner saw it. */
	readonly title: string;
	readonly startedAt: string; // ISO 8601
	readonly endedAt: string | null; // ISO 8601; null while it runs
	readonly outcome: AttemptOutcome;
	/** What happened, in plain words: "More than 10 seconds passed …", "Key 2 did not take." */
	readonly reason: string;
	/** Made on the demo car on the practice page, not on the owner's car. */
	readonly practice?: true;
}

/** The car the guide is asked about: read by the adapter, a typed VIN, or picked from the lists. */
export type CarQuery =
	| {
			readonly by: 'vehicle';
			readonly vehicle: VehicleInfo;
			/** The VIN the car gave the adapter, if any: tells one car of a make from another. */
			readonly vin?: string | null;
	  }
	| { readonly by: 'vin'; readonly vin: string }
	| {
			readonly by: 'pick';
			readonly make: string;
			readonly model: string | null;
			readonly year: number | null;
	  };
