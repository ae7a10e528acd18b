import { describe, expect, it } from 'vitest';
import type { Elm327 } from '../elm327/types';
import { leasedFake } from '../elm327/fake-leased';
import { FakeClock } from '../simulator/body-module/fake-clock';
import { AdapterError } from '../transport/adapter-error';
import type { VehicleReport } from '../scan/types';
import type { CueKind, CueOutputs, WakeLockKeeper } from './cue-outputs';
import { STORED_KEYS } from './device-storage';
import { defaultSettings, type CueSettingValues } from './guide-settings.svelte';
import { GUIDE_OWNER } from './live-watch.svelte';
import { memoryStorage } from './test/memory-storage';
import { BUTTONS_QUESTION, SMALL_CATALOGUE, TIMED, TIPS, WATCHED } from './test/small-catalogue';
import { WizardState, type WizardDeps } from './wizard.svelte';

/**
 * The wizard on a fake clock, with fake storage, cues and adapter, over a
 * small made-up catalogue (test/small-catalogue.ts): TIMED has a Go step that
 * opens 5 s, a 30 s standby and a counted repeat; WATCHED has steps the car
 * confirms through the adapter.
 */

const S = 1000;
const THREE_BUTTON = TIMED.id;
const TWO_BUTTON = WATCHED.id;
/** A VIN whose maker code the decoder reads as the make the small catalogue's procedures are for. */
const VIN = 'WMWRE33455TD12345';

interface Rig {
	clock: FakeClock;
	storage: ReturnType<typeof memoryStorage>;
	played: string[];
	settings: { values: CueSettingValues };
	wake: string[];
	summaries: string[];
	elm: Elm327 | null;
	make(extra?: Partial<WizardDeps>): WizardState;
}

function rig(): Rig {
	const r: Rig = {
		clock: new FakeClock(Date.UTC(2025, 4, 10, 9, 0, 0)),
		storage: memoryStorage(),
		played: [],
		settings: { values: { ...defaultSettings(false), speech: true, vibration: true } },
		wake: [],
		summaries: [],
		elm: null,
		make(extra = {}) {
			const cues: CueOutputs = {
				sound: (k: CueKind) => r.played.push(`sound ${k}`),
				speech: (t: string) => r.played.push(`say ${t}`),
				vibration: (k: CueKind) => r.played.push(`vibrate ${k}`)
			};
			const wakeLock: WakeLockKeeper = {
				keep: () => r.wake.push('keep'),
				release: () => r.wake.push('release')
			};
			return new WizardState({
				clock: r.clock,
				storage: r.storage,
				elm: () => r.elm,
				report: () => null,
				settings: () => r.settings.values,
				cues,
				wakeLock,
				catalogue: SMALL_CATALOGUE,
				onSummary: (s) => r.summaries.push(s.result),
				...extra
			});
		}
	};
	return r;
}

/** Lets pending promises (the live checks) run. */
async function settle(): Promise<void> {
	for (let i = 0; i < 20; i++) await Promise.resolve();
}

/** TIMED: battery (no reading: confirmed by hand), get in, then Go: the 5 s run. */
function toGo(w: WizardState, clock: FakeClock, keys = 2) {
	expect(w.start(THREE_BUTTON, keys)).toBeNull();
	expect(w.view?.step?.id).toBe('battery');
	w.done();
	w.done();
	expect(w.view?.step?.id).toBe('go');
	expect(w.view?.step?.doneLabel).toBe('Go');
	clock.advance(1 * S);
	w.done(); // Go
	expect(w.view?.step?.id).toBe('off');
}

/** One key of TIMED, from "hold UNLOCK" to the car's answer (0: it confirmed, 1: it did not). */
function oneKey(w: WizardState, clock: FakeClock, answer = 0) {
	expect(w.view?.step?.id).toBe('hold');
	clock.advance(2 * S);
	w.done();
	for (let i = 0; i < 3; i++) {
		clock.advance(1 * S);
		w.tap();
	}
	w.done(); // release
	w.answerStep(answer);
}

