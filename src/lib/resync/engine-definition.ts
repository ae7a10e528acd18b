import type {
	Procedure,
	ProcedureVariant,
	QuestionStep,
	RepeatStep,
	SourcedCount,
	Step,
	StepId,
	TimeWindow,
	VariantSpec
} from './types';
import type { Cursor, GuideState, Phase } from './engine-types';

/**
 * Reading a procedure (or one of its variants) the way the engine walks it:
 * setup once, perKey for each key, finish once. A leaf: the transitions
 * (engine-core.ts), the view and the summary look things up here; nothing
 * here knows a state beyond its cursor and its plan.
 */

/** The steps and facts of what is being run. */
export type Definition = Procedure | ProcedureVariant;

/**
 * A variant completed from its parent: what the spec gives wins; every other
 * field is the parent's, except its own mark, note and sources, which never
 * come from the parent (a variant claims only what its own sources say).
 */
export function inheritVariant(
	parent: Omit<Procedure, 'variants'>,
	spec: VariantSpec
): ProcedureVariant {
	const {
		id: _id,
		title: _title,
		confidence: _confidence,
		confidenceNote: _note,
		sources: _sources,
		applies: _applies,
		ref: _ref,
		ifItFails: _ifItFails,
		variants: _variants,
		...inherited
	} = parent as Procedure;
	return { ...inherited, ...spec };
}

/** A procedure with its variants, each written as only what differs from it (see `inheritVariant`). */
export function withVariants(
	parent: Omit<Procedure, 'variants'>,
	specs: readonly VariantSpec[]
): Procedure {
	return { ...parent, variants: specs.map((s) => inheritVariant(parent, s)) };
}

/** The main procedure or the named variant of it (variants are stored complete: `withVariants`). */
export function definitionOf(procedure: Procedure, variantId: string | null): Definition {
	if (variantId === null) return procedure;
	const v = procedure.variants?.find((x) => x.id === variantId);
	if (!v) throw new Error(`Procedure "${procedure.id}" has no variant "${variantId}".`);
	return v;
}

/** The next "if that did not work, try" variant not yet run, or null. */
export function nextVariant(
	procedure: Procedure,
	state: Pick<GuideState, 'variantId' | 'triedVariants'>
): ProcedureVariant | null {
	const fresh = (v: ProcedureVariant) =>
		v.id !== state.variantId && !state.triedVariants.includes(v.id);
	return (procedure.variants ?? []).find(fresh) ?? null;
}

/** Run order of `count` keys for a definition: indices into the planned keys. */
export function runOrder(def: Definition, count: number): number[] {
	const order = Array.from({ length: count }, (_, i) => i);
	return 'keyOrder' in def && def.keyOrder === 'reverse' ? order.reverse() : order;
}

/** The current key's index in the plan (0 = "Key 1"), or null outside the per-key steps. */
export function plannedKey(state: Pick<GuideState, 'cursor' | 'order'>): number | null {
	return state.cursor.phase === 'key' ? (state.order[state.cursor.key] ?? 0) : null;
}

/** Failed tries of one step (or window) before the guide moves on, where the source gives no figure. */
export const DEFAULT_MAX_TRIES = 3;

/** How many failed tries a step or window allows: its sourced figure, or the default. */
export const triesAllowed = (count: SourcedCount | undefined): number =>
	count?.count ?? DEFAULT_MAX_TRIES;

/** The procedure's own steps of a phase (the end check has none: the engine asks it). */
export function phaseSteps(def: Definition, phase: Phase): readonly Step[] {
	switch (phase) {
		case 'setup':
			return def.setup;
		case 'key':
			return def.perKey;
		case 'finish':
			return def.finish;
		case 'check':
			return [];
	}
}

/** Id of the engine's end-check question, asked once per key after the procedure's last step. */
export const OUTSIDE_CHECK_ID = 'outside-check';

/**
 * The end check for one key: does it do, now, what the session was for? A
 * key taught for starting is tried in the ignition; every other key from
 * outside the car, where the owner uses it. "No" marks the key failed, so a
 * session never ends on "every key works" without the owner saying so.
 */
export function outsideCheckStep(def: Definition, label: string): QuestionStep {
	const start = def.programs === 'immobiliser-key';
	return {
		kind: 'question',
		id: OUTSIDE_CHECK_ID,
		title: start
			? `Does ${label} start the engine?`
			: `Does ${label} lock and unlock the car from outside?`,
		detail: start
			? 'Put this key in the ignition and start the engine, then switch off.'
			: 'Take the key out of the ignition, get out and close the doors, then press LOCK and UNLOCK on this key.',
		answers: [
			{
				label: start ? 'Yes, it starts the engine' : 'Yes, it locks and unlocks',
				outcome: { to: 'key-confirmed' }
			},
			{ label: 'No', outcome: { to: 'key-failed' } }
		]
	};
}

