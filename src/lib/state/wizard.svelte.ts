import type { Elm327 } from '../elm327/types';
import type { Clock } from '../simulator/clock';
import type { Catalogue } from '../resync/catalogue';
import { appCatalogueSource } from '../resync/catalogue-chunks';
import { fixedSource, type CatalogueSupply } from '../resync/catalogue-source';
import { createEngine, type GuideEngine } from '../resync/engine';
import type {
	AttemptRecord,
	Cue,
	GuideEvent,
	GuideState,
	GuideView,
	Readings
} from '../resync/engine-types';
import type { CarQuery, FinderResult } from '../resync/finder';
import { shopPathsAfter } from '../resync/troubleshooting';
import { planSession, type SessionPlan } from '../resync/planner';
import type { GuideSummary, Procedure, ShopPath, SourceDoc } from '../resync/types';
import type { OwnerComplaint } from '../resync/complaint';
import { engineRunningOf } from '../scan/short-looks';
import type { VehicleReport } from '../scan/types';
import type { CueOutputs, WakeLockKeeper } from './cue-outputs';
import type { DeviceStorage } from './device-storage';
import type { CueSettingValues } from './guide-settings.svelte';
import { LiveWatch, type LiveChecks, type LiveView } from './live-watch.svelte';
import { countedButton } from './practice-press';
import { runHelp, type RunHelp } from './run-help';
import { loadGuide, saveGuide, type GuideChoice, type StoredGuide } from './guide-store';
import { FinderState } from './guide-finder.svelte';

export type { LiveView };

/** Every piece of I/O, injected; the live checks' fakes and pace (`LiveChecks`) too. */
export interface WizardDeps extends LiveChecks {
	/** Time for the guide: read it, and set one timer. Injected so tests move time by hand. */
	readonly clock: Clock;
	/** Where the guide's progress is kept (blocked storage: the guide works without memory). */
	readonly storage: DeviceStorage;
	/** The session's adapter when one is connected (the guide works without). */
	readonly elm: () => Elm327 | null;
	/** The last scan report, for the car and the battery reading. */
	readonly report: () => VehicleReport | null;
	/** The owner's cue settings, read at each cue. */
	readonly settings: () => CueSettingValues;
	readonly cues: CueOutputs;
	readonly wakeLock: WakeLockKeeper | null;
	/** Where the catalogue's chunks come from (the app's chunks by default). */
	readonly source?: CatalogueSupply;
	/** A whole catalogue to use instead (tests). */
	readonly catalogue?: Catalogue;
	/** Told the session's summary whenever its result changes (the shop report keeps it). */
	readonly onSummary?: (summary: GuideSummary) => void;
}

/**
 * Where the guide goes when a method ended without every key working: the
 * next way to try (another way of the same procedure, or the next procedure
 * the finder ranked for this car), else the shop path. `why` says, in plain
 * words, why this method ended.
 */
export type MoveOn =
	| {
			readonly kind: 'procedure';
			readonly procedureId: string;
			/** Another way of the same procedure, or null for the procedure itself. */
			readonly variantId: string | null;
			readonly title: string;
			readonly why: string;
	  }
	| {
			readonly kind: 'shop';
			readonly shopPathId: string;
			readonly title: string;
			readonly why: string;
	  };

/**
 * The resync guide as the screens see it: what the owner said about the car
 * and key (with the candidate procedures), and the running session, driven by
 * the pure step engine.
 *
 * It owns the I/O the engine leaves out, all injected: ONE timer set to the
 * engine's next deadline, storage (every transition is saved, and a reload
 * resumes at a safe point), the cues (sound, speech, vibration, a wake lock)
 * and the live checks through the adapter (each look holds the adapter's lease
 * for one request, so a scan and the guide never interleave). No effects
 * inside: the page tells it when the tab comes back (`visibilityChanged`) or
 * the adapter changes (`adapterChanged`).
 */
