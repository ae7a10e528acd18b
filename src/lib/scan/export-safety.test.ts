import { describe, expect, it } from 'vitest';
import { reportFileName, safeFileName } from './export-safety';

describe('file names for the export', () => {
	it('names the report and its transcript after the VIN and the date', () => {
		const report = { vin: 'WMWMF33538TL12345', startedAt: '2025-03-04T10:00:00.000Z' };
		expect(reportFileName(report, 'report')).toBe(
			'fobsync-report-WMWMF33538TL12345-2025-03-04.json'
		);
		expect(reportFileName(report, 'transcript')).toBe(
			'fobsync-transcript-WMWMF33538TL12345-2025-03-04.txt'
		);
		expect(reportFileName({ vin: null, startedAt: 'nonsense' }, 'report')).toBe(
			'fobsync-report-no-vin-undated.json'
		);
	});

	it('a VIN from an edited file cannot become a path or markup', () => {
		const name = reportFileName(
			{ vin: '../<b>x</b>', startedAt: '2025-03-04T10:00:00.000Z' },
			'report'
		);
		expect(name).toBe('fobsync-report-b-x-b-2025-03-04.json');
	});

	it('keeps no path, markup, control character or shell character in a file name', () => {
		const hostile = [
			'../../etc/passwd',
			'<img src=x onerror=alert(1)>',
			'a\u0000b\r\nc',
			'CON',
			'$(rm -rf ~)'
		];
		const name = safeFileName(hostile, 'json');
		expect(name).toMatch(/^[A-Za-z0-9-]+\.json$/);
		expect(name).not.toMatch(/\.\.|\/|<|>|\$|\s/);
		expect(safeFileName(['///'], 'txt')).toBe('fobsync.txt');
		expect(safeFileName(['x'.repeat(300)], 'txt')).toHaveLength(104);
	});
});
