import { periodMid } from '../period.ts';
import type { Obs } from '../intervals.ts';
import { byPeriod, isOk, periodOf } from './reference.ts';
import { DEFAULT_RISK_SETTINGS, type RiskSettings } from './settings.ts';
import type { Trend, TrendReason, TrendResult } from './types.ts';

function reasonFor(n: number): TrendReason {
  if (n === 0) return 'no_data';
  if (n === 1) return 'one_period';
  if (n === 2) return 'two_periods';
  return 'too_few_periods';
}

/** Least-squares slope of ys against xs (null when the xs do not vary). */
function slopeOf(xs: readonly number[], ys: readonly number[]): number | null {
  const n = xs.length;
  const mx = xs.reduce((s, x) => s + x, 0) / n;
  const my = ys.reduce((s, y) => s + y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] as number) - mx;
    sxy += dx * ((ys[i] as number) - my);
    sxx += dx * dx;
  }
  return sxx === 0 ? null : sxy / sxx;
}

/** Up or down in the indicator's own sense: worse/better, or rising/falling when neutral. */
function trendWord(up: boolean, polarity: string): Trend {
  if (polarity === 'higher_worse') return up ? 'worsening' : 'improving';
  if (polarity === 'higher_better') return up ? 'improving' : 'worsening';
  return up ? 'rising' : 'falling';
}

/**
 * The trend over the latest `trendWindow` ok figures (at least `trendMinPeriods`): the sign of the
 * least-squares slope against period midpoints, flat when the fitted change over the span is below
 * `flatRelative` of the mean level or (percent) below `flatPoints` points; polarity gives the word.
 */
export function judgeTrend(
  series: readonly Obs[],
  unit: string,
  polarity: string,
  settings: RiskSettings = DEFAULT_RISK_SETTINGS,
): TrendResult {
  const ok = series.filter(isOk).sort(byPeriod);
  const pts = ok.slice(-Math.max(settings.trendWindow, settings.trendMinPeriods));
  const periods = pts.map(periodOf);
  if (pts.length < Math.max(2, settings.trendMinPeriods))
    return { trend: 'unknown', reason: reasonFor(pts.length), slope: null, periods };
  const xs = pts.map((o) => periodMid(periodOf(o)));
  const ys = pts.map((o) => o.value as number);
  const slope = slopeOf(xs, ys);
  if (slope === null) return { trend: 'unknown', reason: 'too_few_periods', slope: null, periods };
  const change = slope * (Math.max(...xs) - Math.min(...xs));
  const level = Math.abs(ys.reduce((s, y) => s + y, 0) / ys.length);
  const flat =
    change === 0 ||
    Math.abs(change) < settings.flatRelative * level ||
    (unit === 'percent' && Math.abs(change) < settings.flatPoints);
  if (flat) return { trend: 'flat', slope, periods };
  return { trend: trendWord(change > 0, polarity), slope, periods };
}
