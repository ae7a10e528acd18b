import type { Elm327 } from '../elm327/types';
import type { GuideState, IgnitionReading } from '../resync/engine-types';
import type { Procedure } from '../resync/types';
// The short looks, not the scan's index: that would bring the whole scan with the guide.
import {
	engineRunningOf,
	PROBE_LIMIT_MS,
	probeIgnition as realProbeIgnition,
	readBatteryVolts as realReadBattery,
	type IgnitionProbe,
	type ProbeOptions
} from '../scan/short-looks';
import type { VehicleReport } from '../scan/types';
import type { Clock } from '../simulator/clock';

/** How the guide names itself while it holds the adapter ("… is using it"). */
export const GUIDE_OWNER = 'the resync guide';

/** Default pause between looks at the ignition. */
export const POLL_MS = 1_000;
/** Looks at the battery while someone else holds the adapter, before going on without a reading. */
const BATTERY_TRIES = 3;

/** The looks at the car (the scan layer's by default; tests may hand in fakes), and their pace. */
export interface LiveChecks {
	readonly probeIgnition?: (elm: Elm327, options: ProbeOptions) => Promise<IgnitionProbe>;
	readonly readBattery?: (elm: Elm327, options: ProbeOptions) => Promise<number | null | 'busy'>;
	/** Pause between two looks at the ignition (ms). */
	readonly pollMs?: number;
}

export interface LiveWatchDeps extends LiveChecks {
	readonly clock: Clock;
	/** The session's adapter when one is connected (the guide works without). */
	readonly elm: () => Elm327 | null;
}

/** What the guide sees of the car while a session runs, for the "we can see…" hint. */
export interface LiveView {
	/** 'watching': an adapter answers the checks; 'busy': someone else holds it; 'none': no adapter. */
	readonly status: 'none' | 'watching' | 'busy';
	readonly ignition: IgnitionReading;
}

/** What the car showed, for the session (the run adds the time). */
export type LiveReading =
	| { readonly type: 'observe'; readonly ignition: IgnitionReading }
	| {
			readonly type: 'battery';
			readonly volts: number | null;
			readonly engineRunning: boolean | null;
	  };

/** The run the watch looks for: read at every look, so the watch never holds a stale copy. */
export interface WatchedRun {
	/** The session now, or null. */
	session(): GuideState | null;
	/** The procedure of the session, or null. */
	procedure(): Procedure | null;
	/** Hands a reading to the session. */
	send(reading: LiveReading): void;
}

const NOTHING_SEEN: LiveView = { status: 'none', ignition: 'unknown' };

/**
 * The procedure watches the ignition somewhere (a step confirmed by the car,
 * or a check of the ignition), so looking is worth the adapter's time.
 */
export function watchesIgnition(p: Procedure): boolean {
	const steps = [...p.setup, ...p.perKey, ...p.finish];
	return steps.some(
		(s) => s.observe?.signal === 'ignition' || (s.kind === 'check' && s.check !== 'battery')
	);
}

/**
 * The guide's live checks through the adapter, one request at a time: a fresh
 * battery reading when a session starts with an adapter, then a look at the
 * ignition every `pollMs` while a step runs and the procedure watches it. Each
 * look holds the adapter's lease for its one request (the scan layer's
 * probes). Busy (a scan holds the adapter), silent or gone never blocks a
 * step: the owner can always confirm by hand.
 */
export class LiveWatch {
	#deps: LiveWatchDeps;
	#run: WatchedRun;
	#live = $state.raw<LiveView>(NOTHING_SEEN);
	/** Bumped to stop a running poll loop. */
	#generation = 0;
	#polling = false;
	/** A fresh battery reading is wanted (at the start of a session with an adapter). */
	#wantBattery: { report: VehicleReport | null; tries: number } | null = null;
	#abort = new AbortController();

	constructor(deps: LiveWatchDeps, run: WatchedRun) {
		this.#deps = deps;
		this.#run = run;
	}

	get view(): LiveView {
		return this.#live;
	}

