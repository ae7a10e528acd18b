import { scenarios } from '$lib/simulator';

/**
 * Runs at build time only (the page is prerendered; there is no server): the
 * demo cars' names go into the page as data, so the browser loads the
 * simulator when the demo starts, not to fill a list.
 */
export function load() {
	return {
		scenarios: scenarios.map(({ id, title, description }) => ({ id, title, description }))
	};
}