describe('WizardState: choosing', () => {
	it('finds the procedure from a typed VIN and the key question, and keeps the choice on the device', () => {
		const r = rig();
		const w = r.make();
		expect(w.describeCar({ by: 'vin', vin: 'WMWRE33455TD1234' })).toMatch(/.+/); // too short: refused
		expect(w.choice.car).toBeNull();
		expect(w.describeCar({ by: 'vin', vin: VIN })).toBeNull();
		const first = w.finder;
		expect(first?.ok && first.candidates.map((c) => c.id)).toEqual(
			expect.arrayContaining([THREE_BUTTON, TWO_BUTTON])
		);
		expect(first?.ok && first.nextQuestion?.id).toBe(BUTTONS_QUESTION);
		w.answer(BUTTONS_QUESTION, '3');
		const found = w.finder;
		expect(found?.ok && found.candidates[0]?.id).toBe(THREE_BUTTON);
		expect(found?.ok && found.candidates.some((c) => c.id === TWO_BUTTON)).toBe(false);
		const again = r.make();
		expect(again.choice.answers).toEqual({ [BUTTONS_QUESTION]: '3' });
		expect(again.choice.car).toEqual({ by: 'vin', vin: VIN });
	});
});

describe('WizardState: a session', () => {
	it('runs two keys to "2 of 2 keys synchronised", cueing every transition', () => {
		const r = rig();
		const w = r.make();
		toGo(w, r.clock);
		r.clock.advance(1 * S);
		w.done(); // position 1, off and key out
		oneKey(w, r.clock);
		expect(w.view?.key).toMatchObject({ position: 2, count: 2 });
		oneKey(w, r.clock);
		w.done(); // the finish step ends the session
		w.answerStep(0); // Key 1 locks and unlocks from outside
		w.answerStep(0); // Key 2 too
		expect(w.view?.status).toBe('finished');
		expect(w.summary?.result).toBe('2 of 2 keys synchronised');
		expect(r.summaries.at(-1)).toBe('2 of 2 keys synchronised');
		expect(r.played).toContain('sound key-done');
		expect(r.played).toContain('vibrate finished');
		expect(r.played).toContain('say Tap Go, then turn the key on and off.');
		expect(r.played).toContain('say Off, key out.');
		// The screen was kept awake while it ran, and let go at the end.
		expect(r.wake[0]).toBe('keep');
		expect(r.wake.at(-1)).toBe('release');
	});

	it('settings silence the cues they switch off', () => {
		const r = rig();
		r.settings.values = { sound: false, speech: false, vibration: false, keepAwake: false };
		const w = r.make();
		toGo(w, r.clock);
		expect(r.played).toEqual([]);
		expect(r.wake).not.toContain('keep');
		r.settings.values = { ...r.settings.values, sound: true };
		w.done();
		expect(r.played).toEqual(['sound window-start']);
	});

	it('one timer at the engine’s next deadline: a missed window is found without any tap', () => {
		const r = rig();
		const w = r.make();
		toGo(w, r.clock);
		expect(r.clock.pending).toBe(1);
		r.clock.advance(2 * S);
		expect(r.played.at(-3)).toBe('sound last-seconds');
		r.clock.advance(4 * S);
		expect(w.view?.status).toBe('missed');
		expect(w.view?.missed?.text).toBe('More than 5 seconds passed between on and off.');
		expect(r.played).toContain('sound missed');
		w.restart();
		expect(w.view?.step?.id).toBe('go');
		expect(w.session?.attempt).toBe(2);
	});

	it('a tab back from the background re-ticks at once (its timer was held back)', () => {
		const r = rig();
		const w = r.make();
		toGo(w, r.clock);
		r.clock.jump(40 * S); // hidden: no timer fired
		expect(w.session?.mode.kind).toBe('step');
		w.visibilityChanged(true);
		expect(w.view?.status).toBe('missed');
		expect(r.wake.filter((x) => x === 'keep').length).toBeGreaterThan(1); // taken again
	});
});

