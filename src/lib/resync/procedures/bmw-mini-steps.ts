import type { Confidence, SourceId, SourcedText, Step, TimeWindow } from '../types';
import { BATTERY_GATE } from '../battery-gate';
import { fact, src } from './bmw-mini-sources';
import { confirmKey } from './common';

/**
 * Steps of the remote initialisation shared by the first-generation MINI with a
 * 3-button key and the BMW cars with the same remote system:
 *
 *   Go ─▶ position 1 ──≤5 s──▶ off, key out ──≤30 s──▶ hold UNLOCK ─▶ LOCK ×3 in ≤10 s ─▶ release
 *   └──────── counted from Go ────────┘             ▲                                  │
 *                                                   └──────── next key ≤30 s ◀─────────┘
 *
 * The 5 seconds run from position 1 to off, two movements a second apart:
 * nobody can tap Done in between and still make it, and a Done tapped after
 * the turn would start the count late, so an owner who taps late would be
 * given more time than the car gives. The owner therefore gets ready with the
 * key in the ignition and taps Go, and the window opens on that tap, before
 * the key moves (the "get ready" pattern of `getReady` in common.ts; see
 * catalogue-check-windows.ts). The guide is stricter than the car only by the
 * reaction time after Go and by taking the key out and tapping Done.
 *
 * Built by a function because the variants ("position 2 instead of 1", "end by
 * opening a door", "hold the key near the mirror") change one step each.
 */

/** How one car family names things; everything else is shared. */
export interface RemoteInitWording {
	/** "UNLOCK". */
	readonly unlock: string;
	/** "LOCK (the middle button, with the MINI wings logo)". */
	readonly lock: string;
	/** Ignition position turned to before switching off. */
	readonly position: 1 | 2;
	/** How the session ends. */
	readonly finish: 'position-1' | 'open-door' | 'ignition-on-off';
	/** Where to hold the key while pressing, when a variant says so. */
	readonly holdTip?: {
		readonly text: string;
		readonly confidence: Confidence;
		readonly sources: readonly SourceId[];
	};
	/** Extra detail on the switch-off step (e.g. "the remote is ignored while a key is in the lock"). */
	readonly keyOutNote?: string;
	/** Sources of the extra detail on the switch-off step. */
	readonly keyOutSources?: readonly SourceId[];
	/** Include "leave the car unlocked" in the first step (BMW repair text). */
	readonly carUnlocked?: boolean;
	/** Confirmation the car gives, as the sources name it. */
	readonly carConfirms: string;
	/** What this car's own documents say about low voltage, for the battery check (MINI: BC1). */
	readonly lowVoltage?: SourcedText;
}

/** The MINI body module's load shedding (R50/R53 repair information), for the battery check. */
// The repair text names the heated rear window and front screen only; nothing ties it to remote locking.
export const MINI_BC1_LOW_VOLTAGE: SourcedText = fact(
	'On this MINI the body computer (BC1) switches the heated rear window and heated front screen off below 11.8 V, and back on only above 12.2 V. The manual does not say that low voltage affects remote locking.',
	'M',
	'mini-bc1-description'
);

/** Every window restarts the whole sequence: the car leaves programming mode (precisionecu, axleaddict). */
const RESTART = 'ign-on';

const WINDOW_SOURCES = src(
	'precisionecu-bmw-remote-init',
	'axleaddict-mini-remote',
	'motoringalliance-key-fob',
	'bavauto-e39-key-init'
);

function positionWindow(position: 1 | 2): TimeWindow {
	return {
		id: 'position-to-off',
		maxSeconds: 5,
		from: 'when you tapped Go, just before you turned the key',
		startsOn: 'done',
		missed: `More than 5 seconds passed between position ${position} and off.`,
		restartAt: RESTART,
		confidence: 'C',
		sources: src(
			'precisionecu-bmw-remote-init',
			'axleaddict-mini-remote',
			'minimania-reprogram-r5x',
			'bavauto-e39-key-init'
		)
	};
}

const STANDBY_FIRST: TimeWindow = {
	id: 'standby-first',
	maxSeconds: 30,
	from: 'after you switch off and take the key out',
	startsOn: 'done',
	missed:
		'More than 30 seconds passed between switching off and holding UNLOCK, so the car left programming mode.',
	restartAt: RESTART,
	confidence: 'C',
	sources: WINDOW_SOURCES
};

