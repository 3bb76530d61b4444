import { rowsToSeries, type ChartSeries } from '../charts/series.ts';
import { seriesLabels } from '../charts/series-labels.ts';
import type { Lang } from '../i18n/i18n.ts';
import type { TrendSlide } from '../queries/slide-data.ts';

/** The lines of a pinned chart: the place first, then its county and Norway. */
export function slideSeries(slide: TrendSlide, lang: Lang): ChartSeries[] {
  return rowsToSeries(slide.rows, slide.place.code, seriesLabels(slide.rows, lang));
}

/** The place's own line: its all-sexes series if there is one, else its first. */
export function mainSeries(series: readonly ChartSeries[]): ChartSeries | null {
  const main = series.filter((s) => s.role === 'main');
  return main.find((s) => s.sex === 'all') ?? main[0] ?? null;
}
