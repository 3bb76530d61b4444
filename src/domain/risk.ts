/**
 * The `risk` rules (DESIGN.md, "Derived"): a place's latest figure against a reference and the
 * direction of its recent trend. Pure functions returning codes and numbers; the words are in
 * `src/i18n/risk-text.ts`, and docs/how-we-judge.md states the rules.
 */
export * from './risk/settings.ts';
export * from './risk/types.ts';
export { isOk, latestOk, matchReference } from './risk/reference.ts';
export { judgeTrend } from './risk/trend.ts';
export { judgeRisk } from './risk/verdict.ts';
