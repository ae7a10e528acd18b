import { describe, expect, it } from 'vitest';
import type { AttemptRecord, GuideState } from '../resync/engine-types';
import { waysRun } from './run-help';

const attempt = (procedureId: string, practice = false): AttemptRecord => ({
	procedureId,
	title: procedureId,
	startedAt: 0,
	endedAt: 1,
	outcome: 'key-failed',
	reason: 'It did not take.',
	...(practice ? { practice: true as const } : {})
});
const session = (s: Partial<GuideState>) =>
	({ procedureId: 'main', variantId: null, attemptLog: [], ...s }) as GuideState;

describe('the ways a session ran, for "The procedures used"', () => {
	it('a session started on another way never names the main procedure’s steps', () => {
		expect(
			waysRun(session({ variantId: 'both-together', triedVariants: ['both-together'] }))
		).toEqual(['both-together']);
	});

	it('earlier attempts first, each way once, then the one running', () => {
		const s = session({
			variantId: 'both-together',
			attemptLog: [attempt('main'), attempt('main'), attempt('both-together')]
		});
		expect(waysRun(s)).toEqual(['main', 'both-together']);
	});

	it('practice and the car’s own attempts stay apart', () => {
		const log = [attempt('main'), attempt('practised', true)];
		expect(waysRun(session({ procedureId: 'other', attemptLog: log }))).toEqual(['main', 'other']);
		expect(waysRun(session({ procedureId: 'other', attemptLog: log, practice: true }))).toEqual([
			'practised',
			'other'
		]);
	});
});
