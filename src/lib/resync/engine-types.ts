import type { AttemptOutcome, Confidence, KeyOutcome, SourceId, StepId, StepKind } from './types';

/**
 * Types of the step engine: its state (plain JSON, versioned, so it survives
 * a reload), the events it accepts, the cues it emits and the view it gives
 * the screen. Times are epoch milliseconds from an injected clock.
 */

/** Bumped when the stored shape or the procedures' step order changes; older stored states are then refused. */
export const GUIDE_STATE_VERSION = 3;

/**
 * Which part of the procedure runs: the setup, the per-key loop, the finish,
 * or the engine's own end check (each key tried from outside, one by one).
 */
export type Phase = 'setup' | 'key' | 'finish' | 'check';

export interface Cursor {
	readonly phase: Phase;
	/** Index of the step within its phase. */
	readonly index: number;
	/** Position in the run order of the keys (0-based), in the key loop and the end check; else 0. */
	readonly key: number;
}

/** A time window that is running. */
export interface OpenWindow {
	readonly id: string;
	readonly openedAt: number;
	/** When it is missed (epoch ms, exclusive); null: the source gives no figure. */
	readonly deadline: number | null;
	/** Earliest time the closing step may be done (minimum hold), or null. */
	readonly minUntil: number | null;
	/** The "last 3 seconds" cue was given. */
	readonly warned: boolean;
	readonly openedIn: Phase;
	/** Key position the window was opened for (key phase only). */
	readonly openedForKey: number;
}

export interface KeyRecord {
	/** "Key 1" … in the planned order. */
	readonly label: string;
	readonly outcome: KeyOutcome;
	/** How many times this key's steps were started. */
	readonly tries: number;
}

export interface Miss {
	readonly windowId: string;
	/** The window's explanation, as shown: "More than 5 seconds passed …". */
	readonly text: string;
	readonly at: number;
	readonly attempt: number;
}

/** What the last transition was, for sound, speech and vibration. */
export type CueKind =
	| 'step' // a new step to do
	| 'window-start' // a countdown starts now
	| 'last-seconds' // 3 seconds left on a countdown
	| 'missed' // a window was missed
	| 'key-done' // a key was confirmed
	| 'key-failed' // a key did not take
	| 'battery-low' // the battery gate stopped to explain
	| 'finished' // every key done, session over
	| 'stopped'; // the owner stopped

export interface Cue {
	/** Increases with every cue, so the UI plays each one once. */
	readonly seq: number;
	readonly kind: CueKind;
	readonly at: number;
	readonly stepId: StepId | null;
	readonly windowId: string | null;
	/** Words for the speech prompt. */
	readonly say: string;
}

export type IgnitionReading = 'on' | 'off' | 'unknown';

/** Live readings the rune class passes in (from the adapter, when one is connected). */
export interface Readings {
	readonly ignition: IgnitionReading;
	readonly ignitionAt: number | null;
	readonly battery: {
		readonly volts: number | null;
		readonly engineRunning: boolean | null;
		readonly at: number;
	} | null;
}

/** What a check step found. */
export interface CheckRecord {
	readonly stepId: StepId;
	readonly check: 'battery' | 'ignition-off' | 'ignition-on';
	/** passed: the reading was fine; unknown: no reading, carried on; continued: low, the owner chose to go on; confirmed: the owner confirmed by hand. */
	readonly outcome: 'passed' | 'unknown' | 'continued' | 'confirmed';
	readonly volts: number | null;
	/** Plain words for the screen. */
	readonly note: string;
	readonly at: number;
}

