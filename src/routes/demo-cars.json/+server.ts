import { json } from '@sveltejs/kit';
import { scenarios } from '$lib/simulator';

// Written at build time to build/demo-cars.json (there is no server): the demo cars' names for
// the connect page, so the browser loads the simulator when the demo starts, not to fill a list.
export const prerender = true;

export function GET() {
	return json(
		scenarios.map(({ id, title, description, details }) => ({ id, title, description, details }))
	);
}
