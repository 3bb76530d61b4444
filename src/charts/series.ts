import type { SeriesRow } from '../sql/rows.ts';

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
  label: string;
  role: SeriesRole;
  points: SeriesPoint[];
}

/** Turns series rows of one indicator into lines: the chosen place first, then its references. */
export function rowsToSeries(
  rows: readonly SeriesRow[],
  mainGeo: string,
  labelFor: (r: SeriesRow) => string,
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
      s = { key, label: labelFor(r), role, points: [] };
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
  return [...byKey.values()].sort(
    (a, b) => order[a.role] - order[b.role] || a.label.localeCompare(b.label),
  );
}
