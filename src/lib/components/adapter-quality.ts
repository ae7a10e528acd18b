import type { AdapterIdentity } from '$lib/elm327/types';

/** What the adapter's kind means for the user, in plain words. */
export function adapterQuality(adapter: AdapterIdentity): { title: string; meaning: string } {
	switch (adapter.kind) {
		case 'elm327':
			return {
				title: `Genuine ELM327${adapter.version ? ` v${adapter.version}` : ''}`,
				meaning:
					'A genuine chip: it supports every standard command and handles long answers reliably.'
			};
		case 'stn':
			return {
				title: 'STN chip (OBDLink family)',
				meaning:
					'A high-quality ELM327-compatible chip: fast, reliable, and it supports every standard command.'
			};
		case 'clone':
			return {
				title: `ELM327 clone${adapter.version ? ` (claims v${adapter.version})` : ''}`,
				meaning:
					'A cheap copy. It is fine for reading the VIN, battery and trouble codes, but it may miss some commands and can be slow or stall on long answers. FobSync works around what it can.'
			};
		default:
			return {
				title: 'Unrecognised adapter',
				meaning:
					'It answers like an ELM327 but does not say which one. Reading standard data should still work.'
			};
	}
}

/**
 * The adapter in one line for the printed report: the title, which already
 * carries the version, plus only what it does not say (an STN device's name,
 * an unrecognised adapter's own words).
 */
export function adapterLine(adapter: AdapterIdentity): string {
	const title = adapterQuality(adapter).title;
	const extra =
		adapter.kind === 'stn'
			? adapter.stnDevice
			: adapter.kind === 'unknown' && adapter.identity
				? `answers as “${adapter.identity}”`
				: null;
	return extra ? `${title}, ${extra}` : title;
}
