// Real HTML at build time (ARCHITECTURE.md): the heading and the way to practise paint before
// any script runs; the guide (its procedure catalogue) loads in the browser.
export const ssr = true;
