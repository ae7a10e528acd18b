// Real HTML at build time: the page paints before any script runs, then hydrates. Its first
// paint needs nothing from the browser (a kept report adds its link once the scripts run).
export const ssr = true;
