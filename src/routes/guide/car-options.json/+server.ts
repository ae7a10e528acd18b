import { json } from '@sveltejs/kit';
import { options } from '$lib/resync/catalogue-index.json';

// Written at build time to build/guide/car-options.json (there is no server): what the Make,
// Model and Year selects offer, so /guide shows them before the guide's catalogue loads. The
// lists come from the catalogue's index (npm run catalogue-index), not from the catalogue.
export const prerender = true;

export function GET() {
	return json(options);
}
