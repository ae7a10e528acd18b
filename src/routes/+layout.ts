// A static single-page app: everything runs in the browser, pages are prerendered shells.
export const ssr = false;
export const prerender = true;
export const trailingSlash = 'never';
