import type { CoverageVerdict } from './types.ts';

/**
 * Where an indicator with figures stands, most serious first:
 * - clear_risk: worse, the interval excluding the reference on the bad side;
 * - possible_risk: worse by the difference rule with the uncertainty unknown, or a worsening trend;
 * - notable_difference: a neutral indicator beyond the tolerance (higher or lower);
 * - no_signal: judged, and none of the above;
 * - cannot_judge: too few, no reference, suppressed and the like, and no worsening trend.
 */
export type Tier =
  'clear_risk' | 'possible_risk' | 'notable_difference' | 'no_signal' | 'cannot_judge';

/** The tiers in order, most serious first. */
export const TIERS: readonly Tier[] = [
  'clear_risk',
  'possible_risk',
  'notable_difference',
  'no_signal',
  'cannot_judge',
];

/** The tier of a verdict. */
export function tierOf(v: Pick<CoverageVerdict, 'verdict' | 'basis' | 'trend'>): Tier {
  if (v.verdict === 'worse' && v.basis === 'interval') return 'clear_risk';
  if (v.verdict === 'worse' || v.trend === 'worsening') return 'possible_risk';
  if (v.verdict === 'higher' || v.verdict === 'lower') return 'notable_difference';
  if (v.verdict === 'too_few' || v.verdict === 'cannot_judge') return 'cannot_judge';
  return 'no_signal';
}

/**
 * Themes that describe the place rather than a risk (population: the denominators of rates and
 * the basis of size groups). Their indicators are shown, but never judged as risks or counted as
 * lacking measures.
 */
export const CONTEXT_THEMES: ReadonlySet<string> = new Set(['population']);

/** Whether an indicator belongs to a context theme (see CONTEXT_THEMES). */
export const isContext = (ind: { theme_id: string }): boolean => CONTEXT_THEMES.has(ind.theme_id);

/** Whether the place has a figure (ok or suppressed) for the indicator. */
export const hasFigures = (v: Pick<CoverageVerdict, 'reason'>): boolean => v.reason !== 'no_data';

/**
 * Orders two verdicts of one tier: worse and worsening before worse alone before worsening alone,
 * then the larger difference (worse for risks, either way for neutral ones) first.
 */
export function compareWithinTier(a: CoverageVerdict, b: CoverageVerdict): number {
  const rank = (v: CoverageVerdict) =>
    v.verdict === 'worse' ? (v.trend === 'worsening' ? 0 : 1) : v.trend === 'worsening' ? 2 : 3;
  const size = (v: CoverageVerdict) =>
    v.worseBy ?? (v.relativeDifference === null ? -Infinity : Math.abs(v.relativeDifference));
  return rank(a) - rank(b) || size(b) - size(a);
}