export class WizardState {
	#deps: WizardDeps;
	/** The finder's job: the car and key, the candidates, the catalogue's chunks. */
	readonly #find: FinderState;
	#session = $state.raw<GuideState | null>(null);
	#now = $state(0);
	#engine: GuideEngine | null = null;
	#timer: unknown = null;
	#cueSeq = 0;
	#lastResult: string | null = null;
	#watch: LiveWatch;
	/** Attempts of the sessions before this one, for the same car (kept until the car changes). */
	#earlier: readonly AttemptRecord[] = [];
	/** False once the owner describes another car: the last session's attempts are then not carried. */
	#sameCar = true;

	#view = $derived.by((): GuideView | null => {
		const s = this.#session;
		return s && this.#engine ? this.#engine.view(s, this.#now) : null;
	});

	#help = $derived.by((): RunHelp | null => {
		const view = this.#view;
		const session = this.#session;
		const catalogue = this.#find.catalogue;
		return view && session && catalogue
			? runHelp(
					view,
					session,
					this.#find.choice.answers,
					catalogue,
					this.#find.choice.complaint ?? null
				)
			: null;
	});

	/**
	 * Settles once saved progress is back (its make's chunk loaded, the session
	 * resumed); rejects when that chunk could not be loaded. The host hands the
	 * guide to pages only then.
	 */
	readonly ready: Promise<void>;

	constructor(deps: WizardDeps) {
		this.#deps = deps;
		this.#find = new FinderState({
			source: deps.source ?? (deps.catalogue ? fixedSource(deps.catalogue) : appCatalogueSource()),
			now: () => deps.clock.now(),
			changed: () => this.#persist()
		});
		this.#now = deps.clock.now();
		this.#watch = new LiveWatch(deps, {
			session: () => this.#session,
			procedure: () => this.#engine?.procedure ?? null,
			send: (reading) => this.#send(reading)
		});
		this.ready = this.#restore();
	}

	// ── Reading ────────────────────────────────────────────────────────────

	get choice(): GuideChoice {
		return this.#find.choice;
	}
	/** Candidates for the car described so far, or null before any (and while its make loads). */
	get finder(): FinderResult | null {
		return this.#find.result;
	}
	/** The model answer when the car's VIN named it (NHTSA vPIC), else null. */
	get modelFromVin(): string | null {
		return this.#find.modelFromVin;
	}
	/** A car is described and its make's part of the catalogue is on its way. */
	get finderLoading(): boolean {
		return this.#find.loading;
	}
	/** The car's part of the catalogue could not be loaded (offline before it was cached). */
	get finderFailed(): boolean {
		return this.#find.failed;
	}
	/** Tries again to load the car's part of the catalogue (after `finderFailed`). */
	retryFinder(): void {
		this.#find.retry();
	}
	/** The engine state of the current or last session. */
	get session(): GuideState | null {
		return this.#session;
	}
	/** What the run screen shows, at the time of the last refresh. */
	get view(): GuideView | null {
		return this.#view;
	}
	/** A session is under way (not finished, not stopped). */
	get running(): boolean {
		return this.#session !== null && this.#session.mode.kind !== 'ended';
	}
	/** The session under way on the owner's car (not practice on the demo car), or null. */
	get carSession(): GuideState | null {
		return this.running && !this.#session?.practice ? this.#session : null;
	}
	/** The procedure of the current or last session. */
	get procedure(): Procedure | null {
		return this.#engine?.procedure ?? null;
	}
	/** The troubleshooting tips and shop paths for the session's screens; null without a session. */
	get help(): RunHelp | null {
		return this.#help;
	}
	/** The session's summary for the result screen and the shop report; null when none ran. */
	get summary(): GuideSummary | null {
		return this.#session && this.#engine ? this.#engine.summarise(this.#session) : null;
	}
	/** Where to go next when the session ended without every key working; null otherwise. */
	get moveOn(): MoveOn | null {
		const s = this.#session;
		const p = this.procedure;
		if (!s || !p || s.mode.kind !== 'ended') return null;
		if (s.keys.every((k) => k.outcome === 'confirmed')) return null;
		return nextMethod(s, p, this.finder, this.catalogue);
	}
	get live(): LiveView {
		return this.#watch.view;
	}
	/** The catalogue loaded so far: the core, and the chunks of the makes and entries met. */
	get catalogue(): Catalogue {
		const catalogue = this.#find.catalogue;
		if (!catalogue) throw new Error('The guide is not ready: wait for `ready`.');
		return catalogue;
	}
	/** Which cues this browser can give (the settings screen greys out the others). */
	get available(): { sound: boolean; speech: boolean; vibration: boolean; keepAwake: boolean } {
		const { sound, speech, vibration } = this.#deps.cues;
		return {
			sound: sound !== null,
			speech: speech !== null,
			vibration: vibration !== null,
			keepAwake: this.#deps.wakeLock !== null
		};
	}
	/** The guide's clock (the page's timers follow it). */
	now(): number {
		return this.#deps.clock.now();
	}

	/** A procedure of the loaded catalogue (main procedures only), or null; see `loadEntry`. */
	procedureById(id: string): Procedure | null {
		const ref = this.#find.catalogue?.procedure(id);
		return ref && ref.variant === null ? ref.procedure : null;
	}
	shopPathById(id: string): ShopPath | null {
		return this.#find.catalogue?.shopPath(id) ?? null;
	}
	/** A source's document (title, address) from the loaded catalogue, for the source notes. */
	sourceOf(id: string): SourceDoc | null {
		return this.#find.catalogue?.source(id) ?? null;
	}

	/**
	 * Loads the part of the catalogue holding a procedure or shop path (a plan
	 * or shop page opened afresh, a practice car's procedure). Rejects when it
	 * could not be loaded; an id no chunk holds resolves (then unknown).
	 */
	async loadEntry(id: string): Promise<void> {
		await this.#find.need({ entries: [id] });
	}

	/** The session plan for `keyCount` keys; throws RangeError for a count the procedure does not allow. */
	plan(procedureId: string, keyCount: number): SessionPlan {
		const p = this.procedureById(procedureId);
		if (!p) throw new RangeError(`No procedure "${procedureId}".`);
		return planSession(p, keyCount);
	}

	// ── Describing the car and key ────────────────────────────────────────

	/**
	 * The car as the owner gave it (scanned, typed VIN, or make/model/year).
	 * Returns null when accepted, else the reason in plain words (nothing changes then).
	 */
	describeCar(car: CarQuery): string | null {
		const problem = this.#find.describeCar(car);
		if (problem !== null) return problem;
		this.#earlier = [];
		this.#sameCar = false;
		return null;
	}

	/** Records an answer to one of the questions that tell procedures apart. */
	answer(questionId: string, optionId: string): void {
		this.#find.answer(questionId, optionId);
	}

	/** Takes back an answer (the owner wants to change it). */
	unanswer(questionId: string): void {
		this.#find.unanswer(questionId);
	}

	/** What fails and what the owner already tried (kept with the answers; a new car starts afresh). */
	setComplaint(complaint: OwnerComplaint): void {
		this.#find.setComplaint(complaint);
	}

	/** The procedure or shop path the owner opened. */
	choose(id: string | null): void {
		this.#find.choose(id);
	}

	/** Starts describing the car afresh (a running session is not touched). */
	resetChoice(): void {
		this.#earlier = [];
		this.#sameCar = false;
		this.#find.reset();
	}

	// ── The session ────────────────────────────────────────────────────────

	/**
	 * Starts a session of `keyCount` keys with a procedure (or one of its other
	 * ways, `variantId`). Returns null when started, else the reason in plain
	 * words. The attempts of earlier sessions for the same car carry over, so
	 * the summary lists every attempt. A `practice` session runs beside the demo
	 * car: its attempts are marked so, a real session never carries them on,
	 * and its summary is not handed to the car's report.
	 */
	start(
		procedureId: string,
		keyCount: number,
		variantId: string | null = null,
		options: { practice?: boolean } = {}
	): string | null {
		const procedure = this.procedureById(procedureId);
		if (!procedure) return 'That procedure is not in this version of FobSync.';
		let plan: SessionPlan;
		try {
			plan = planSession(procedure, keyCount);
		} catch (error) {
			return error instanceof Error ? error.message : 'That number of keys is not possible.';
		}
		const variant = variantId ? procedure.variants?.find((v) => v.id === variantId) : null;
		if (variant === undefined) return 'That way of doing it is not in this version of FobSync.';
		if (variant && variant.maxKeys !== null && keyCount > variant.maxKeys) {
			return `This way takes at most ${variant.maxKeys} keys.`;
		}
		const carried = this.#sameCar ? (this.#session?.attemptLog ?? this.#earlier) : [];
		const practice = options.practice === true;
		const earlier = practice ? carried : carried.filter((a) => !a.practice);
		const engine = createEngine(procedure, this.catalogue);
		const now = this.#deps.clock.now();
		// The battery: a fresh reading when an adapter is connected, else the last report's.
		const report = this.#deps.report();
		const readings: Partial<Readings> =
			!this.#watch.connected && report && report.batteryVolts !== null
				? {
						battery: {
							volts: report.batteryVolts,
							engineRunning: engineRunningOf(report),
							at: now
						}
					}
				: {};
		this.#watch.restart(report);
		this.#engine = engine;
		this.#lastResult = null;
		this.#find.choose(procedureId, keyCount);
		this.#sameCar = true;
		this.#commit(
			engine.start({ keys: plan.keys }, now, { readings, variantId, earlier, practice })
		);
		return null;
	}

	/**
	 * Moves on to the next way to try (see `moveOn`) with the same keys.
	 * Returns null when it started, else the reason in plain words.
	 */
	startNext(): string | null {
		const next = this.moveOn;
		const s = this.#session;
		if (!next || next.kind !== 'procedure' || !s) return 'There is no other way to try here.';
		const p = this.procedureById(next.procedureId);
		const max = (next.variantId ? p?.variants?.find((v) => v.id === next.variantId) : p)?.maxKeys;
		const count = Math.min(s.keys.length, max ?? s.keys.length);
		return this.start(next.procedureId, count, next.variantId, { practice: s.practice === true });
	}

	/** The owner tapped Done (or Next) on the current step. */
	done(): void {
		this.#send({ type: 'done' });
	}
	/** One repetition on a repeat step. */
	tap(): void {
		this.#send({ type: 'tap' });
	}
	/**
	 * A button pressed on the practice car's key ('lock', 'unlock', 'boot'): one
	 * count on a repeat step that counts presses of that button, as a tap of
	 * "Count one" would. Presses on other steps are the car's business only.
	 */
	notePracticePress(button: string): void {
		const step = this.view?.step;
		if (this.#session?.mode.kind !== 'step' || step?.kind !== 'repeat' || !step.repeat) return;
		if (countedButton(step.repeat.unit) === button) this.tap();
	}

	/** An answer to a question step, by index. */
	answerStep(index: number): void {
		this.#send({ type: 'answer', index });
	}
	/** After a missed window: start again from its restart step. */
	restart(): void {
		this.#send({ type: 'restart' });
	}
	retry(): void {
		this.#send({ type: 'retry' });
	}
	tryVariant(): void {
		this.#send({ type: 'try-variant' });
	}
	skipKey(): void {
		this.#send({ type: 'skip-key' });
	}
	troubleshoot(): void {
		this.#send({ type: 'troubleshoot' });
	}
	back(): void {
		this.#send({ type: 'back' });
	}
	/** Battery gate: go on although the battery reads low. */
	continueAnyway(): void {
		this.#send({ type: 'continue-anyway' });
	}
	stop(): void {
		this.#send({ type: 'stop' });
	}

	/** Forgets the session (after its result was seen); the car and answers stay. */
	forgetSession(): void {
		this.#watch.stop();
		this.#clearTimer();
		this.#deps.wakeLock?.release();
		this.#earlier = this.#session?.attemptLog ?? this.#earlier;
		this.#session = null;
		this.#engine = null;
		this.#persist();
	}

	/** Brings the view's clock up to now (the run screen calls it a few times a second). */
	refresh(): void {
		this.#now = this.#deps.clock.now();
	}

	/**
	 * The tab was hidden or came back. Timers may not have fired while hidden,
	 * so coming back ticks the engine at once (it works out what expired from
	 * the timestamps) and takes the wake lock again (the browser dropped it).
	 */
	visibilityChanged(visible: boolean): void {
		if (!visible) return;
		const s = this.#session;
		if (s && this.#engine && s.mode.kind !== 'ended') {
			this.#commit(this.#engine.tick(s, this.#deps.clock.now()));
		} else {
			this.refresh();
		}
	}

	/** The adapter was connected or went away: start or stop the live checks. */
	adapterChanged(): void {
		this.#watch.sync();
	}

	/** Cue settings changed (e.g. keep the screen awake switched off). */
	settingsChanged(): void {
		this.#syncWakeLock();
	}

	/** Stops the timer, the live checks and the wake lock (the app is going away). */
	dispose(): void {
		this.#watch.dispose();
		this.#clearTimer();
		this.#deps.wakeLock?.release();
	}

	// ── Inside ─────────────────────────────────────────────────────────────

	#send(event: DistributiveOmit<GuideEvent, 'now'>): void {
		const s = this.#session;
		if (!s || !this.#engine || s.mode.kind === 'ended') return;
		this.#commit(this.#engine.dispatch(s, { ...event, now: this.#deps.clock.now() } as GuideEvent));
	}

	/** Every transition: keep it, save it, cue it, set the one timer, adjust live checks and wake lock. */
	#commit(next: GuideState): void {
		this.#session = next;
		this.#now = this.#deps.clock.now();
		this.#playCue(next.cue);
		this.#persist();
		this.#schedule();
		this.#watch.sync();
		this.#syncWakeLock();
		this.#reportSummary();
	}

	#persist(): void {
		saveGuide(this.#deps.storage, {
			choice: this.#find.choice,
			session: this.#session,
			cueSeq: this.#cueSeq
		});
	}

	/**
	 * Saved progress: the choice at once, then the part of the catalogue it and
	 * its session need (one make's chunk; at once when already loaded), then the
	 * session resumes.
	 */
	#restore(): Promise<void> {
		const stored = loadGuide(this.#deps.storage);
		if (stored) {
			this.#find.restore(stored.choice);
			this.#cueSeq = stored.cueSeq;
		}
		const need = this.#find.choiceNeed([stored?.session?.procedureId ?? null]);
		const loading = this.#find.need(need);
		const resume = () => {
			if (stored?.session) this.#resume(stored.session);
		};
		if (this.#find.holds(need)) {
			resume();
			return Promise.resolve();
		}
		return loading.then(resume);
	}

	#resume(s: NonNullable<StoredGuide['session']>): void {
		const procedure = this.procedureById(s.procedureId);
		if (!procedure) {
			// Progress for a procedure this version no longer has: keep the choice, drop the run.
			this.#persist();
			return;
		}
		const engine = createEngine(procedure, this.catalogue);
		let resumed: GuideState;
		try {
			resumed = s.mode.kind === 'ended' ? s : engine.resumeAfterReload(s, this.#deps.clock.now());
		} catch {
			this.#persist();
			return;
		}
		this.#engine = engine;
		this.#lastResult = engine.summarise(resumed).result;
		this.#commit(resumed);
	}

	#playCue(cue: Cue | null): void {
		if (!cue || cue.seq <= this.#cueSeq) return;
		this.#cueSeq = cue.seq;
		const on = this.#deps.settings();
		const { sound, speech, vibration } = this.#deps.cues;
		if (on.sound) sound?.(cue.kind);
		if (on.vibration) vibration?.(cue.kind);
		if (on.speech) speech?.(cue.say);
	}

	#schedule(): void {
		this.#clearTimer();
		const s = this.#session;
		const engine = this.#engine;
		if (!s || !engine) return;
		const at = engine.nextDeadline(s);
		if (at === null) return;
		const wait = Math.max(0, at - this.#deps.clock.now());
		this.#timer = this.#deps.clock.setTimeout(() => {
			this.#timer = null;
			const current = this.#session;
			if (current && this.#engine) this.#commit(this.#engine.tick(current, this.#deps.clock.now()));
		}, wait);
	}

	#clearTimer(): void {
		if (this.#timer !== null) this.#deps.clock.clearTimeout(this.#timer);
		this.#timer = null;
	}

	#syncWakeLock(): void {
		const keeper = this.#deps.wakeLock;
		if (!keeper) return;
		if (this.running && this.#deps.settings().keepAwake) keeper.keep();
		else keeper.release();
	}

	#reportSummary(): void {
		const summary = this.summary;
		// A practice run on the demo car is not the owner's car's: its report never gets it.
		if (!summary || summary.practice || summary.result === this.#lastResult) return;
		this.#lastResult = summary.result;
		this.#deps.onSummary?.(summary);
	}
}

