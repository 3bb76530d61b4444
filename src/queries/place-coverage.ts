/** A place's indicators judged against a reference, and what lacks measures: Oversikt, Dekning, Møte. */
export * from './coverage/types.ts';
export { loadPlaceCoverage } from './coverage/load.ts';
export { mainBreakdown } from './coverage/judge-place.ts';
