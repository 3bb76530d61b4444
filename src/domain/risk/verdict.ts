import { observationInterval, type Obs } from '../intervals.ts';
import { byPeriod, isOk, matchReference, periodOf } from './reference.ts';
import { DEFAULT_RISK_SETTINGS, type RiskSettings } from './settings.ts';
import { judgeTrend } from './trend.ts';
import type { Basis, RiskInput, RiskVerdict, Verdict, VerdictReason } from './types.ts';

const isNum = (v: number | null | undefined): v is number =>
  typeof v === 'number' && Number.isFinite(v);

/** The answers behind a share: respondents, else (percent) the denominator. */
function sampleSize(o: Obs, unit: string): number | null {
  if (isNum(o.respondents)) return o.respondents;
  if (unit === 'percent' && isNum(o.denominator)) return o.denominator;
  return null;
}

/** The count behind a figure, when the source gives it (a count's own value is its count). */
function numeratorOf(o: Obs, unit: string): number | null {
  if (isNum(o.numerator)) return o.numerator;
  if (unit === 'count' && isNum(o.value)) return o.value;
  return null;
}

/** +1 when higher is worse, −1 when higher is better, 0 for neutral indicators. */
function worseSign(polarity: string): number {
  return polarity === 'higher_worse' ? 1 : polarity === 'higher_better' ? -1 : 0;
}

/** The verdict for a difference beyond the tolerance, in the direction it lies. */
function differenceVerdict(higher: boolean, sign: number): Verdict {
  if (sign === 0) return higher ? 'higher' : 'lower';
  return higher === sign > 0 ? 'worse' : 'better';
}

/**
 * Judges one place × indicator (one sex and age) against the reference, after FHI's barometer:
 * the latest ok figure against the reference's figure for the same period (or the nearest ending
 * within `referenceWithinYears`). An interval that excludes the reference decides worse/better
 * (higher/lower when neutral); one that includes it gives "no certain difference" unless the
 * difference is inside the tolerance. Without an interval the difference keeps its direction and
 * size, marked as possible. Too few answers or cases, a suppressed figure, no reference, or a count
 * (not comparable between places of different size) are not judged. Returns codes and numbers.
 */
export function judgeRisk(
  input: RiskInput,
  settings: RiskSettings = DEFAULT_RISK_SETTINGS,
): RiskVerdict {
  const { indicator, referencePlace, placeName } = input;
  const { unit, polarity } = indicator;
  const trend = judgeTrend(input.series, unit, polarity, settings);
  const base: RiskVerdict = {
    indicatorId: indicator.id,
    unit,
    polarity,
    placeName,
    referencePlace,
    verdict: 'cannot_judge',
    basis: null,
    intervalMethod: null,
    direction: null,
    latest: null,
    reference: null,
    referenceValue: null,
    referenceExact: null,
    difference: null,
    relativeDifference: null,
    worseBy: null,
    interval: null,
    sampleSize: null,
    numerator: null,
    trend: trend.trend,
    trendSlope: trend.slope,
    trendPeriods: trend.periods,
    rule: {
      tolerance: settings.tolerance,
      z: settings.z,
      minRespondents: settings.minRespondents,
      smallNumerator: settings.smallNumerator,
      referenceWithinYears: settings.referenceWithinYears,
      minGroupMembers: settings.minGroupMembers,
    },
  };
  if (trend.reason) base.trendReason = trend.reason;
  const not = (verdict: 'too_few' | 'cannot_judge', reason: VerdictReason, v = base) => ({
    ...v,
    verdict,
    reason,
  });

  // Missing rows are placeholders; the latest ok or suppressed row decides what can be said.
  const rows = input.series.filter((o) => isOk(o) || o.status === 'suppressed').sort(byPeriod);
  const latest = rows[rows.length - 1];
  if (!latest) return not('cannot_judge', 'no_data');
  if (!isOk(latest)) return not('cannot_judge', 'suppressed', { ...base, latest });
  const n = sampleSize(latest, unit);
  const k = numeratorOf(latest, unit);
  const seen = { ...base, latest, sampleSize: n, numerator: k };
  if (n !== null && n < settings.minRespondents) return not('too_few', 'few_respondents', seen);
  if (k !== null && k <= settings.smallNumerator) return not('too_few', 'small_numerator', seen);
  if (unit === 'count') return not('cannot_judge', 'count', seen);
  const match = matchReference(input.reference, periodOf(latest), settings.referenceWithinYears);
  if (!match) return not('cannot_judge', 'no_reference', seen);
  // A group value computed from its members: too few members is said so, and since its own
  // uncertainty is unknown, only the difference rule ("possibly") can judge against it.
  const computed = isNum(match.obs.members);
  if (computed && (match.obs.members as number) < settings.minGroupMembers)
    return not('too_few', 'few_members', {
      ...seen,
      reference: match.obs,
      referenceValue: match.obs.value as number,
      referenceExact: match.exact,
    });

  const value = latest.value as number;
  const refValue = match.obs.value as number;
  const difference = value - refValue;
  const relativeDifference = refValue === 0 ? null : difference / Math.abs(refValue);
  const sign = worseSign(polarity);
  const ci = computed ? null : observationInterval(latest, unit, settings.z);
  const evidence: RiskVerdict = {
    ...seen,
    reference: match.obs,
    referenceValue: refValue,
    referenceExact: match.exact,
    difference,
    relativeDifference,
    worseBy: sign === 0 || relativeDifference === null ? null : sign * relativeDifference,
    direction: difference > 0 ? 'higher' : difference < 0 ? 'lower' : 'same',
    interval: ci ? [ci.low, ci.high] : null,
    intervalMethod: ci?.method ?? null,
  };
  if (!ci && !settings.judgeWithoutInterval) return not('cannot_judge', 'no_uncertainty', evidence);

  const basis: Basis = ci ? 'interval' : 'difference';
  // A reference of 0 has no relative difference: any difference from it is beyond the tolerance.
  const inside =
    difference === 0 ||
    (relativeDifference !== null && Math.abs(relativeDifference) < settings.tolerance);
  let verdict: Verdict;
  if (ci && (ci.low > refValue || ci.high < refValue))
    verdict = differenceVerdict(ci.low > refValue, sign);
  else if (inside) verdict = 'about_same';
  else if (ci) verdict = 'no_certain_difference';
  else verdict = differenceVerdict(difference > 0, sign);
  return { ...evidence, verdict, basis };
}
