import { describe, expect, it } from 'vitest';
import {
	createCueOutputs,
	createSoundPlayer,
	createSpeechPlayer,
	createVibrationPlayer,
	createWakeLockKeeper,
	TONES,
	type CueEnv
} from './cue-outputs';

/** A Web Audio stand-in that records the oscillators started. */
function fakeAudio() {
	const started: { hz: number; at: number }[] = [];
	let resumed = 0;
	class FakeContext {
		state = 'suspended';
		currentTime = 10;
		destination = {};
		resume() {
			resumed++;
			this.state = 'running';
			return Promise.resolve();
		}
		createOscillator() {
			let hz = 0;
			return {
				type: '',
				frequency: { setValueAtTime: (v: number) => (hz = v) },
				connect: (n: unknown) => n,
				start: (at: number) => started.push({ hz, at }),
				stop: () => undefined
			};
		}
		createGain() {
			const node = {
				gain: { setValueAtTime: () => undefined, exponentialRampToValueAtTime: () => undefined },
				connect: (n: unknown) => n
			};
			return node;
		}
	}
	return {
		env: { AudioContext: FakeContext as unknown as new () => AudioContext } satisfies CueEnv,
		started,
		resumed: () => resumed
	};
}

describe('cue outputs', () => {
	it('are null where the browser lacks the API', () => {
		expect(createCueOutputs({})).toEqual({ sound: null, speech: null, vibration: null });
		expect(createWakeLockKeeper({ navigator: {} })).toBeNull();
	});

	it('play each phase as its own generated tones, one after another', () => {
		const audio = fakeAudio();
		const play = createSoundPlayer(audio.env)!;
		play('key-done');
		expect(audio.resumed()).toBe(1);
		expect(audio.started.map((s) => s.hz)).toEqual(TONES['key-done'].map((t) => t.hz));
		const times = audio.started.map((s) => s.at);
		expect(times).toEqual([...times].sort((a, b) => a - b));
		expect(new Set(times).size).toBe(times.length);
		play('missed');
		expect(audio.started.slice(3).map((s) => s.hz)).toEqual([440, 330]);
	});

	it('speak a prompt, cutting the previous one short', () => {
		const log: string[] = [];
		class Utterance {
			lang = '';
			constructor(readonly text: string) {}
		}
		const speak = createSpeechPlayer({
			speechSynthesis: {
				cancel: () => log.push('cancel'),
				speak: (u: Utterance) => log.push(`say ${u.text} (${u.lang})`)
			} as unknown as SpeechSynthesis,
			SpeechSynthesisUtterance: Utterance as unknown as typeof SpeechSynthesisUtterance,
			document: { documentElement: { lang: 'en-GB' } }
		})!;
		speak('Turn the key to position 1');
		speak('');
		expect(log).toEqual(['cancel', 'say Turn the key to position 1 (en-GB)']);
	});

	it('vibrate with a pattern per phase', () => {
		const patterns: number[][] = [];
		const vibrate = createVibrationPlayer({
			navigator: { vibrate: (p: number[]) => (patterns.push(p), true) }
		})!;
		vibrate('step');
		vibrate('missed');
		expect(patterns).toEqual([[80], [300, 100, 300]]);
	});

	it('keep the screen awake, let go, and take the lock again after the browser dropped it', async () => {
		const sentinels: { released: boolean; onRelease?: () => void; release(): Promise<void> }[] = [];
		const keeper = createWakeLockKeeper({
			navigator: {
				wakeLock: {
					request: async () => {
						const s = {
							released: false,
							onRelease: undefined as undefined | (() => void),
							addEventListener(_: string, l: () => void) {
								s.onRelease = l;
							},
							async release() {
								s.released = true;
								s.onRelease?.();
							}
						};
						sentinels.push(s);
						return s as unknown as WakeLockSentinel;
					}
				}
			}
		})!;
		keeper.keep();
		keeper.keep(); // one request at a time
		await Promise.resolve();
		await Promise.resolve();
		expect(sentinels).toHaveLength(1);
		// The page was hidden: the browser released the lock; back on screen, keep() asks again.
		await sentinels[0]!.release();
		keeper.keep();
		await Promise.resolve();
		await Promise.resolve();
		expect(sentinels).toHaveLength(2);
		keeper.release();
		expect(sentinels[1]!.released).toBe(true);
	});
});
