import type { ChartMeasure, ChartPlan } from '../domain/spans.ts';
import type { AnnotationRow } from '../sql/rows.ts';

/** Measures and plan periods for one indicator, from `measuresForIndicators` rows. */
export function annotationsFor(
  rows: readonly AnnotationRow[],
  indicatorId: string,
): { measures: ChartMeasure[]; plans: ChartPlan[] } {
  const measures: ChartMeasure[] = [];
  const plans = new Map<string, ChartPlan>();
  for (const r of rows) {
    if (r.indicator_id !== indicatorId || r.from_year === null || r.to_year === null) continue;
    measures.push({
      id: r.id,
      title: r.title,
      from: r.from_year,
      to: Math.max(r.from_year, r.to_year),
      planTitle: r.plan_title,
      status: r.status,
    });
    if (r.plan_from !== null && r.plan_to !== null)
      plans.set(r.plan_id, {
        id: r.plan_id,
        title: r.plan_title,
        from: r.plan_from,
        to: r.plan_to,
      });
  }
  return { measures, plans: [...plans.values()] };
}
