// Real HTML at build time (ARCHITECTURE.md): what this browser can reach is added once the
// scripts run, below the fold on a phone.
export const ssr = true;
