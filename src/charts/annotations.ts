import type { ResultRow } from '../arrow/to-rows.ts';

/** A measure drawn on a trend chart: when it runs, and from which plan. */
export interface ChartMeasure {
  id: string;
  title: string;
  from: number;
  to: number;
  planTitle: string;
  status: string;
}

/** A plan's period, shaded behind a chart. */
export interface ChartPlan {
  id: string;
  title: string;
  from: number;
  to: number;
}

/** Measures and plan periods for one indicator, from `measuresForIndicators` rows. */
export function annotationsFor(
  rows: ResultRow[],
  indicatorId: string,
): { measures: ChartMeasure[]; plans: ChartPlan[] } {
  const mine = rows.filter(
    (r) => r.indicator_id === indicatorId && r.from_year !== null && r.to_year !== null,
  );
  const measures = mine.map((r) => ({
    id: String(r.id),
    title: String(r.title),
    from: Number(r.from_year),
    to: Math.max(Number(r.from_year), Number(r.to_year)),
    planTitle: String(r.plan_title),
    status: String(r.status),
  }));
  const plans = new Map<string, ChartPlan>();
  for (const r of mine) {
    if (r.plan_from !== null && r.plan_to !== null) {
      plans.set(String(r.plan_id), {
        id: String(r.plan_id),
        title: String(r.plan_title),
        from: Number(r.plan_from),
        to: Number(r.plan_to),
      });
    }
  }
  return { measures, plans: [...plans.values()] };
}