export type GuideMode =
	| { readonly kind: 'step' }
	| {
			readonly kind: 'missed';
			readonly windowId: string;
			readonly text: string;
			readonly restartAt: StepId;
			readonly at: number;
	  }
	| { readonly kind: 'key-failed'; readonly at: number }
	| { readonly kind: 'troubleshooting'; readonly at: number }
	| { readonly kind: 'battery-low'; readonly volts: number; readonly at: number }
	| {
			readonly kind: 'ended';
			readonly reason: 'finished' | 'stopped';
			readonly at: number;
			/** Set when an answer ended the session on a shop path (`to: 'shop'`); the reason is then 'stopped'. */
			readonly shopPathId?: string;
			/** Set when a step failed as often as it is worth trying: why, in plain words; the reason is then 'stopped'. */
			readonly gaveUp?: string;
	  };

/** An attempt that ended (epoch ms); the summary turns it into an AttemptEntry. */
export interface AttemptRecord {
	readonly procedureId: string;
	readonly title: string;
	readonly startedAt: number;
	readonly endedAt: number | null;
	readonly outcome: AttemptOutcome;
	readonly reason: string;
	/** Made in a practice session on the demo car: never one of the real car's attempts. */
	readonly practice?: true;
}

/** What ended the current attempt, kept until the next attempt starts (or the session ends). */
export interface PendingFailure {
	readonly outcome: AttemptOutcome;
	readonly reason: string;
	readonly at: number;
}

/** The engine's whole state: plain JSON, safe to store and restore. */
export interface GuideState {
	readonly version: typeof GUIDE_STATE_VERSION;
	/** The main procedure's id. */
	readonly procedureId: string;
	/** The variant being run, or null for the main procedure. */
	readonly variantId: string | null;
	/**
	 * Run beside the demo car on the practice page, not on the owner's car: its attempts are
	 * marked so, and the car's report and summaries leave them out. Absent for a real session.
	 */
	readonly practice?: true;
	/** Title of what is being run, as shown. */
	readonly title: string;
	readonly triedVariants: readonly string[];
	/** Keys in the planned order. */
	readonly keys: readonly KeyRecord[];
	/** Run order: indices into `keys` (reversed for a "reverse order" variant). */
	readonly order: readonly number[];
	readonly startedAt: number;
	readonly endedAt: number | null;
	/** 1 on start; a restart after a miss, a retry or a variant is a new attempt. */
	readonly attempt: number;
	readonly cursor: Cursor;
	readonly stepEnteredAt: number;
	/** Taps counted on a repeat step. */
	readonly taps: number;
	/** An observed level opposite to the expected one was seen while this step ran (edge detection). */
	readonly sawOpposite: boolean;
	readonly windows: readonly OpenWindow[];
	readonly misses: readonly Miss[];
	readonly readings: Readings;
	readonly checks: readonly CheckRecord[];
	readonly mode: GuideMode;
	readonly cue: Cue | null;
	readonly seq: number;
	/** When the engine next needs a tick (epoch ms), or null: nothing is timed. */
	readonly nextAt: number | null;
	/**
	 * Failed tries per point of this method ("window:<id>", "step:<id>",
	 * "step:<id>:key<n>"): the engine stops the method when one reaches its
	 * limit, so no step is retried without end.
	 */
	readonly failures: Readonly<Record<string, number>>;
	/** Attempts that ended, oldest first (earlier methods of the same guide session included). */
	readonly attemptLog: readonly AttemptRecord[];
	/** When the current attempt started. */
	readonly attemptStartedAt: number;
	/** How the current attempt failed, once it has (closed when the next one starts). */
	readonly pendingFailure: PendingFailure | null;
}