describe('WizardState: progress kept on the device', () => {
	it('saves every transition and resumes after a reload where it was', () => {
		const r = rig();
		const w = r.make();
		toGo(w, r.clock);
		w.done();
		r.clock.advance(2 * S);
		w.done();
		w.tap();
		const stored = JSON.parse(r.storage.map.get(STORED_KEYS.guide.name)!);
		expect(stored.session.cursor).toMatchObject({ phase: 'key', key: 0 });
		w.dispose();

		r.clock.advance(1 * S);
		const played = r.played.length;
		const back = r.make();
		expect(back.view?.step?.id).toBe('press');
		expect(back.view?.step?.repeat?.taps).toBe(1);
		expect(back.choice.chosen).toBe(THREE_BUTTON);
		expect(back.choice.keyCount).toBe(2);
		expect(r.played.length).toBe(played); // nothing new to cue: no replay
		back.tap();
		back.tap();
		expect(back.view?.step?.id).toBe('release');
	});

	it('a reload after a window expired lands on the missed screen and restarts its sequence', () => {
		const r = rig();
		const w = r.make();
		toGo(w, r.clock);
		w.done(); // off and key out: the 30 s standby runs
		w.dispose();
		r.clock.jump(5 * 60 * S); // the tab was closed for five minutes
		const back = r.make();
		expect(back.view?.status).toBe('missed');
		expect(back.view?.missed?.restartAtTitle).toBe('Tap Go, then turn the key on and off');
		back.restart();
		expect(back.view?.step?.id).toBe('go');
		expect(back.summary?.misses).toHaveLength(1);
	});

	it('ignores stored progress it cannot read', () => {
		const r = rig();
		r.storage.map.set(STORED_KEYS.guide.name, '{"choice": 3, "session": {"version": 99}}');
		const w = r.make();
		expect(w.session).toBeNull();
		expect(w.choice.car).toBeNull();
	});
});

/** An adapter whose engine computer answers only while `on` is true, holding a lease log. */
function fakeAdapter(log: string[]) {
	const car = { on: false, volts: '12.6V' };
	const { elm, hold } = leasedFake(log, async (command) => {
		if (command === 'ATRV') return [car.volts];
		if (car.on) return ['41 00 BE 3E B8 11'];
		throw new AdapterError('no-data', 'The car did not answer.');
	});
	return { elm, car, hold };
}

/** The live checks run the scan layer's real probes (the default) over this fake adapter. */
describe('WizardState: live checks through the adapter', () => {
	it('reads the battery fresh, then watches the ignition, taking the adapter per look and giving it back', async () => {
		const r = rig();
		const log: string[] = [];
		const adapter = fakeAdapter(log);
		r.elm = adapter.elm;
		const w = r.make();
		expect(w.start(TWO_BUTTON, 1)).toBeNull();
		await settle();
		expect(log.slice(0, 3)).toEqual([`acquire ${GUIDE_OWNER}`, 'send ATRV', 'release']);
		expect(w.session?.checks[0]).toMatchObject({
			check: 'battery',
			outcome: 'passed',
			volts: 12.6
		});
		expect(w.view?.step?.id).toBe('sit-in');
		w.done();
		expect(w.view?.step?.id).toBe('ign-on');
		await settle();
		expect(w.live).toEqual({ status: 'watching', ignition: 'off' });
		// The owner turns the key to position 2: the engine computer answers, the step confirms itself.
		adapter.car.on = true;
		r.clock.advance(1 * S);
		await settle();
		expect(w.view?.step?.id).toBe('ign-off');
		expect(w.view?.step?.doneLabel).toBe('Go');
		// The owner switches off without tapping Go: the car shows it, and the 10 s start there.
		adapter.car.on = false;
		r.clock.advance(1 * S);
		await settle();
		expect(w.view?.step?.id).toBe('press-buttons');
		expect(w.view?.countdowns[0]).toMatchObject({ windowId: 'press-within-10' });
		// Every look was one acquire, one request, one release.
		const looks = log.filter((l) => l === 'send 0100').length;
		expect(looks).toBeGreaterThanOrEqual(3);
		expect(log.filter((l) => l.startsWith('acquire')).length).toBe(looks + 1);
		expect(log.filter((l) => l === 'release').length).toBe(looks + 1);
		expect((adapter.elm as Elm327 & { holder: string | null }).holder).toBeNull();
	});

	it('never blocks on the adapter: busy while a scan holds it, and the owner can confirm by hand', async () => {
		const r = rig();
		const log: string[] = [];
		const adapter = fakeAdapter(log);
		r.elm = adapter.elm;
		adapter.hold('the vehicle scan');
		const w = r.make();
		w.start(TWO_BUTTON, 1);
		await settle();
		w.done(); // no battery reading (busy): confirmed by hand
		w.done();
		r.clock.advance(1 * S);
		await settle();
		expect(w.live.status).toBe('busy');
		expect(log.filter((l) => l.startsWith('send'))).toEqual([]);
		w.done();
		expect(w.view?.step?.id).toBe('ign-off');
	});

	it('stops looking when the session ends', async () => {
		const r = rig();
		const log: string[] = [];
		r.elm = fakeAdapter(log).elm;
		const w = r.make();
		w.start(TWO_BUTTON, 1);
		await settle();
		w.done();
		w.done();
		await settle();
		w.stop();
		r.clock.advance(5 * S);
		await settle();
		const after = log.length;
		r.clock.advance(5 * S);
		await settle();
		expect(log.length).toBe(after);
		expect(w.live.status).toBe('none');
	});

	it('the battery check reads "engine running" from the report the one way every screen does', async () => {
		// Ignition on with the engine turning: running (the charging voltage is not a resting one).
		const turning = { ignition: 'on', rpm: 850, batteryVolts: 13.9 } as VehicleReport;
		const r = rig();
		const w = r.make({ report: () => turning });
		w.start(THREE_BUTTON, 2);
		expect(w.session?.readings.battery).toMatchObject({ volts: 13.9, engineRunning: true });
		// An adapter that gives no fresh reading, and a report that cannot tell: not known (null),
		// never "off".
		const silent = { ignition: 'unknown', rpm: null, batteryVolts: 12.5 } as VehicleReport;
		const r2 = rig();
		r2.elm = fakeAdapter([]).elm;
		const w2 = r2.make({
			report: () => silent,
			readBattery: async () => null
		});
		w2.start(TWO_BUTTON, 1);
		await settle();
		expect(w2.session?.readings.battery).toMatchObject({ volts: 12.5, engineRunning: null });
		w2.stop();
	});
});

