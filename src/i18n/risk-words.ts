import type { Tier } from '../domain/coverage/tiers.ts';
import type { Trend } from '../domain/risk/types.ts';

/**
 * The words of the risk and coverage rules in one language. Templates take `{name}` variables;
 * `src/i18n/risk-text.ts` and `coverage-text.ts` put the sentences together.
 */
export interface RiskWords {
  /** How a sentence names Norway as the reference ("landet", "Norway"). */
  country: string;
  /** Short verdict labels, with the reference as `{ref}`. */
  label: {
    worse: string;
    better: string;
    possiblyWorse: string;
    possiblyBetter: string;
    higher: string;
    lower: string;
    noCertainDifference: string;
    aboutSame: string;
    same: string;
    tooFew: string;
    cannotJudge: string;
  };
  /** A count of verdicts in a caption ("2 mulig verre enn landet"), `{n}`, `{ref}`. */
  verdictCount: RiskWords['label'];
  /** The small words after a label: the uncertainty unknown; a neutral indicator. */
  qualifier: { unknown: string; neutral: string };
  higher: string;
  lower: string;
  /** `{rel}`: "70 %"; `{points}`: "1 prosentpoeng"; `{dir}`: higher/lower. */
  size: { relative: string; points: string; pointsOnly: string; underOne: string };
  /** `{v}`, `{rv}`, `{ref}`, `{p}`, `{rp}`, `{place}`. */
  figures: { exact: string; near: string; equal: string };
  /** The rule that decided, in words. `{level}` (95), `{range}`, `{ref}`, `{rv}`, `{tol}` (10 %). */
  rule: {
    above: string;
    below: string;
    includes: string;
    inside: string;
    unknown: string;
    neutral: string;
    periodNote: string;
  };
  /** Why a figure is not judged. `{place}`, `{p}`, `{n}`, `{min}`, `{ref}`, `{within}`. */
  notJudged: {
    no_data: string;
    suppressed: string;
    few_respondents: string;
    few_members: string;
    small_numerator: string;
    no_reference: string;
    no_reference_within: string;
    count: string;
    no_uncertainty: string;
  };
  /** Trend labels (under a tile) and sentences. */
  trendLabel: Record<Trend, string>;
  trendWord: Record<Exclude<Trend, 'unknown'>, string>;
  trend: { over: string; none: string; one: string; few: string };
  /** Number words for small counts (index = number). */
  numbers: readonly string[];
  tier: Record<Tier, string>;
  /** A count of a tier in a headline ("3 mulig risiko"), `{n}`. */
  tierCount: Record<Tier, string>;
  /** What each tier means, for the explanation and list headings. */
  tierHelp: Record<Tier, string>;
  /** Why an indicator lacks an active measure. `{k}`, `{year}`. */
  noMeasure: { none: string; one: string; many: string; plans: string; plansEnded: string };
  /** The headline over Oversikt's tiles and Dekning's list. */
  headline: {
    tiers: string;
    uncovered: string;
    uncovered1: string;
    noRisk: string;
    risks: string;
    allCovered: string;
    noFigures: string;
  };
  /** A theme with figures and no active measure. `{theme}`, `{n}`, `{year}`, `{k}`. */
  theme: { line: string; line1: string; inactive: string; inactive1: string };
  /** Coverage list sentences. */
  despite: { one: string; many: string };
  overdue: { due: string; dueSaid: string };
  unfollowed: { themes: string; none: string };
  /** "a, b og c": the word between the last two. */
  and: string;
}
