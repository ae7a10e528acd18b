import type { AttemptOutcome, Step } from './types';
import type {
	AttemptRecord,
	CheckRecord,
	CueKind,
	GuideState,
	KeyRecord,
	Miss,
	OpenWindow
} from './engine-types';

/**
 * The working copy the transitions change (a draft of the next GuideState),
 * and the records they keep in it, a leaf: the cue for sound and speech, the
 * attempt log, check results and failure counts. Nothing here moves the
 * cursor or changes the mode; that is engine-core.ts's alone.
 */

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A working copy of GuideState that the transitions change in place. */
export interface Draft extends Mutable<
	Omit<
		GuideState,
		| 'keys'
		| 'windows'
		| 'misses'
		| 'checks'
		| 'triedVariants'
		| 'order'
		| 'readings'
		| 'failures'
		| 'attemptLog'
	>
> {
	failures: Record<string, number>;
	attemptLog: AttemptRecord[];
	keys: Mutable<KeyRecord>[];
	windows: Mutable<OpenWindow>[];
	misses: Miss[];
	checks: CheckRecord[];
	triedVariants: string[];
	order: number[];
	readings: Mutable<GuideState['readings']>;
}

/** A copy of `state` to change (the input is never changed). */
export function toDraft(state: GuideState): Draft {
	return structuredClone(state) as Draft;
}

/** The key at the cursor's run position. */
export function currentKey(d: Draft): Mutable<KeyRecord> {
	return d.keys[d.order[d.cursor.key] ?? 0]!;
}

/** The one cue of this transition, for sound, speech and vibration (numbered so each plays once). */
export function emitCue(
	d: Draft,
	kind: CueKind,
	at: number,
	say: string,
	ids: { stepId?: string | null; windowId?: string | null } = {}
): void {
	d.seq += 1;
	d.cue = { seq: d.seq, kind, at, stepId: ids.stepId ?? null, windowId: ids.windowId ?? null, say };
}

/** Closes the current attempt as an AttemptRecord and starts the next one at `at`. */
export function closeAttempt(
	d: Draft,
	endedAt: number | null,
	outcome: AttemptOutcome,
	reason: string,
	at: number
): void {
	d.attemptLog.push({
		procedureId: d.variantId ?? d.procedureId,
		title: d.title,
		startedAt: d.attemptStartedAt,
		endedAt,
		outcome,
		reason,
		...(d.practice ? { practice: true as const } : {})
	});
	d.attemptStartedAt = at;
	d.pendingFailure = null;
}

/** A new attempt starts at `at`: the one that failed goes into the log. */
export function nextAttempt(d: Draft, at: number): void {
	const f = d.pendingFailure;
	if (f) closeAttempt(d, f.at, f.outcome, f.reason, at);
	else closeAttempt(d, at, 'stopped', 'Started again before the end.', at);
	d.attempt += 1;
}

/** What a check step found, replacing an earlier result of the same step. */
export function recordCheck(
	d: Draft,
	step: Step,
	outcome: CheckRecord['outcome'],
	volts: number | null,
	note: string,
	at: number
): void {
	if (step.kind !== 'check') return;
	d.checks = d.checks.filter((c) => c.stepId !== step.id);
	d.checks.push({ stepId: step.id, check: step.check, outcome, volts, note, at });
}

/**
 * Counts one failed try at `point` ("window:<id>", "step:<id>"…) and keeps
 * how it failed for the attempt log. Returns how many times it has failed.
 */
export function countFailure(
	d: Draft,
	point: string,
	failure: { outcome: AttemptOutcome; reason: string },
	at: number
): number {
	const times = (d.failures[point] ?? 0) + 1;
	d.failures[point] = times;
	d.pendingFailure = { ...failure, at };
	return times;
}