/**
 * The source counts the three presses ("press LOCK three times within 10
 * seconds"). The countdown starts when the owner, already holding UNLOCK, taps
 * Done on that step (which says what comes next), so reading the next step
 * never counts against it; the guide is stricter only by the moment between
 * that tap and the first press.
 */
const LOCK_PRESSES: TimeWindow = {
	id: 'lock-presses',
	maxSeconds: 10,
	from: 'when you tapped Done holding UNLOCK, just before your first press of LOCK',
	startsOn: 'done',
	missed: 'The three presses of LOCK took longer than 10 seconds.',
	restartAt: RESTART,
	confidence: 'C',
	sources: WINDOW_SOURCES
};

/**
 * The sources count the 30 s from the car's answer to the previous key. The
 * guide starts it on the owner's Done after watching that answer, before the
 * owner says whether it came, so the caption names that tap, not the answer.
 */
const STANDBY_NEXT: TimeWindow = {
	id: 'standby-next',
	maxSeconds: 30,
	from: 'when you tapped Done after letting go of UNLOCK',
	startsOn: 'done',
	missed:
		'More than 30 seconds passed between one key and the next, so the car left programming mode. Every key has to be done again in one session.',
	restartAt: RESTART,
	confidence: 'C',
	sources: src('precisionecu-bmw-remote-init', 'mini2-remote-key-not-working')
};

function positionWords(position: 1 | 2): string {
	return position === 1
		? 'one click, to position 1 (radio position; the engine stays off)'
		: 'two clicks, to position 2 (ignition on: the dashboard lights up, but do not start the engine)';
}

/** The setup steps: battery check, keys and doors, position 1 and off within 5 s. */
function setupSteps(w: RemoteInitWording): Step[] {
	return [
		{
			kind: 'check',
			check: 'battery',
			id: 'battery',
			title: 'Check the car battery',
			detail: w.lowVoltage
				? 'If an adapter is connected, FobSync reads the battery now. A low battery makes the car’s body computer switch things off to save power, so a charged battery gives the session its best chance.'
				: 'If an adapter is connected, FobSync reads the battery now: a charged battery gives the session its best chance.',
			sources: [...BATTERY_GATE.sources, ...(w.lowVoltage?.sources ?? [])],
			...(w.lowVoltage ? { lowVoltage: w.lowVoltage } : {})
		},
		{
			kind: 'instruction',
			id: 'keys-and-doors',
			title: 'Sit in the car with every key and close all the doors',
			detail: `Have every key of this car with you, in your planned order, the engine off and no key in the ignition.${w.carUnlocked ? ' Leave the car unlocked.' : ''} Keep the doors closed until the guide says you have finished.`,
			sources: src(
				'minimania-reprogram-r5x',
				'axleaddict-mini-remote',
				'precisionecu-bmw-remote-init',
				'nam-receiver-mirror'
			)
		},
		{
			// Get ready: the key goes in at off, and Go opens the 5 s before the key moves.
			kind: 'action',
			id: 'ign-on',
			title: `Tap Go, then turn the key to position ${w.position} and straight back to off`,
			detail: `Put a key in the ignition and leave it at off. When you tap Go, turn it ${positionWords(w.position)}, then straight back to off, and take it out: the car allows 5 seconds from position ${w.position} to off.`,
			say: `Key in the ignition. Tap Go, then turn it to position ${w.position} and straight back to off.`,
			doneLabel: 'Go',
			opens: [positionWindow(w.position)],
			// Position 2 can be seen (the engine computer answers), position 1 cannot. An owner who
			// turns to position 2 without tapping Go has this step confirmed when the car shows it:
			// the real turn then starts the countdown, as soon as the guide's next look at the car
			// (about a second) sees it. Tapping Go first keeps the guide the stricter of the two.
			...(w.position === 2 ? { observe: { signal: 'ignition', expect: 'on' } as const } : {})
		},
		{
			kind: 'action',
			id: 'ign-off',
			title: `Turn the key to position ${w.position} and back to off, then take it out`,
			detail: `Now: one turn to position ${w.position} and straight back to off, then take the key out and tap Done.${w.keyOutNote ? ` ${w.keyOutNote}` : ''}`,
			say: `Position ${w.position}, back to off, key out.`,
			within: ['position-to-off'],
			closes: ['position-to-off'],
			opens: [STANDBY_FIRST],
			...(w.keyOutSources ? { sources: w.keyOutSources } : {}),
			// Edge-triggered: entered at off (Go tapped first), the on → off of the turn inside this
			// step confirms it; entered at position 2 (the car showed the turn), the off does.
			...(w.position === 2 ? { observe: { signal: 'ignition', expect: 'off' } as const } : {})
		}
	];
}

