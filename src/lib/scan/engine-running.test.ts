import { describe, expect, it } from 'vitest';
import { engineRunningOf } from './engine-running';
import type { IgnitionState } from './types';

const report = (ignition: IgnitionState, rpm: number | null) => ({ ignition, rpm });

describe('engineRunningOf: one answer to "is the engine running" for a report', () => {
	it('true only when the engine computer says the engine turns', () => {
		expect(engineRunningOf(report('running', 780))).toBe(true);
	});

	it('false when the ignition is off, or on with the engine speed at zero', () => {
		expect(engineRunningOf(report('off', null))).toBe(false);
		expect(engineRunningOf(report('on', 0))).toBe(false);
	});

	it('null when the report cannot tell', () => {
		expect(engineRunningOf(null)).toBeNull();
		// The adapter senses the ignition, but no computer answered.
		expect(engineRunningOf(report('unknown', null))).toBeNull();
		// The engine computer answered without an engine speed: it may be running.
		expect(engineRunningOf(report('on', null))).toBeNull();
	});
});
