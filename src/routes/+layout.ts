import { deviceStorage } from '$lib/state/device-storage';
import { openReportStore } from '$lib/state/kept-report';

// A static single-page app: everything runs in the browser, pages are prerendered shells.
export const ssr = false;
export const prerender = true;
export const trailingSlash = 'never';

/**
 * The device's copy of the last report, opened before the first screen. Its
 * checker loads only when a report is kept (see kept-report.ts).
 */
export async function load() {
	return { reportStore: await openReportStore(deviceStorage()) };
}