describe('WizardState: the tips and shop paths the run screens show', () => {
	const ids = (w: WizardState) => w.help?.tips.map((t) => t.id);

	it('one key failed: the tips for that moment, this procedure and these answers, the stop tip last', () => {
		const r = rig();
		const w = r.make();
		expect(w.help).toBeNull();
		w.describeCar({ by: 'vin', vin: VIN });
		w.answer(BUTTONS_QUESTION, '3');
		toGo(w, r.clock);
		r.clock.advance(1 * S);
		w.done();
		oneKey(w, r.clock, 1); // the car did not confirm key 1 of 2
		expect(w.view?.status).toBe('key-failed');
		expect(ids(w)).toEqual([TIPS.oneKey.id, TIPS.timedOnly.id, TIPS.threeButtons.id, TIPS.stop.id]);
		expect(w.help?.shopPaths.map((s) => s.id)).toEqual(['test-shop']);
	});

	it('every key failed: the tips for that; another procedure and other answers leave theirs out', () => {
		const r = rig();
		const w = r.make();
		toGo(w, r.clock, 1);
		r.clock.advance(1 * S);
		w.done();
		oneKey(w, r.clock, 1);
		expect(ids(w)).toEqual([TIPS.everyKey.id, TIPS.stop.id]);

		const r2 = rig();
		const w2 = r2.make();
		w2.describeCar({ by: 'vin', vin: VIN });
		w2.answer(BUTTONS_QUESTION, '2');
		expect(w2.start(TWO_BUTTON, 2)).toBeNull();
		for (const step of ['battery', 'sit-in', 'ign-on', 'ign-off', 'press-buttons']) {
			expect(w2.view?.step?.id).toBe(step);
			r2.clock.advance(1 * S);
			w2.done();
		}
		w2.answerStep(1); // key 1 of 2 did not work
		expect(ids(w2)).toEqual([TIPS.oneKey.id, TIPS.stop.id]);
		// No shop path of its own: the catch-all.
		expect(w2.help?.shopPaths.map((s) => s.id)).toEqual(['test-fallback']);
	});
});

describe('WizardState: practice on the demo car stays apart from the car’s own attempts', () => {
	it('practice attempts are marked, never handed to the car’s report, and a real session does not carry them', () => {
		const r = rig();
		const w = r.make();
		w.start(TWO_BUTTON, 1);
		w.stop();
		const reported = r.summaries.length;
		expect(reported).toBeGreaterThan(0);

		expect(w.start(TWO_BUTTON, 1, null, { practice: true })).toBeNull();
		expect(w.session?.practice).toBe(true);
		r.clock.advance(2 * S);
		w.stop();
		// The practice run sees the car's earlier attempt and its own, marked.
		expect(w.session?.attemptLog.map((a) => a.practice ?? false)).toEqual([false, true]);
		expect(w.summary?.practice).toBe(true);
		expect(r.summaries.length).toBe(reported);

		w.start(TWO_BUTTON, 1);
		expect(w.session?.practice).toBeUndefined();
		expect(w.session?.attemptLog.map((a) => a.practice ?? false)).toEqual([false]);
	});
});
