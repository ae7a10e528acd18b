import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '$lib/resync/test/full-catalogue';
import type { GuideSummary } from '$lib/resync/types';
import { answerLines, attemptLines, complaintLines } from './story';
import { formatDate } from '../format-date';

const SUMMARY: GuideSummary = {
	procedureId: 'mini-r5x-2-button-quick',
	procedureTitle: 'Quick resync for a MINI with a 2-button key (built before July 2004)',
	variantId: null,
	startedAt: '2026-12-06T10:00:00.000Z',
	endedAt: '2026-12-06T10:12:00.000Z',
	keys: [{ label: 'Key 1', outcome: 'failed' }],
	misses: [],
	attempts: 3,
	result: '0 of 1 key synchronised, 1 failed'
};

describe('the story on the printed report', () => {
	it('lists every attempt from the engine’s log: what, when, outcome', () => {
		const withLog = {
			...SUMMARY,
			attemptLog: [
				{
					procedureId: 'mini-r5x-2-button-quick',
					title: 'Quick resync, UNLOCK then LOCK',
					startedAt: '2026-12-06T10:00:00.000Z',
					endedAt: '2026-12-06T10:04:00.000Z',
					outcome: 'key-failed' as const,
					reason: 'the locks did not move'
				},
				{
					procedureId: 'mini-r5x-2-button-quick',
					title: 'Quick resync, both buttons together',
					startedAt: '2026-12-06T10:05:00.000Z',
					endedAt: null,
					outcome: 'in-progress' as const,
					reason: ''
				}
			]
		};
		expect(attemptLines(withLog)).toEqual([
			{
				what: 'Quick resync, UNLOCK then LOCK',
				when: `${formatDate('2026-12-06T10:00:00.000Z')} to ${formatDate('2026-12-06T10:04:00.000Z')}`,
				outcome: 'a key did not take: the locks did not move'
			},
			{
				what: 'Quick resync, both buttons together',
				when: formatDate('2026-12-06T10:05:00.000Z'),
				outcome: 'still running'
			}
		]);
	});

	it('falls back to the one session the summary describes', () => {
		expect(attemptLines(SUMMARY)).toEqual([
			{
				what: SUMMARY.procedureTitle,
				when: `${formatDate(SUMMARY.startedAt)} to ${formatDate(SUMMARY.endedAt!)}`,
				outcome: '0 of 1 key synchronised, 1 failed (3 attempts)'
			}
		]);
		expect(attemptLines(null)).toEqual([]);
	});

	it('gives the owner’s answers in their words, and the complaint', () => {
		const answers = {
			'mini-key-buttons': '2',
			'key-origin': 'not-sure',
			'key-starts-engine': 'yes'
		};
		expect(answerLines(answers, CATALOGUE)).toEqual([
			{ question: 'Which key does your MINI have?', answer: '2 buttons: lock and unlock' },
			{
				question: 'Has this key worked with this car before?',
				answer: 'Not sure — it came with the car'
			},
			{ question: 'Does this key start the engine?', answer: 'Yes, it starts the engine' }
		]);
		expect(complaintLines(null, answers)).toEqual([
			'The key whose remote fails starts the engine.'
		]);
	});
});

describe('practice on the demo car in the story', () => {
	const attempt = (practice: boolean) => ({
		procedureId: 'mini-r5x-2-button-quick',
		title: practice ? 'Practice run' : 'On the car',
		startedAt: '2026-12-06T10:00:00.000Z',
		endedAt: '2026-12-06T10:04:00.000Z',
		outcome: 'key-failed' as const,
		reason: 'the locks did not move',
		...(practice ? { practice: true as const } : {})
	});

	it('is left out of what was tried on the car', () => {
		const lines = attemptLines({ ...SUMMARY, attemptLog: [attempt(false), attempt(true)] });
		expect(lines.map((l) => l.what)).toEqual(['On the car']);
	});

	it('a practice session with nothing tried on the car has no attempts to report', () => {
		const lines = attemptLines({ ...SUMMARY, practice: true, attemptLog: [attempt(true)] });
		expect(lines).toEqual([]);
		expect(attemptLines({ ...SUMMARY, practice: true })).toEqual([]);
	});
});
