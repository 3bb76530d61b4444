import type { Polarity } from '../contract.ts';
import type { IntervalMethod, Obs } from '../intervals.ts';
import type { Period } from '../period.ts';
import type { ReferenceKind } from './settings.ts';

export type { Obs } from '../intervals.ts';

/**
 * The place against the reference, after FHI's folkehelsebarometer. Value-laden indicators are
 * worse or better; neutral ones (medication use, service counts) only higher or lower.
 * - worse / better / higher / lower: a difference, certain when `basis` is 'interval', possible
 *   (the uncertainty unknown) when it is 'difference';
 * - no_certain_difference: the interval includes the reference, the difference is beyond the tolerance;
 * - about_same: the difference is inside the tolerance (or there is none);
 * - too_few: too few answers or cases to judge;
 * - cannot_judge: no figure, a suppressed one, no reference, a count, or no uncertainty when the
 *   settings ask for one.
 */
export type Verdict =
  | 'worse'
  | 'better'
  | 'higher'
  | 'lower'
  | 'no_certain_difference'
  | 'about_same'
  | 'too_few'
  | 'cannot_judge';

/** Why a figure was not judged (with verdict too_few or cannot_judge). */
export type VerdictReason =
  | 'no_data'
  | 'suppressed'
  | 'few_respondents'
  | 'small_numerator'
  | 'no_reference'
  | 'count'
  | 'no_uncertainty'
  | 'few_members';

/** 'interval': an uncertainty interval was known; 'difference': it was not, the size of the difference decided. */
export type Basis = 'interval' | 'difference';

/** rising/falling are used only for neutral indicators, where up is neither better nor worse. */
export type Trend = 'worsening' | 'improving' | 'flat' | 'rising' | 'falling' | 'unknown';
/** Why there is no trend: no figures, or fewer than the trend needs. */
export type TrendReason = 'no_data' | 'one_period' | 'two_periods' | 'too_few_periods';

/** The result of the trend rule. */
export interface TrendResult {
  trend: Trend;
  reason?: TrendReason;
  /** Least-squares slope per year over the trend's figures. */
  slope: number | null;
  /** The periods the trend used, oldest first. */
  periods: Period[];
}

/** The indicator fields the rules read. */
export interface RiskIndicator {
  id: string;
  unit: string;
  polarity: Polarity | string;
}

/** The place compared with: its kind, code and name as the data has it. */
export interface ReferencePlace {
  kind: ReferenceKind;
  code: string;
  name: string;
  /** A group made here (size class, KOSTRA group): its name in each language, when it has one. */
  names?: { nb: string; nn?: string; en: string };
}

/** One place, one indicator, one sex and age: its figures and the reference place's figures. */
export interface RiskInput {
  indicator: RiskIndicator;
  series: readonly Obs[];
  reference: readonly Obs[];
  referencePlace: ReferencePlace;
  placeName: string;
}

/** The outcome of the rules for one place × indicator: codes and numbers; `src/i18n/` words them. */
export interface RiskVerdict {
  indicatorId: string;
  unit: string;
  polarity: string;
  placeName: string;
  referencePlace: ReferencePlace;
  verdict: Verdict;
  /** Why the figure was not judged (with verdict too_few or cannot_judge). */
  reason?: VerdictReason;
  /** Whether an interval was known (null when nothing was compared). */
  basis: Basis | null;
  intervalMethod: IntervalMethod | null;
  /** The place's figure against the reference's value, whatever the polarity and uncertainty. */
  direction: 'higher' | 'lower' | 'same' | null;
  /** The latest figure (ok, or the suppressed one that stopped the judgement). */
  latest: Obs | null;
  reference: Obs | null;
  referenceValue: number | null;
  /** false when the reference figure is for a nearby period, not the same one. */
  referenceExact: boolean | null;
  /** value − reference, in the unit (percentage points for percent). */
  difference: number | null;
  /** (value − reference) / |reference|; null when the reference is 0. */
  relativeDifference: number | null;
  /** relativeDifference signed so that positive is worse (null for neutral indicators). */
  worseBy: number | null;
  interval: [number, number] | null;
  /** Answers (or a share's denominator) behind the latest figure, when known. */
  sampleSize: number | null;
  /** The count behind the latest figure, when known. */
  numerator: number | null;
  trend: Trend;
  trendReason?: TrendReason;
  trendSlope: number | null;
  trendPeriods: Period[];
  /** The thresholds that decided, so the words can state the rule. */
  rule: {
    tolerance: number;
    z: number;
    minRespondents: number;
    smallNumerator: number;
    referenceWithinYears: number;
    /** Members with figures a computed group value needs (absent in verdicts made before groups). */
    minGroupMembers?: number;
  };
}
