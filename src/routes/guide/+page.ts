import { resolve } from '$app/paths';
import type { CarOptionLists } from '$lib/components/guide/car-option-source';

// Real HTML at build time (ARCHITECTURE.md): the heading, the finder's first line and its
// selects paint before any script runs; the guide (its procedure catalogue) loads in the browser.
export const ssr = true;

/** What the selects offer (build/guide/car-options.json; inside the prerendered page). */
export async function load({ fetch }) {
	const response = await fetch(resolve('/guide/car-options.json'));
	const carOptions: CarOptionLists = await response.json();
	return { carOptions };
}
