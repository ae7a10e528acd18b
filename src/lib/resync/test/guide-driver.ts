import type { Procedure } from '../types';
import type { GuideEvent, GuideState } from '../engine-types';
import { createEngine, type GuideEngine } from '../engine';
import { keyLabels } from '../planner';
import { CATALOGUE } from './full-catalogue';

/**
 * A small driver for engine tests: a fake clock that only moves when told,
 * and shorthands for the events. No real waiting anywhere.
 */
export class GuideDriver {
	readonly engine: GuideEngine;
	now: number;
	state: GuideState;

	constructor(
		procedure: Procedure,
		keys = 2,
		options: { start?: number; volts?: number | null; variantId?: string } = {}
	) {
		this.engine = createEngine(procedure, CATALOGUE);
		this.now = options.start ?? Date.UTC(2025, 2, 1, 9, 0, 0);
		const battery =
			options.volts === undefined
				? undefined
				: { volts: options.volts, engineRunning: false, at: this.now };
		this.state = this.engine.start(
			{ keys: keyLabels(keys).map((label) => ({ label })) },
			this.now,
			{
				variantId: options.variantId ?? null,
				readings: battery ? { battery } : {}
			}
		);
	}

	/** Moves the fake clock on by `ms` without telling the engine (a background tab). */
	wait(ms: number): this {
		this.now += ms;
		return this;
	}

	send(event: Omit<GuideEvent, 'now'> & { type: GuideEvent['type'] }, afterMs = 0): this {
		this.now += afterMs;
		this.state = this.engine.dispatch(this.state, { ...event, now: this.now } as GuideEvent);
		return this;
	}

	done(afterMs = 0): this {
		return this.send({ type: 'done' }, afterMs);
	}
	tap(afterMs = 0): this {
		return this.send({ type: 'tap' }, afterMs);
	}
	answer(index: number, afterMs = 0): this {
		return this.send({ type: 'answer', index } as never, afterMs);
	}
	/** What the car shows through the adapter: the ignition as the engine computer answers. */
	observe(ignition: 'on' | 'off' | 'unknown', afterMs = 0): this {
		return this.send({ type: 'observe', ignition } as never, afterMs);
	}
	tick(afterMs = 0): this {
		return this.send({ type: 'tick' }, afterMs);
	}

	get view() {
		return this.engine.view(this.state, this.now);
	}
	get stepId(): string | null {
		return this.view.step?.id ?? null;
	}
	get mode(): GuideState['mode']['kind'] {
		return this.state.mode.kind;
	}
}
