import { resolve } from '$app/paths';

// Real HTML at build time (ARCHITECTURE.md): what this browser can reach is added once the
// scripts run, below the fold on a phone.
export const ssr = true;

/** The demo cars' names (build/demo-cars.json; inside the prerendered page, fetched on navigation). */
export async function load({ fetch }) {
	const response = await fetch(resolve('/demo-cars.json'));
	const scenarios: { id: string; title: string; description: string; details: string }[] =
		await response.json();
	return { scenarios };
}
