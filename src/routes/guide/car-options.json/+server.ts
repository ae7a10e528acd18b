import { json } from '@sveltejs/kit';
import { carOptionLists } from '$lib/components/guide/car-option-lists';
import { CATALOGUE } from '$lib/resync/catalogue';

// Written at build time to build/guide/car-options.json (there is no server): what the Make,
// Model and Year selects offer, so /guide shows them before the guide's catalogue loads.
export const prerender = true;

export function GET() {
	return json(carOptionLists(CATALOGUE));
}
