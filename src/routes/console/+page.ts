// Real HTML at build time (ARCHITECTURE.md): a page opened afresh has no adapter session yet,
// so its first paint ("No adapter is connected") needs nothing from the browser.
export const ssr = true;
