import type { VehicleReport } from './types';

/**
 * File names for what the export saves (the report and the adapter
 * transcript). Whatever the car, the adapter or a saved file wrote (a VIN can
 * be anything in a file someone edited) stays data and never becomes a path
 * or markup: the export names its files only through `reportFileName`, and
 * `downloadText` accepts nothing else.
 */

/** A file name made by `safeFileName`: ASCII letters, digits and single hyphens, then an extension. */
export type SafeFileName = string & { readonly __safeFileName: true };

/**
 * A file name from free parts (a VIN, a date, a word): ASCII letters, digits
 * and single hyphens only, at most 100 characters, so no path separator,
 * control character, reserved device name trick or markup survives.
 */
export function safeFileName(parts: readonly string[], extension: 'json' | 'txt'): SafeFileName {
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
	return `${stem || 'fobsync'}.${extension}` as SafeFileName;
}

/**
 * The names the export gives its files: fobsync-report-<VIN or no-vin>-<yyyy-mm-dd>.json
 * for the report, fobsync-transcript-…txt for the adapter transcript.
 */
export function reportFileName(
	report: Pick<VehicleReport, 'vin' | 'startedAt'>,
	file: 'report' | 'transcript'
): SafeFileName {
	const date = /^\d{4}-\d\d-\d\d/.exec(report.startedAt)?.[0] ?? 'undated';
	return safeFileName(
		[`fobsync-${file}`, report.vin ?? 'no-vin', date],
		file === 'report' ? 'json' : 'txt'
	);
}
