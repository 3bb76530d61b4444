/** A measure drawn on a trend chart: the years it runs, and from which plan. */
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
