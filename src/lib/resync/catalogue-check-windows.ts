import type { Step, TimeWindow } from './types';
import type { Finding } from './catalogue-rules';

/**
 * Rules for how a window is anchored and worded, checked over the whole
 * catalogue by catalogue-check.ts (MINI and BMW data as well as the other
 * makes'). Each returns the rule broken and the problem in words, or null.
 */

/** Words naming the first of a run of movements: "your first turn of the key", "the first press". */
const FIRST_MOVEMENT = /\bfirst (turn|press|push|insertion|insert|cycle|click|tap|movement)s?\b/i;

/**
 * A window that starts counting when a physical step appears ('enter'), while
 * the source counts from that step's first movement (its `from` says so) or
 * the step itself is what the window times: the owner's reading time counts
 * against the source's limit, and nobody can tap a phone for each of eight
 * quick turns. Such a window opens on the 'done' of a get-ready step instead
 * (`getReady` in procedures/common.ts), whose Go starts the countdown.
 */
export function readingCountsAgainst(step: Step, w: TimeWindow): Finding | null {
	if (w.startsOn !== 'enter' || (step.kind !== 'action' && step.kind !== 'repeat')) return null;
	const rule = 'window.reading-counts';
	if (FIRST_MOVEMENT.test(w.from))
		return {
			rule,
			problem: `counts from "${w.from}" but starts when the step appears, so reading the step counts against it: open it on the Go of a get-ready step`
		};
	if (w.maxSeconds !== null && (step.within ?? []).includes(w.id))
		return {
			rule,
			problem:
				'starts when the step it times appears, so reading the step counts against it: open it on the Go of a get-ready step'
		};
	return null;
}

/**
 * A window opened by a Go must say on screen that it counts from Go (the
 * owner sees "5 seconds when you tapped Go, …"), and one that says so must
 * be opened by the Go of a get-ready step, on its tap. A window counted from
 * a movement the owner reports with Done after making it would start late,
 * giving an owner who taps late more time than the car gives; the Go before
 * the movement is what keeps the guide from being more lenient than the car.
 */
export function goWording(step: Step, w: TimeWindow): Finding | null {
	const go = step.doneLabel === 'Go';
	const saysGo = /\btapped Go\b/.test(w.from);
	if (go && w.startsOn !== 'done')
		return {
			rule: 'window.go-not-on-tap',
			problem: 'is opened by a Go step but not on its tap (startsOn must be "done")'
		};
	if (go && !saysGo)
		return {
			rule: 'window.go-not-worded',
			problem: `opens on Go, but its "from" ("${w.from}") does not say it counts from Go`
		};
	if (!go && saysGo)
		return {
			rule: 'window.go-without-button',
			problem: `says it counts from Go ("${w.from}"), but its step has no Go button`
		};
	return null;
}

/** What a miss of a window without a figure may not say: it cannot happen. */
const DESCRIBES_A_MISS = /\bmore than\b|\btoo (long|late|slow)\b|\bpassed\b|\bexpired\b/i;

/**
 * A window whose source gives no figure (no maximum, no minimum) shows no
 * countdown and can never be missed: its `missed` words must say the source
 * gives no time, and must not describe a miss that cannot happen.
 */
export function untimedWording(w: TimeWindow): Finding | null {
	if (w.maxSeconds !== null || w.minSeconds !== undefined) return null;
	if (!/no time/i.test(w.missed))
		return {
			rule: 'window.untimed-no-time-words',
			problem: 'has no figure, so its "missed" words must say the source gives no time'
		};
	if (DESCRIBES_A_MISS.test(w.missed))
		return {
			rule: 'window.untimed-describes-miss',
			problem: `has no figure and can never be missed, yet its "missed" words describe a miss ("${w.missed}")`
		};
	return null;
}

/**
 * A step guarded only by windows without a figure shows no countdown: its
 * detail must say that the source gives no time. A step whose tap starts a
 * countdown is exempt: its one time statement is that countdown (the engine's
 * `timing`), and saying "no time" too would contradict it.
 */
export function untimedStepWording(step: Step, guards: readonly TimeWindow[]): Finding | null {
	const untimedOnly =
		guards.length > 0 && guards.every((w) => w.maxSeconds === null && w.minSeconds === undefined);
	const startsCountdown = (step.opens ?? []).some(
		(w) => w.startsOn === 'done' && w.maxSeconds !== null
	);
	if (!untimedOnly || startsCountdown || /no time/i.test(step.detail ?? '')) return null;
	return {
		rule: 'step.untimed-detail',
		problem:
			'is guarded only by windows without a figure, but its detail does not say the source gives no time'
	};
}