	/** An adapter is connected and open. */
	get connected(): boolean {
		return this.#usableElm() !== null;
	}

	/**
	 * A new session: ends the looks of the last one and, with an adapter,
	 * wants a fresh battery reading first (the report's is the fallback).
	 */
	restart(report: VehicleReport | null): void {
		this.stop();
		this.#abort.abort();
		this.#abort = new AbortController();
		this.#wantBattery = this.connected ? { report, tries: 0 } : null;
	}

	/** Starts or stops looking as the session and the adapter now want (after every transition). */
	sync(): void {
		const wanted = this.#wanted();
		if (wanted && !this.#polling) void this.#poll(++this.#generation);
		else if (!wanted) this.stop();
	}

	/** Stops looking (a later `sync` may start again). */
	stop(): void {
		this.#generation++;
		this.#polling = false;
		this.#live = NOTHING_SEEN;
	}

	/** Stops looking for good, a look under way included. */
	dispose(): void {
		this.stop();
		this.#abort.abort();
	}

	#usableElm(): Elm327 | null {
		const elm = this.#deps.elm();
		return elm && !elm.closed ? elm : null;
	}

	/** Whether the looks have something to do now. */
	#wanted(): boolean {
		const procedure = this.#run.procedure();
		return (
			this.#run.session()?.mode.kind === 'step' &&
			!!this.#usableElm() &&
			(this.#wantBattery !== null || (!!procedure && watchesIgnition(procedure)))
		);
	}

	async #poll(generation: number): Promise<void> {
		this.#polling = true;
		const probe = this.#deps.probeIgnition ?? realProbeIgnition;
		const readBattery = this.#deps.readBattery ?? realReadBattery;
		const pause = this.#deps.pollMs ?? POLL_MS;
		const signal = this.#abort.signal;
		const look = { owner: GUIDE_OWNER, signal };
		const current = () => generation === this.#generation && !signal.aborted;
		try {
			while (current() && this.#wanted()) {
				const elm = this.#usableElm()!;
				const battery = this.#wantBattery;
				if (battery) {
					const volts = await this.#withDeadline((deadline) =>
						readBattery(elm, { ...look, deadline })
					);
					if (!current()) break;
					if (volts === 'busy' && ++battery.tries < BATTERY_TRIES) {
						this.#live = { ...this.#live, status: 'busy' };
						await this.#sleep(pause);
						continue;
					}
					this.#wantBattery = null;
					// No fresh reading: the last report's, else none (the step then asks the owner).
					const report = battery.report;
					this.#run.send({
						type: 'battery',
						volts: typeof volts === 'number' ? volts : (report?.batteryVolts ?? null),
						engineRunning: engineRunningOf(report)
					});
					continue;
				}
				const seen = await this.#withDeadline((deadline) => probe(elm, { ...look, deadline }));
				if (!current() || seen === 'gone') break;
				if (seen === 'busy') this.#live = { ...this.#live, status: 'busy' };
				else {
					this.#live = { status: 'watching', ignition: seen };
					if (seen !== 'unknown' && seen !== this.#run.session()?.readings.ignition) {
						this.#run.send({ type: 'observe', ignition: seen });
					}
				}
				await this.#sleep(pause);
			}
		} finally {
			// A newer loop owns the state when the generation moved on.
			if (generation === this.#generation) {
				this.#polling = false;
				this.#live = NOTHING_SEEN;
			}
		}
	}

	/** Runs `job` with a deadline signal that aborts after PROBE_LIMIT_MS on the guide's clock. */
	async #withDeadline<T>(job: (deadline: AbortSignal) => Promise<T>): Promise<T> {
		const deadline = new AbortController();
		const timer = this.#deps.clock.setTimeout(() => deadline.abort(), PROBE_LIMIT_MS);
		try {
			return await job(deadline.signal);
		} finally {
			this.#deps.clock.clearTimeout(timer);
		}
	}

	#sleep(ms: number): Promise<void> {
		return new Promise((resolve) => this.#deps.clock.setTimeout(resolve, ms));
	}
}
