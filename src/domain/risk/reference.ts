import { periodMid, type Period } from '../period.ts';
import type { Obs } from '../intervals.ts';

const isNum = (v: number | null | undefined): v is number =>
  typeof v === 'number' && Number.isFinite(v);
/** A figure with status ok and a value. */
export const isOk = (o: Obs): boolean => o.status === 'ok' && isNum(o.value);
/** The period of a figure. */
export const periodOf = (o: Obs): Period => ({ from: o.period_from, to: o.period_to });
/** Oldest first, by end and then start of the period. */
export const byPeriod = (a: Obs, b: Obs): number =>
  a.period_to - b.period_to || a.period_from - b.period_from;

/** The latest status-ok figure of a series, or null. */
export function latestOk(series: readonly Obs[]): Obs | null {
  const ok = series.filter(isOk).sort(byPeriod);
  return ok[ok.length - 1] ?? null;
}

/**
 * The reference figure for a period: the same period (from and to) if it has an ok figure, else the
 * ok figure whose period ends closest (within `within` years; on a tie the later one).
 */
export function matchReference(
  reference: readonly Obs[],
  period: Period,
  within: number,
): { obs: Obs; exact: boolean } | null {
  const ok = reference.filter(isOk);
  const exact = ok.find((o) => o.period_from === period.from && o.period_to === period.to);
  if (exact) return { obs: exact, exact: true };
  const mid = periodMid(period);
  const near = ok
    .filter((o) => Math.abs(o.period_to - period.to) <= within)
    .sort(
      (a, b) =>
        Math.abs(a.period_to - period.to) - Math.abs(b.period_to - period.to) ||
        Math.abs(periodMid(periodOf(a)) - mid) - Math.abs(periodMid(periodOf(b)) - mid) ||
        b.period_to - a.period_to,
    );
  const best = near[0];
  return best ? { obs: best, exact: false } : null;
}