/** Everything that can happen; each carries the time it happened. */
export type GuideEvent =
	| { readonly type: 'tick'; readonly now: number }
	/** The owner tapped Done / Next on the current step (confirms a check by hand). */
	| { readonly type: 'done'; readonly now: number }
	/** One repetition counted on a repeat step; reaching `times` completes it. */
	| { readonly type: 'tap'; readonly now: number }
	/** Answer to a question step, by its index. */
	| { readonly type: 'answer'; readonly now: number; readonly index: number }
	/** What the car shows now (engine computer answering or not). */
	| { readonly type: 'observe'; readonly now: number; readonly ignition: IgnitionReading }
	/** A battery reading (`volts` null when the adapter gave none). */
	| {
			readonly type: 'battery';
			readonly now: number;
			readonly volts: number | null;
			readonly engineRunning: boolean | null;
	  }
	/** Battery gate: go on although the reading is low. */
	| { readonly type: 'continue-anyway'; readonly now: number }
	/** After a missed window: start again from the window's restart step. */
	| { readonly type: 'restart'; readonly now: number }
	/** After a failed key: do this key again. */
	| { readonly type: 'retry'; readonly now: number }
	/** After a failed key: run the next "if that did not work, try" variant. */
	| { readonly type: 'try-variant'; readonly now: number }
	/** After a failed key: leave it out and carry on. */
	| { readonly type: 'skip-key'; readonly now: number }
	/** After a failed key: show the troubleshooting tips. */
	| { readonly type: 'troubleshoot'; readonly now: number }
	/** From troubleshooting back to the failed-key choices. */
	| { readonly type: 'back'; readonly now: number }
	| { readonly type: 'stop'; readonly now: number };

/** The keys of a session, in the planned order (see planner.ts). */
export interface SessionKeys {
	readonly keys: readonly { readonly label: string }[];
}

export interface StartOptions {
	/** Start with a variant instead of the main procedure. */
	readonly variantId?: string | null;
	/** Readings already known (e.g. from the scan); a battery reading settles the battery check at once. */
	readonly readings?: Partial<Readings>;
	/**
	 * Attempts of earlier methods in the same guide session (the wizard passes
	 * them on when the owner moves on), so the summary lists every attempt.
	 */
	readonly earlier?: readonly AttemptRecord[];
	/** A practice session on the demo car (see `GuideState.practice`). */
	readonly practice?: boolean;
}

// ── The view ────────────────────────────────────────────────────────────

export interface CountdownView {
	readonly windowId: string;
	/** The anchor in words: "after you switch off". */
	readonly from: string;
	/** Milliseconds left; null when the source gives no figure (show no countdown). */
	readonly remainingMs: number | null;
	readonly totalMs: number | null;
	/** The source gives no figure: say so instead of counting. */
	readonly noFigure: boolean;
	/** Milliseconds until a minimum hold is reached, when the window has one. */
	readonly minRemainingMs: number | null;
	/** The current step must be done within this window. */
	readonly guardsThisStep: boolean;
	/** 3 seconds or less left. */
	readonly lastSeconds: boolean;
	readonly confidence: Confidence;
	readonly sources: readonly SourceId[];
}

export interface StepView {
	readonly id: StepId;
	readonly kind: StepKind;
	readonly title: string;
	readonly detail: string | null;
	readonly say: string;
	readonly carConfirms: string | null;
	readonly confidence: Confidence;
	readonly sources: readonly SourceId[];
	/** Question steps: the answers, in order (answer by index). */
	readonly answers: readonly string[] | null;
	/** Repeat steps: the counter. */
	readonly repeat: { readonly times: number; readonly unit: string; readonly taps: number } | null;
	/** Wait steps: time left. */
	readonly wait: { readonly remainingMs: number; readonly totalMs: number } | null;
	/** The step can be confirmed by what the car shows. */
	readonly observe: { readonly signal: 'ignition'; readonly expect: 'on' | 'off' } | null;
	/**
	 * What the Done button should say ("Go" on a get-ready step whose tap starts
	 * a countdown); null: the usual words. Always set by the engine's view;
	 * optional only so that views built by hand before this field existed stay valid.
	 */
	readonly doneLabel?: string | null;
	/**
	 * The one statement about time on this step (engine-view.ts `stepTiming`):
	 * a countdown runs, a tap starts one, or the source gives no figure. Null:
	 * nothing is timed here. Optional only so that views built by hand stay valid.
	 */
	readonly timing?: StepTiming | null;
	/** Check steps: what is checked and what the last reading says. */
	readonly check: {
		readonly check: 'battery' | 'ignition-off' | 'ignition-on';
		/** Ask the owner instead: there is no reading. */
		readonly askOwner: boolean;
		readonly reading: string | null;
	} | null;
}

