// Prerendered to build/404.html, real HTML (see +page.svelte).
export const ssr = true;