/** The steps done for each key: hold UNLOCK, LOCK three times within 10 s, release, confirm. */
function perKeySteps(w: RemoteInitWording): Step[] {
	const tip = w.holdTip ? ` ${w.holdTip.text}` : '';
	return [
		{
			kind: 'action',
			id: 'hold-unlock',
			title: 'Press and hold UNLOCK',
			detail: `Take this key and press ${w.unlock}. Keep holding it and tap Done: then press ${w.lock} three times straight away, within 10 seconds.${tip}`,
			within: ['standby-first', 'standby-next'],
			closes: ['standby-first', 'standby-next'],
			opens: [LOCK_PRESSES],
			...(w.holdTip ? { confidence: w.holdTip.confidence, sources: w.holdTip.sources } : {})
		},
		{
			kind: 'repeat',
			id: 'press-lock',
			title: 'Keep holding UNLOCK and press LOCK 3 times',
			detail: `While still holding UNLOCK, press and release ${w.lock} three times.`,
			times: 3,
			unit: 'press of LOCK',
			within: ['lock-presses'],
			closes: ['lock-presses']
		},
		{
			kind: 'action',
			id: 'release',
			title: 'Let go of UNLOCK and watch the locks',
			detail: 'Release the button. The car should answer within a moment.',
			carConfirms: w.carConfirms,
			opens: [STANDBY_NEXT]
		},
		confirmKey(
			'Did the car lock and then unlock?',
			'If it did, this key is done. If there is another key, pick it up now: the next one must start within 30 seconds.',
			'confirm',
			{ yes: 'Yes, it locked and unlocked', no: 'No, nothing happened' }
		)
	];
}

function finishSteps(w: RemoteInitWording): Step[] {
	const end: Step =
		w.finish === 'position-1'
			? {
					kind: 'action',
					id: 'end-session',
					title: 'Turn a key to position 1 to finish',
					detail: 'This ends programming. You can switch off again afterwards.',
					confidence: 'C',
					sources: src(
						'axleaddict-mini-remote',
						'minimania-reprogram-r5x',
						'motoringalliance-key-fob'
					)
				}
			: w.finish === 'open-door'
				? {
						kind: 'action',
						id: 'end-session',
						title: 'Open a door to finish',
						detail: 'Some owners end programming by opening a door instead of using the ignition.',
						confidence: 'U',
						sources: src('minimania-reprogram-r5x', 'nam-what-have-i-done')
					}
				: {
						kind: 'action',
						id: 'end-session',
						title: 'Switch the ignition on and off to finish',
						detail:
							'Sources differ on how the session ends: switching the ignition on and off again, or opening a door. Both end it.',
						confidence: 'U',
						sources: src(
							'mini2-remote-key-not-working',
							'precisionecu-bmw-remote-init',
							'minimania-reprogram-r5x'
						)
					};
	return [
		end,
		{
			kind: 'instruction',
			id: 'test-keys',
			title: 'Try every key from outside the car',
			detail:
				'Switch off and take the key out (the car ignores its remotes while a key is in the ignition), get out, close the door and lock and unlock with each key in turn. If one does not work, the whole session can be repeated.',
			sources: src('minimania-reprogram-r5x', 'axleaddict-mini-remote', 'bmw-e53-owners-manual')
		}
	];
}

/** setup / perKey / finish of the remote initialisation, worded for one car family. */
export function remoteInitSteps(w: RemoteInitWording): {
	setup: readonly Step[];
	perKey: readonly Step[];
	finish: readonly Step[];
} {
	return { setup: setupSteps(w), perKey: perKeySteps(w), finish: finishSteps(w) };
}