/** A choice offered after a key failed. */
export type FailedKeyChoice = 'retry' | 'try-variant' | 'skip-key' | 'troubleshoot' | 'stop';

export interface GuideView {
	readonly status:
		'step' | 'missed' | 'key-failed' | 'troubleshooting' | 'battery-low' | 'finished' | 'stopped';
	readonly procedureId: string;
	readonly variantId: string | null;
	readonly title: string;
	/** What the variant changes, when one runs. */
	readonly differs: string | null;
	readonly confidence: Confidence;
	readonly attempt: number;
	readonly step: StepView | null;
	/** Key i of n, while in the per-key loop. */
	readonly key: {
		readonly position: number;
		readonly count: number;
		readonly label: string;
	} | null;
	readonly keys: readonly KeyRecord[];
	readonly progress: { readonly done: number; readonly total: number; readonly fraction: number };
	/**
	 * Running windows, those guarding this step first. A window that neither
	 * guards this step nor any step still to come (the car's 30 s to a next
	 * key once the finish has begun) is left out; it still runs in the state.
	 */
	readonly countdowns: readonly CountdownView[];
	readonly missed: { readonly text: string; readonly restartAtTitle: string } | null;
	readonly keyFailed: {
		readonly label: string;
		readonly choices: readonly FailedKeyChoice[];
		readonly nextVariant: {
			readonly id: string;
			readonly title: string;
			readonly differs: string;
			readonly confidence: Confidence;
		} | null;
		/** What happens to a key left out, when the source says. */
		readonly leftOut: { readonly text: string; readonly confidence: Confidence } | null;
		/** Which troubleshooting tips fit: 'all-failed' once every key of the session has failed. */
		readonly tipsWhen: 'key-failed' | 'all-failed';
	} | null;
	readonly batteryLow: {
		readonly volts: number;
		readonly text: string;
		readonly confidence: Confidence;
	} | null;
	/** Notes from the checks (e.g. "no battery reading"). */
	readonly checkNotes: readonly string[];
	readonly cue: Cue | null;
	/**
	 * A hold the current step asks for (`Step.holdSeconds`): a count-up, not a
	 * deadline. Seconds as the source gives them (null: that end is not given);
	 * `sinceMs` counts from when the step appeared. Always set by the engine's
	 * view (null when the step has no hold); optional only so that views built
	 * by hand before this field existed stay valid.
	 */
	readonly hold?: HoldView | null;
	/**
	 * The shop path the session ended on, when an answer sent the owner to a
	 * shop (`to: 'shop'`); the status is then 'stopped'. `title` is the shop
	 * path's title from the catalogue (null when the engine's catalogue does
	 * not hold it). Always set by the engine's view; optional like `hold`.
	 */
	readonly shop?: ShopView | null;
	/** Why the guide stopped this method on its own, when it did. */
	readonly gaveUp?: string | null;
}

/** What a step says about time, from one place, so it can only say one thing. */
export interface StepTiming {
	/**
	 * 'counting': a countdown guards this step now; 'starts-on-done': tapping
	 * the step's button starts one; 'no-figure': a limit without a figure guards
	 * this step and no countdown runs or starts.
	 */
	readonly kind: 'counting' | 'starts-on-done' | 'no-figure';
	/** The sentence the screen shows (for 'counting', the countdown itself says the rest). */
	readonly text: string;
	readonly windowId: string;
}

export interface HoldView {
	readonly min: number | null;
	readonly max: number | null;
	/** Milliseconds since the step appeared. */
	readonly sinceMs: number;
}

export interface ShopView {
	readonly shopPathId: string;
	readonly title: string | null;
}