/** The step at a cursor; `keyLabel` names the key of an end-check question. */
export function stepAt(def: Definition, cursor: Cursor, keyLabel = 'this key'): Step | null {
	if (cursor.phase === 'check') return outsideCheckStep(def, keyLabel);
	return phaseSteps(def, cursor.phase)[cursor.index] ?? null;
}

/** Where a step id sits; the current phase is searched first (a per-key jump stays with its key). */
export function locateStep(
	def: Definition,
	id: StepId,
	prefer: Phase
): { phase: Phase; index: number } | null {
	const phases: Phase[] = [
		prefer,
		...(['setup', 'key', 'finish'] as const).filter((p) => p !== prefer)
	];
	for (const phase of phases) {
		const index = phaseSteps(def, phase).findIndex((s) => s.id === id);
		if (index >= 0) return { phase, index };
	}
	return null;
}

/** Every step in walking order (per-key steps once). */
export function allSteps(def: Definition): readonly Step[] {
	return [...def.setup, ...def.perKey, ...def.finish];
}

/** The definition of a window by id (windows are unique within a procedure). */
export function windowDef(def: Definition, id: string): TimeWindow | null {
	for (const s of allSteps(def)) for (const w of s.opens ?? []) if (w.id === id) return w;
	return null;
}

/** The first step that opens a window: where "start the sequence again" begins. */
export function firstTimedStep(def: Definition): StepId {
	const timed = allSteps(def).find((s) => (s.opens?.length ?? 0) > 0);
	return (timed ?? def.setup[0] ?? def.perKey[0])!.id;
}

/**
 * Whether a per-key step runs for the key at run position `pos` (0 = the
 * first key done in the session) during the session's attempt `attempt`
 * (1 = the first; a restart, a retry or a variant is a new one): see
 * `Step.forKeys`. Progress counts use the first attempt.
 */
export function runsForKey(step: Step, pos: number, attempt = 1): boolean {
	switch (step.forKeys ?? 'all') {
		case 'all':
			return true;
		case 'first':
			return pos === 0;
		case 'after-first':
			return pos > 0;
		case 'after-first-try':
			return pos > 0 || attempt > 1;
	}
}

/** Index of the first per-key step at or after `from` that runs for run position `pos`, or null. */
export function runnableKeyIndex(
	def: Definition,
	from: number,
	pos: number,
	attempt = 1
): number | null {
	for (let i = from; i < def.perKey.length; i++)
		if (runsForKey(def.perKey[i]!, pos, attempt)) return i;
	return null;
}

/** How many times a repeat step asks for: its figure, or the key's number in the plan for 'key-number'. */
export function repeatTimes(step: RepeatStep, plannedKey: number | null): number {
	return step.times === 'key-number' ? (plannedKey ?? 0) + 1 : step.times;
}

/** Per-key steps that run for the key at run position `pos`. */
function keyStepCount(def: Definition, pos: number, before = def.perKey.length): number {
	return def.perKey.slice(0, before).filter((s) => runsForKey(s, pos)).length;
}

function keysStepCount(def: Definition, keys: number): number {
	let n = 0;
	for (let pos = 0; pos < keys; pos++) n += keyStepCount(def, pos);
	return n;
}

/** Steps in a whole session of `keys` keys (per-key steps counted for the keys they run for, and one end check per key). */
export function totalSteps(def: Definition, keys: number): number {
	return def.setup.length + keysStepCount(def, keys) + def.finish.length + keys;
}

/** Steps done before the cursor in a session of `keys` keys, for the progress bar. */
export function stepsBefore(def: Definition, cursor: Cursor, keys: number): number {
	switch (cursor.phase) {
		case 'setup':
			return cursor.index;
		case 'key':
			return (
				def.setup.length +
				keysStepCount(def, cursor.key) +
				keyStepCount(def, cursor.key, cursor.index)
			);
		case 'finish':
			return def.setup.length + keysStepCount(def, keys) + cursor.index;
		case 'check': // index: the planned key being checked
			return def.setup.length + keysStepCount(def, keys) + def.finish.length + cursor.index;
	}
}

/**
 * Whether a step still to come in this run must be done within the window:
 * the rest of the setup, every per-key step while keys are being done (the
 * current key's steps count, since a key can be tried again), the rest of the
 * finish. A window no later step needs (the car's 30 s to the next key, once
 * the finish has begun) is no longer worth a countdown on the screen.
 */
export function neededLater(def: Definition, cursor: Cursor, windowId: string): boolean {
	if (cursor.phase === 'check') return false;
	const later =
		cursor.phase === 'finish'
			? def.finish.slice(cursor.index + 1)
			: [
					...(cursor.phase === 'setup' ? def.setup.slice(cursor.index + 1) : []),
					...def.perKey,
					...def.finish
				];
	return later.some((s) => s.within?.includes(windowId));
}
