import { describe, expect, it } from 'vitest';
import { SCAN_STAGES, stageStates } from './scan-stages';

describe('stageStates', () => {
	it('ticks off the stages before the current one, skipped ones included', () => {
		expect(stageStates(null)[0]).toBe('current');
		expect(stageStates('protocol').slice(0, 3)).toEqual(['done', 'current', 'waiting']);
		// A silent car jumps from the protocol search to the end: the skipped stages count as passed.
		expect(
			stageStates('engine')
				.slice(0, -1)
				.every((s) => s === 'done')
		).toBe(true);
		expect(stageStates('done').every((s) => s === 'done')).toBe(true);
	});
	it('says why the protocol search is slow, and only there', () => {
		expect(SCAN_STAGES.filter((s) => s.slow).map((s) => s.id)).toEqual(['protocol']);
	});
});
