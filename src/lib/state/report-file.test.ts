import { describe, expect, it } from 'vitest';
import { openElm327 } from '../elm327';
import { scanVehicle } from '../scan';
import { createSimulatedLink } from '../simulator';
import type { GuideSummary } from '../resync/types';
import {
	parseSavedReport,
	ReportFileError,
	serialiseSavedReport,
	toSavedReport
} from './report-file';
import { createDeviceStorage, STORED_KEYS } from './device-storage';
import { createReportStore } from './report-store';

async function realReport(scenario = 'immobiliser-code') {
	const elm = await openElm327(createSimulatedLink(scenario, { latency: 'fast', seed: 1 }));
	const report = await scanVehicle(elm);
	await elm.close();
	return report;
}

const guide: GuideSummary = {
	procedureId: 'mini-r5x-3-button',
	procedureTitle: 'Remote initialisation for a 3-button key',
	variantId: null,
	startedAt: '2025-11-25T10:00:00.000Z',
	endedAt: '2025-11-25T10:05:00.000Z',
	keys: [
		{ label: 'Key 1', outcome: 'confirmed' },
		{ label: 'Key 2', outcome: 'failed' }
	],
	misses: [],
	attempts: 2,
	result: '1 of 2 keys synchronised'
};

describe('saved report files', () => {
	it('round-trips a real scan report with the guide summary', async () => {
		const report = await realReport();
		const text = serialiseSavedReport(toSavedReport(report, guide));
		const back = parseSavedReport(text);
		expect(back.report).toEqual(report);
		expect(back.guide).toEqual(guide);
		expect(back.savedAt).toBe(report.startedAt);
	});

	it('keeps what the guide tried, its keys sentence and why it gave up; older files still open', async () => {
		const report = await realReport();
		const full: GuideSummary = {
			...guide,
			keys: [
				{ label: 'Key 1', outcome: 'confirmed', tries: 1 },
				{ label: 'Key 2', outcome: 'failed', tries: 3 }
			],
			shopPathId: null,
			gaveUp: 'Key 2 did not take after 3 tries.',
			keysNote: 'Keys left out of the session stop working; bring every key.',
			attemptLog: [
				{
					procedureId: 'mini-r5x-3-button',
					title: 'Remote initialisation for a 3-button key',
					startedAt: '2025-11-25T10:00:00.000Z',
					endedAt: '2025-11-25T10:02:00.000Z',
					outcome: 'time-ran-out',
					reason: 'More than 10 seconds passed.'
				},
				{
					procedureId: 'mini-r5x-3-button',
					title: 'Remote initialisation for a 3-button key',
					startedAt: '2025-11-25T10:02:10.000Z',
					endedAt: null,
					outcome: 'gave-up',
					reason: 'Key 2 did not take.'
				}
			]
		};
		const back = parseSavedReport(serialiseSavedReport(toSavedReport(report, full)));
		expect(back.guide).toEqual(full);
		// A file from before these fields: nothing invented.
		expect(parseSavedReport(serialiseSavedReport(toSavedReport(report, guide))).guide).toEqual(
			guide
		);
		// An edited log is refused like any other changed field.
		const edited = JSON.parse(serialiseSavedReport(toSavedReport(report, full)));
		edited.guide.attemptLog[0].outcome = 'magic';
		expect(() => parseSavedReport(JSON.stringify(edited))).toThrow(ReportFileError);
		edited.guide.attemptLog[0].outcome = 'worked';
		edited.guide.keys[0].tries = -1;
		expect(() => parseSavedReport(JSON.stringify(edited))).toThrow(ReportFileError);
	});

	it('keeps each vehicle row’s own mark, and refuses marks that are not marks', async () => {
		const report = await realReport('mini-r53-2005');
		expect(report.vehicle?.marks).toMatchObject({ market: 'S', engine: 'S', plant: 'C' });
		const text = serialiseSavedReport(toSavedReport(report, null));
		expect(parseSavedReport(text).report.vehicle?.marks).toEqual(report.vehicle?.marks);
		for (const marks of [{ market: 'sure' }, { colour: 'S' }, 'S']) {
			const copy = JSON.parse(text);
			copy.report.vehicle.marks = marks;
			expect(() => parseSavedReport(JSON.stringify(copy))).toThrow(ReportFileError);
		}
	});

	it('opens the bare report JSON that earlier versions saved', async () => {
		const report = await realReport('mini-r56-2008');
		const back = parseSavedReport(JSON.stringify(report));
		expect(back.report.vin).toBe(report.vin);
		expect(back.guide).toBeNull();
	});

	it('refuses what is not a report, with a plain reason', async () => {
		const report = await realReport();
		const bad = (mutate: (r: Record<string, unknown>) => void) => {
			const copy = JSON.parse(JSON.stringify(report)) as Record<string, unknown>;
			mutate(copy);
			return JSON.stringify(copy);
		};
		for (const text of [
			'not json',
			'null',
			'[]',
			'{"format":"fobsync-report","version":2}',
			bad((r) => (r.vin = '<img src=x onerror=alert(1)>')),
			bad((r) => (r.dtcs = [{ code: 'P05<3', kind: 'stored', keyRelated: true }])),
			bad((r) => (r.ignition = 'sideways')),
			bad((r) => (r.startedAt = 'yesterday')),
			bad((r) => delete r.adapter),
			'x'.repeat(2_000_001)
		]) {
			expect(() => parseSavedReport(text), text.slice(0, 40)).toThrow(ReportFileError);
		}
		expect(() => parseSavedReport('{"format":"fobsync-report","version":2}')).toThrow(/newer/);
	});

	it('keeps a trouble-code clear from the expert console; files without one load as before', async () => {
		const report = await realReport();
		const cleared = { at: '2025-11-25T10:07:00.000Z', from: 'expert-console' } as const;
		const text = serialiseSavedReport(toSavedReport(report, guide, cleared));
		expect(parseSavedReport(text).codesCleared).toEqual(cleared);
		// Older files (and reports with no clear) carry no such field and still open.
		const plain = serialiseSavedReport(toSavedReport(report, guide));
		expect(plain).not.toContain('codesCleared');
		expect(parseSavedReport(plain).codesCleared).toBeUndefined();
		const withNull = JSON.stringify({ ...JSON.parse(plain), codesCleared: null });
		expect(parseSavedReport(withNull).codesCleared).toBeUndefined();
		// A clear that does not check out rejects the file, like any other field.
		for (const bad of [
			{ at: 'yesterday', from: 'expert-console' },
			{ at: cleared.at, from: 'x' },
			5
		]) {
			const edited = JSON.stringify({ ...JSON.parse(plain), codesCleared: bad });
			expect(() => parseSavedReport(edited)).toThrow(ReportFileError);
			try {
				parseSavedReport(edited);
			} catch (e) {
				expect((e as ReportFileError).detail).toMatch(/codesCleared/);
			}
		}
	});

	it('tells the owner in one plain sentence and keeps the failing field for Details', async () => {
		const report = await realReport();
		const saved = JSON.parse(serialiseSavedReport(toSavedReport(report, null)));
		saved.report.raw[0].lines = 'not a list';
		const error = (() => {
			try {
				parseSavedReport(JSON.stringify(saved));
			} catch (e) {
				return e;
			}
		})();
		expect(error).toBeInstanceOf(ReportFileError);
		expect((error as ReportFileError).message).toBe(
			'This file was changed after it was saved, so FobSync cannot trust it.'
		);
		expect((error as ReportFileError).detail).toMatch(/raw\[0\]\.lines is not a list/);
		// Something that never was one of ours is not said to have been changed.
		expect(() => parseSavedReport('[]')).toThrow(
			/^This file is not a FobSync report, or it was changed after it was saved/
		);
		// No field path and no nested brackets on screen.
		for (const text of ['[]', JSON.stringify(saved)]) {
			expect(() => parseSavedReport(text)).not.toThrow(/\[|\(/);
		}
	});

	it('the device keeps the last report and survives blocked, full or corrupt storage', async () => {
		const report = await realReport();
		const map = new Map<string, string>();
		const storage = createDeviceStorage(() => ({
			getItem: (k: string) => map.get(k) ?? null,
			setItem: (k: string, v: string) => void map.set(k, v),
			removeItem: (k: string) => void map.delete(k)
		}));
		const store = createReportStore(storage);
		expect(store.load()).toBeNull();
		store.save(report, null);
		expect([...map.keys()]).toEqual([STORED_KEYS.lastReport.name]);
		expect(createReportStore(storage).load()?.report.vin).toBe(report.vin);
		store.save(report, null, { at: '2025-11-25T10:07:00.000Z', from: 'expert-console' });
		expect(createReportStore(storage).load()?.codesCleared?.at).toBe('2025-11-25T10:07:00.000Z');
		map.set(STORED_KEYS.lastReport.name, '{broken');
		expect(store.load()).toBeNull();
		store.clear();
		expect(map.size).toBe(0);
		const full = createDeviceStorage(() => ({
			getItem: () => null,
			setItem: () => {
				throw new DOMException('Quota exceeded', 'QuotaExceededError');
			},
			removeItem: () => undefined
		}));
		expect(() => createReportStore(full).save(report, null)).not.toThrow();
		expect(full.status).toBe('full');
		const blocked = createDeviceStorage(() => {
			throw new DOMException('The operation is insecure.', 'SecurityError');
		});
		expect(() => createReportStore(blocked).save(report, null)).not.toThrow();
		expect(createReportStore(blocked).load()).toBeNull();
	});
});
