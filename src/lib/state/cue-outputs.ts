/**
 * The guide's cues in the browser: generated tones (Web Audio), spoken
 * prompts (speechSynthesis), vibration (Vibration API) and the screen kept
 * awake (Screen Wake Lock). Each is feature-detected: a browser without it gets
 * null and the guide goes on without that cue. Nothing here decides when a cue
 * plays; WizardState does, per transition and per the owner's settings.
 */

/** The moments the guide marks (the step engine's cue kinds). */
export type CueKind =
	| 'step'
	| 'window-start'
	| 'last-seconds'
	| 'missed'
	| 'key-done'
	| 'key-failed'
	| 'battery-low'
	| 'finished'
	| 'stopped';

/** Players for each cue; null where this browser cannot. */
export interface CueOutputs {
	readonly sound: ((kind: CueKind) => void) | null;
	readonly speech: ((text: string) => void) | null;
	readonly vibration: ((kind: CueKind) => void) | null;
}

/** Keeps the screen on while wanted, taking the lock again when the page comes back. */
export interface WakeLockKeeper {
	/** Ask for the screen to stay on (again, after the page was hidden). */
	keep(): void;
	/** Let the screen sleep as usual. */
	release(): void;
}

/** One tone: pitch in Hz and length in ms. */
interface Tone {
	readonly hz: number;
	readonly ms: number;
}

/**
 * A short, distinct figure per moment: rising for "go", falling for "missed",
 * a chord-like climb for a confirmed key. Generated, not recorded.
 */
export const TONES: Readonly<Record<CueKind, readonly Tone[]>> = {
	step: [{ hz: 660, ms: 120 }],
	'window-start': [
		{ hz: 660, ms: 110 },
		{ hz: 880, ms: 160 }
	],
	'last-seconds': [
		{ hz: 990, ms: 70 },
		{ hz: 990, ms: 70 },
		{ hz: 990, ms: 70 }
	],
	missed: [
		{ hz: 440, ms: 220 },
		{ hz: 330, ms: 360 }
	],
	'key-done': [
		{ hz: 523, ms: 110 },
		{ hz: 659, ms: 110 },
		{ hz: 784, ms: 200 }
	],
	'key-failed': [
		{ hz: 349, ms: 180 },
		{ hz: 349, ms: 260 }
	],
	'battery-low': [
		{ hz: 392, ms: 200 },
		{ hz: 392, ms: 200 }
	],
	finished: [
		{ hz: 523, ms: 110 },
		{ hz: 659, ms: 110 },
		{ hz: 784, ms: 110 },
		{ hz: 1047, ms: 260 }
	],
	stopped: [{ hz: 392, ms: 200 }]
};

/** Vibration patterns (on/off ms), the same rhythm as the tones. */
export const VIBRATIONS: Readonly<Record<CueKind, readonly number[]>> = {
	step: [80],
	'window-start': [80, 60, 160],
	'last-seconds': [60, 60, 60, 60, 60],
	missed: [300, 100, 300],
	'key-done': [60, 40, 60, 40, 200],
	'key-failed': [200, 100, 200],
	'battery-low': [200, 100, 200],
	finished: [60, 40, 60, 40, 60, 40, 300],
	stopped: [150]
};

const GAP_MS = 40;

type AudioContextCtor = new () => AudioContext;

/** What the players read from the page; `globalThis` in the app, fakes in tests. */
export interface CueEnv {
	readonly AudioContext?: AudioContextCtor;
	readonly webkitAudioContext?: AudioContextCtor;
	readonly speechSynthesis?: SpeechSynthesis;
	readonly SpeechSynthesisUtterance?: typeof SpeechSynthesisUtterance;
	readonly navigator?: {
		readonly vibrate?: (pattern: number[]) => boolean;
		readonly wakeLock?: { request(type: 'screen'): Promise<WakeLockSentinel> };
	};
	readonly document?: { readonly documentElement?: { readonly lang?: string } };
}

/** Tones through Web Audio; null without it. The context starts on first use (after a tap). */
export function createSoundPlayer(env: CueEnv): ((kind: CueKind) => void) | null {
	const Ctor = env.AudioContext ?? env.webkitAudioContext;
	if (typeof Ctor !== 'function') return null;
	let context: AudioContext | null = null;
	return (kind) => {
		try {
			context ??= new Ctor();
			if (context.state === 'suspended') void context.resume().catch(() => undefined);
			let t = context.currentTime + 0.02;
			for (const tone of TONES[kind]) {
				const osc = context.createOscillator();
				const gain = context.createGain();
				osc.type = 'sine';
				osc.frequency.setValueAtTime(tone.hz, t);
				const end = t + tone.ms / 1000;
				// A soft attack and release, so the tone does not click.
				gain.gain.setValueAtTime(0.0001, t);
				gain.gain.exponentialRampToValueAtTime(0.25, t + 0.01);
				gain.gain.exponentialRampToValueAtTime(0.0001, end);
				osc.connect(gain).connect(context.destination);
				osc.start(t);
				osc.stop(end + 0.02);
				t = end + GAP_MS / 1000;
			}
		} catch {
			// Audio refused (no output device, policy): the guide goes on silently.
		}
	};
}

/** Spoken prompts; null without speechSynthesis. A new prompt cuts the previous one short. */
export function createSpeechPlayer(env: CueEnv): ((text: string) => void) | null {
	const synth = env.speechSynthesis;
	const Utterance = env.SpeechSynthesisUtterance;
	if (!synth || typeof Utterance !== 'function') return null;
	return (text) => {
		if (!text) return;
		try {
			synth.cancel();
			const u = new Utterance(text);
			u.lang = env.document?.documentElement?.lang || 'en';
			synth.speak(u);
		} catch {
			// Speech refused: the words stay on screen.
		}
	};
}

/** Vibration; null where the browser has none (desktops, iOS). */
export function createVibrationPlayer(env: CueEnv): ((kind: CueKind) => void) | null {
	const nav = env.navigator;
	if (!nav || typeof nav.vibrate !== 'function') return null;
	return (kind) => {
		try {
			nav.vibrate!.call(nav, [...VIBRATIONS[kind]]);
		} catch {
			// Refused (no user gesture yet): nothing to do.
		}
	};
}

/** The cue players this browser offers. */
export function createCueOutputs(env: CueEnv): CueOutputs {
	return {
		sound: createSoundPlayer(env),
		speech: createSpeechPlayer(env),
		vibration: createVibrationPlayer(env)
	};
}

/**
 * Screen Wake Lock; null without it. The browser drops the lock whenever the
 * page is hidden, so `keep()` is called again when it comes back.
 */
export function createWakeLockKeeper(env: CueEnv): WakeLockKeeper | null {
	const api = env.navigator?.wakeLock;
	if (!api || typeof api.request !== 'function') return null;
	let sentinel: WakeLockSentinel | null = null;
	let wanted = false;
	let pending = false;
	return {
		keep() {
			wanted = true;
			if (sentinel || pending) return;
			pending = true;
			api
				.request('screen')
				.then((s) => {
					pending = false;
					if (!wanted) return void s.release().catch(() => undefined);
					sentinel = s;
					s.addEventListener('release', () => {
						if (sentinel === s) sentinel = null;
					});
				})
				.catch(() => {
					// Refused (page hidden, battery saver): tried again on the next keep().
					pending = false;
				});
		},
		release() {
			wanted = false;
			const s = sentinel;
			sentinel = null;
			void s?.release().catch(() => undefined);
		}
	};
}
