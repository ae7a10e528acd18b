// Real HTML at build time (ARCHITECTURE.md): the practice cars are part of the build.
export const ssr = true;
