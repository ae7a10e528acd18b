// Build time only: this app has no server (adapter-static). Every prerendered page passes through
// here once, and `paintFirst` defers its start-up script past the first paint.
import type { Handle } from '@sveltejs/kit';
import { paintFirst } from '$lib/server/paint-first';

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, { transformPageChunk: ({ html, done }) => (done ? paintFirst(html) : html) });
