import { deviceStorage } from '$lib/state/device-storage';
import { hasKeptReport } from '$lib/state/kept-report';

/**
 * With a report kept on the device, the page will show it at once: start
 * fetching its screens now, while the layout is still opening the report, so
 * they do not wait for the page's first render (a round trip on a phone).
 * Nothing to show on a device without one: nothing is fetched.
 */
export function load() {
	if (hasKeptReport(deviceStorage())) {
		// Failures (offline before they were ever cached) show where the screens are used.
		const quietly = () => undefined;
		import('$lib/components/vehicle/report-view.svelte').catch(quietly);
		import('$lib/components/report/shop-report.svelte').catch(quietly);
	}
	return {};
}
