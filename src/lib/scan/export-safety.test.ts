import { describe, expect, it } from 'vitest';
import { escapeHtml, reportFileName, safeFileName } from './export-safety';

describe('files built from a report stay data', () => {
	it('names a report after its VIN and date', () => {
		expect(
			reportFileName({ vin: 'WMWMF33538TL12345', startedAt: '2025-03-04T10:00:00.000Z' })
		).toBe('fobsync-report-WMWMF33538TL12345-2025-03-04.json');
		expect(reportFileName({ vin: null, startedAt: 'nonsense' })).toBe(
			'fobsync-report-no-vin-undated.json'
		);
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

	it('escapes markup for an HTML document', () => {
		expect(escapeHtml('<img src=x onerror="a(\'1\')"> & co')).toBe(
			'&lt;img src=x onerror=&quot;a(&#39;1&#39;)&quot;&gt; &amp; co'
		);
	});
});