/** Why a session ended without every key working, in plain words. */
function whyEnded(s: GuideState): string {
	if (s.mode.kind === 'ended' && s.mode.gaveUp) return s.mode.gaveUp;
	const failed = s.keys.filter((k) => k.outcome === 'failed').map((k) => k.label);
	if (failed.length === 1) return `${failed[0]} does not work yet.`;
	if (failed.length > 1) return `${failed.join(' and ')} do not work yet.`;
	return 'You stopped the session before every key was done.';
}

/**
 * The next way to try after `s`: another way of the same procedure not tried
 * yet; else the next procedure the finder ranked for this car (every question
 * answered) not tried yet; else the procedure's shop path (or the catch-all).
 */
function nextMethod(
	s: GuideState,
	p: Procedure,
	finder: FinderResult | null,
	catalogue: Catalogue
): MoveOn {
	const why = whyEnded(s);
	if (s.mode.kind === 'ended' && s.mode.shopPathId) {
		const shop = catalogue.shopPath(s.mode.shopPathId);
		if (shop) return { kind: 'shop', shopPathId: shop.id, title: shop.title, why };
	}
	const tried = new Set([s.variantId ?? s.procedureId, ...s.attemptLog.map((a) => a.procedureId)]);
	const mainOf = (id: string) => catalogue.procedure(id)?.procedure.id ?? id;
	const triedMain = new Set([...tried].map(mainOf));
	const variant = (p.variants ?? []).find((v) => !tried.has(v.id));
	if (variant) {
		return {
			kind: 'procedure',
			procedureId: p.id,
			variantId: variant.id,
			title: variant.title,
			why
		};
	}
	const next = finder?.ok
		? finder.candidates.find(
				(c) => c.kind === 'procedure' && c.pending.length === 0 && !triedMain.has(c.id)
			)
		: undefined;
	if (next)
		return { kind: 'procedure', procedureId: next.id, variantId: null, title: next.title, why };
	const shop = shopPathsAfter(p.id, catalogue)[0]!;
	return { kind: 'shop', shopPathId: shop.id, title: shop.title, why };
}

/** Omit that keeps a union a union. */
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
