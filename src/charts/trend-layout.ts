import { extent, line, max, scaleLinear, type ScaleLinear } from 'd3';
import type { ChartSeries, SeriesPoint } from './series.ts';

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export const MARGINS: Margins = { top: 16, right: 20, bottom: 36, left: 66 };
/** Margins of a chart drawn large (a meeting slide), with room for large tick labels. */
export const LARGE_MARGINS: Margins = { top: 24, right: 40, bottom: 64, left: 150 };

/**
 * Margins with a left margin wide enough for the widest y tick label and, beside it, the rotated
 * axis title (so "7 000 000" does not run into "Antall"). Widths are estimated from the tick type
 * (12 px, 26 px on a slide): 0.62 em a digit or sign, 0.3 em a space.
 */
export function withRoomForTicks(m: Margins, labels: readonly string[], large: boolean): Margins {
  const em = large ? 26 : 12;
  const widest = Math.max(
    0,
    ...labels.map((l) => [...l].reduce((w, c) => w + (/\s/.test(c) ? 0.3 : 0.62) * em, 0)),
  );
  // The labels end 8 px left of the axis; the title's band is 20 px (44 px on a slide).
  const left = Math.ceil(widest + 8 + (large ? 44 : 20));
  return left > m.left ? { ...m, left } : m;
}

/** A figure placed on the chart. */
export interface PlacedPoint {
  point: SeriesPoint;
  series: ChartSeries;
  cx: number;
  cy: number;
  /** Horizontal extent of a multi-year period, in pixels (x1 === x2 for a single year). */
  x1: number;
  x2: number;
  /** Interval whiskers, in pixels, when the figure has one. */
  ciY1: number | null;
  ciY2: number | null;
}

/** A period with no figure (suppressed or missing), drawn as a visible gap, never as zero. */
export interface PlacedGap {
  point: SeriesPoint;
  series: ChartSeries;
  x: number;
}

/** Room a year label on the x axis needs (four digits at the axis font, and a gap). */
const YEAR_LABEL_PX = 36;
/** Steps between labelled years, smallest first. */
const YEAR_STEPS = [1, 2, 5, 10, 20, 50];

export interface TrendLayout {
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  xTicks: number[];
  yTicks: number[];
  paths: { series: ChartSeries; d: string }[];
  points: PlacedPoint[];
  gaps: PlacedGap[];
  innerWidth: number;
  innerHeight: number;
}

const mid = (p: SeriesPoint) => (p.from + p.to) / 2;

/** Scales, line paths, points and gaps for a trend chart; D3 computes, React draws. */
export function layoutTrend(
  series: ChartSeries[],
  width: number,
  height: number,
  unit: string,
  m: Margins = MARGINS,
  /** Years the x axis must also cover (plan periods and measures drawn on the chart). */
  extraYears: number[] = [],
  /** The series the scales cover (all panels of small multiples share one scale). */
  scaleSeries: readonly ChartSeries[] = series,
): TrendLayout {
  const innerWidth = Math.max(10, width - m.left - m.right);
  const innerHeight = Math.max(10, height - m.top - m.bottom);
  const all = scaleSeries.flatMap((s) => s.points);
  const [lo, hi] = extent([...all.flatMap((p) => [p.from, p.to]), ...extraYears]) as [
    number | undefined,
    number | undefined,
  ];
  const x0 = lo ?? 2000;
  const x1 = hi ?? x0;
  const pad = x0 === x1 ? 1 : 0.4;
  const x = scaleLinear()
    .domain([x0 - pad, x1 + pad])
    .range([0, innerWidth]);
  const top = max(all, (p) => Math.max(p.value ?? 0, p.ciHigh ?? 0)) ?? 0;
  const yMax = unit === 'percent' ? Math.min(100, Math.max(top * 1.1, 5)) : Math.max(top * 1.1, 1);
  const y = scaleLinear().domain([0, yMax]).range([innerHeight, 0]).nice(5);
  const span = x1 - x0;
  // Years a step apart, as few as the span needs, and no more than the width has room for: a year
  // label takes about YEAR_LABEL_PX, so small panels step by 5 or 10 rather than overlap.
  const room = Math.max(2, Math.floor(innerWidth / YEAR_LABEL_PX));
  const wanted = span <= 10 ? 1 : span <= 20 ? 2 : 5;
  const step =
    YEAR_STEPS.find((s) => s >= wanted && Math.floor(span / s) + 1 <= room) ??
    (YEAR_STEPS.at(-1) as number);
  const xTicks: number[] = [];
  for (let t = Math.ceil(x0 / step) * step; t <= x1; t += step) xTicks.push(t);

  const points: PlacedPoint[] = [];
  const gaps: PlacedGap[] = [];
  const paths: TrendLayout['paths'] = [];
  for (const s of series) {
    const sorted = [...s.points].sort((a, b) => a.from - b.from || a.to - b.to);
    for (const p of sorted) {
      if (p.status === 'ok' && p.value !== null) {
        points.push({
          point: p,
          series: s,
          cx: x(mid(p)),
          cy: y(p.value),
          x1: x(p.from),
          x2: x(p.to),
          ciY1: p.ciLow !== null ? y(p.ciLow) : null,
          ciY2: p.ciHigh !== null ? y(p.ciHigh) : null,
        });
      } else {
        gaps.push({ point: p, series: s, x: x(mid(p)) });
      }
    }
    // A suppressed or missing period breaks the line: no interpolation over it.
    const gen = line<SeriesPoint>()
      .defined((p) => p.status === 'ok' && p.value !== null)
      .x((p) => x(mid(p)))
      .y((p) => y(p.value ?? 0));
    const d = gen(sorted);
    if (d) paths.push({ series: s, d });
  }
  return { x, y, xTicks, yTicks: y.ticks(5), paths, points, gaps, innerWidth, innerHeight };
}
