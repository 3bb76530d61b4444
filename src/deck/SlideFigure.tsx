import { useMemo } from 'react';
import { GapChart } from '../charts/GapChart.tsx';
import { TileGroupChart } from '../charts/TileGroupChart.tsx';
import { TrendChart } from '../charts/TrendChart.tsx';
import type { SlideData } from '../queries/slide-data.ts';
import { slideSeries } from './slide-series.ts';
import { gapRows } from './gap-rows.ts';
import { useT } from '../i18n/i18n.ts';

/** The size pictures are drawn (and exported) at: a 1 600-pixel-wide slide figure. */
export const PREVIEW = { width: 1600, height: 760 } as const;

/** A slide's picture: the trend chart, the tile group or the gap list, drawn large. */
export function SlideFigure({
  slide,
  width,
  height,
  labelledBy,
  describedBy,
  interactive = false,
}: {
  slide: SlideData;
  /** Pixel size of the picture (tiles and gaps take the height they need, and scale to fit by CSS). */
  width: number;
  height: number;
  /** ids of the elements that name and describe the picture. */
  labelledBy: string;
  describedBy: string;
  /** Points take focus and show their figure (on the live slide). */
  interactive?: boolean;
}) {
  const { t, lang } = useT();
  const series = useMemo(
    () => (slide.kind === 'trend' ? slideSeries(slide, lang) : []),
    [slide, lang],
  );
  if (slide.kind === 'trend') {
    if (!slide.indicator || series.every((s) => s.points.length === 0))
      return <p className="figure-empty">{t('chart.noData')}</p>;
    return (
      <TrendChart
        series={series}
        unit={String(slide.indicator.unit)}
        width={width}
        height={height}
        labelledBy={labelledBy}
        describedBy={describedBy}
        large
        interactive={interactive}
      />
    );
  }
  if (slide.kind === 'tiles')
    return (
      <TileGroupChart
        items={slide.items}
        width={width}
        labelledBy={labelledBy}
        describedBy={describedBy}
        large
      />
    );
  return (
    <GapChart
      gaps={gapRows(slide, lang)}
      emptyText={t('mote.figure.noGaps', { year: slide.year })}
      width={width}
      labelledBy={labelledBy}
      describedBy={describedBy}
      large
    />
  );
}
