import type { VehicleReport } from './types';

/**
 * Small pure helpers for files built from a report (for the report export and
 * the console's copy): whatever the car, the adapter or the user wrote stays
 * data and never becomes a path, markup or a command.
 */

/**
 * A file name from free parts (a VIN, a date, a word): ASCII letters, digits
 * and single hyphens only, at most 100 characters, so no path separator,
 * control character, reserved device name trick or markup survives.
 */
export function safeFileName(parts: readonly string[], extension: 'json' | 'txt' | 'html'): string {
	const stem = parts
		.map((p) =>
			p
				.normalize('NFKD')
				.replace(/[^A-Za-z0-9]+/g, '-')
				.replace(/^-+|-+$/g, '')
		)
		.filter(Boolean)
		.join('-')
		.slice(0, 100)
		.replace(/-+$/, '');
	return `${stem || 'fobsync'}.${extension}`;
}

/** The name a saved report gets: fobsync-report-<VIN or no-vin>-<yyyy-mm-dd>.json. */
export function reportFileName(report: Pick<VehicleReport, 'vin' | 'startedAt'>): string {
	const date = /^\d{4}-\d\d-\d\d/.exec(report.startedAt)?.[0] ?? 'undated';
	return safeFileName(['fobsync-report', report.vin ?? 'no-vin', date], 'json');
}

/** The report as a JSON document (a file of type application/json, which no browser renders as a page). */
export function reportJson(report: VehicleReport): string {
	return JSON.stringify(report, null, 2);
}

/** Text for an HTML document: the five characters with a meaning in markup escaped. */
export function escapeHtml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&#39;');
}
