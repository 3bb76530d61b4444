import type { SeriesRow } from '../sql/rows.ts';
import { compareAges } from './age-order.ts';

/** One figure on a chart. */
export interface SeriesPoint {
  from: number;
  to: number;
  value: number | null;
  status: string;
  ciLow: number | null;
  ciHigh: number | null;
  respondents: number | null;
  note: string | null;
  sourceId: string;
}

/** How a line relates to the chosen place. */
export type SeriesRole = 'main' | 'county' | 'country' | 'group';

/** A line on a chart: one place (and age or sex where several are shown). */
export interface ChartSeries {
  key: string;
  /** The line's name in a legend: the place, with its breakdown when it has one. */
  label: string;
  /** The place alone, and the breakdown alone (null for all sexes and the usual age). */
  place: string;
  breakdown: string | null;
  role: SeriesRole;
  /** The breakdown the line shows (`all`, `male`, `female`; an age band or grade). */
  sex: string;
  age: string;
  points: SeriesPoint[];
}

/** How a chart names a line's place and its breakdown. */
export interface SeriesLabels {
  place: (r: SeriesRow) => string;
  /** The breakdown in words, or null when the line is for all sexes (and the usual age). */
  breakdown: (r: SeriesRow) => string | null;
}

/**
 * Turns series rows of one indicator into lines: the chosen place first, then its references,
 * each role's all-sexes line before its breakdowns.
 */
export function rowsToSeries(
  rows: readonly SeriesRow[],
  mainGeo: string,
  labels: SeriesLabels,
): ChartSeries[] {
  const byKey = new Map<string, ChartSeries>();
  for (const r of rows) {
    const geo = r.geo_code;
    const key = `${geo}|${r.sex}|${r.age}`;
    let s = byKey.get(key);
    if (!s) {
      const role: SeriesRole =
        geo === mainGeo
          ? 'main'
          : r.geo_level === 'country'
            ? 'country'
            : r.geo_level === 'county'
              ? 'county'
              : 'group';
      const place = labels.place(r);
      const breakdown = labels.breakdown(r);
      const label = breakdown ? `${place} (${breakdown})` : place;
      s = { key, label, place, breakdown, role, sex: r.sex, age: r.age, points: [] };
      byKey.set(key, s);
    }
    s.points.push({
      from: r.period_from,
      to: r.period_to,
      value: r.value,
      status: r.status,
      ciLow: r.ci_low,
      ciHigh: r.ci_high,
      respondents: r.respondents,
      note: r.note,
      sourceId: r.source_id,
    });
  }
  const order: Record<SeriesRole, number> = { main: 0, county: 1, group: 2, country: 3 };
  const sexOrder = (s: string) => (s === 'all' ? 0 : s === 'female' ? 1 : s === 'male' ? 2 : 3);
  return [...byKey.values()].sort(
    (a, b) =>
      order[a.role] - order[b.role] ||
      a.place.localeCompare(b.place) ||
      sexOrder(a.sex) - sexOrder(b.sex) ||
      compareAges(a.age, b.age),
  );
}

/**
 * The lines a chart draws: all of them, but for counts only the place's own. Counts of places of
 * different sizes share no scale (Halden's 31 935 inhabitants lie flat at 0 under Norway's
 * 5.5 million), so the references' counts are left to the sentence and the table.
 */
export function drawnSeries(series: ChartSeries[], unit: string): ChartSeries[] {
  if (unit !== 'count' || !series.some((s) => s.role === 'main')) return series;
  return series.filter((s) => s.role === 'main');
}
