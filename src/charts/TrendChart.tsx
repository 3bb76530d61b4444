import { useEffect, useId, useMemo, useState } from 'react';
import { formatPeriod } from '../domain/period.ts';
import { useT } from '../i18n/i18n.ts';
import { formatValue } from '../i18n/format.ts';
import type { ChartMeasure, ChartPlan } from '../domain/spans.ts';
import { Marker, scaleDash } from './Marker.tsx';
import { lineStyle, type LineStyle } from './series-style.ts';
import { MeasureLanes, PlanBands, lanesHeight } from './MeasureLanes.tsx';
import { drawnSeries, type ChartSeries } from './series.ts';
import {
  layoutTrend,
  LARGE_MARGINS,
  MARGINS,
  withRoomForTicks,
  type PlacedPoint,
} from './trend-layout.ts';
import { ChartSvg } from './ChartSvg.tsx';

interface TrendChartProps {
  /** Lines to draw; the chosen place first. */
  series: ChartSeries[];
  /** Unit of the indicator (`percent`, `per_1000`, …), shown on the axis. */
  unit: string;
  /** Pixel size of the plot (measure lanes add to the height). */
  width: number;
  height: number;
  /** id of the element that names the chart (its title). */
  labelledBy: string;
  /** id of the element that describes it (its summary). */
  describedBy: string;
  /** Measures linked to the indicator, drawn as lanes under the plot. */
  measures?: ChartMeasure[];
  /** Plan periods, shaded behind the plot. */
  plans?: ChartPlan[];
  /** Draw for the back of a room: larger type, margins, markers and line widths (meeting slides). */
  large?: boolean;
  /** Points take focus and show tooltips; false for a still picture (previews and exports). */
  interactive?: boolean;
  /** The series the scales cover: every panel of small multiples shares one scale. */
  scaleSeries?: ChartSeries[];
  /** Each line's style (default: by its role and breakdown among the chart's lines). */
  styleOf?: (s: ChartSeries) => LineStyle;
}

type Active = { text: string; note: string | null; x: number; y: number };

/** A D3 line chart: a point per period, spans for multi-year periods, gaps where a figure is withheld. */
export function TrendChart({
  series: given,
  unit,
  width,
  height,
  labelledBy,
  describedBy,
  measures = [],
  plans = [],
  large = false,
  interactive = true,
  scaleSeries: givenScale = given,
  styleOf,
}: TrendChartProps) {
  // Counts draw the place's own lines only (see drawnSeries).
  const series = useMemo(() => drawnSeries(given, unit), [given, unit]);
  const scaleSeries = useMemo(() => drawnSeries(givenScale, unit), [givenScale, unit]);
  const style = styleOf ?? ((s: ChartSeries) => lineStyle(s, series));
  const { t, lang } = useT();
  const base = large ? LARGE_MARGINS : MARGINS;
  // Line widths, markers and gaps grow with the type on a slide.
  const k = large ? 2 : 1;
  const extraYears = useMemo(
    () => [...plans, ...measures].flatMap((a) => [a.from, a.to]),
    [plans, measures],
  );
  // The y ticks follow the height only, so a wider left margin keeps them.
  const { layout, margins } = useMemo(() => {
    const first = layoutTrend(series, width, height, unit, base, extraYears, scaleSeries);
    const labels = first.yTicks.map((v) => formatValue(v, unit, lang));
    const m = withRoomForTicks(base, labels, large);
    return m === base
      ? { layout: first, margins: base }
      : {
          layout: layoutTrend(series, width, height, unit, m, extraYears, scaleSeries),
          margins: m,
        };
  }, [series, width, height, unit, base, extraYears, scaleSeries, lang, large]);
  const [active, setActive] = useState<Active | null>(null);
  const hatchId = `hatch-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  useEffect(() => {
    // The benchmark reads this mark: time from navigation to the first chart on screen.
    if (performance.getEntriesByName('oversikt:first-chart').length === 0)
      performance.mark('oversikt:first-chart');
  }, []);
  const fmt = (v: number) => formatValue(v, unit, lang);
  const pointLabel = (p: PlacedPoint) =>
    `${p.series.label}, ${formatPeriod(p.point)}: ${fmt(p.point.value as number)}` +
    (p.point.respondents ? ` (${p.point.respondents} ${t('chart.respondents')})` : '');
  const showPoint = (p: PlacedPoint | null) =>
    setActive(p ? { text: pointLabel(p), note: p.point.note, x: p.cx, y: p.cy } : null);
  const showMeasure = (m: ChartMeasure | null, x: number, y: number) =>
    setActive(
      m
        ? {
            text: `${t('chart.measure')}: ${m.title} (${formatPeriod(m)})`,
            note: m.planTitle,
            x,
            y,
          }
        : null,
    );
  const totalHeight = height + lanesHeight(measures.length);

  return (
    <div
      className={large ? 'trend-chart trend-chart-large' : 'trend-chart'}
      style={{ position: 'relative' }}
    >
      <ChartSvg
        testId="trend-svg"
        width={width}
        height={totalHeight}
        role="group"
        names={{ labelledBy, describedBy }}
      >
        <defs>
          <pattern
            id={hatchId}
            width={6 * k}
            height={6 * k}
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <line y2={6 * k} stroke="#9aa3ad" strokeWidth={1.5 * k} />
          </pattern>
        </defs>
        <g transform={`translate(${margins.left},${margins.top})`}>
          <PlanBands plans={plans} x={layout.x} height={layout.innerHeight} />
          {layout.yTicks.map((tick) => (
            <g key={`y${tick}`} transform={`translate(0,${layout.y(tick)})`} aria-hidden="true">
              <line x2={layout.innerWidth} stroke="#d6dbe1" />
              <text x={-8} dy="0.32em" textAnchor="end" className="tick">
                {fmt(tick)}
              </text>
            </g>
          ))}
          {layout.xTicks.map((tick) => (
            <text
              key={`x${tick}`}
              x={layout.x(tick)}
              y={layout.innerHeight + (large ? 42 : 22)}
              textAnchor="middle"
              className="tick"
              aria-hidden="true"
            >
              {tick}
            </text>
          ))}
          <line
            y1={layout.innerHeight}
            y2={layout.innerHeight}
            x2={layout.innerWidth}
            stroke="#6b7480"
            strokeWidth={k}
            aria-hidden="true"
          />
          <text
            transform={`translate(${-margins.left + (large ? 26 : 10)},${layout.innerHeight / 2}) rotate(-90)`}
            textAnchor="middle"
            className="axis-label"
            aria-hidden="true"
          >
            {t(`unit.${unit}` as 'unit.percent')}
          </text>
          {layout.gaps.map((g) => (
            <g
              key={`gap-${g.series.key}-${g.point.from}-${g.point.to}`}
              className="gap"
              data-testid="chart-gap"
              aria-hidden="true"
            >
              <rect
                x={g.x - 10 * k}
                width={20 * k}
                y={0}
                height={layout.innerHeight}
                fill={`url(#${hatchId})`}
              />
              <text
                x={g.x}
                y={layout.innerHeight - 6 * k}
                textAnchor="middle"
                className="gap-label"
              >
                {g.point.status === 'suppressed' ? '×' : '–'}
              </text>
            </g>
          ))}
          {layout.paths.map(({ series: s, d }) => {
            const st = style(s);
            return (
              <path
                key={s.key}
                d={d}
                fill="none"
                stroke={st.color}
                strokeWidth={st.width * k}
                strokeDasharray={scaleDash(st.dash, k)}
                aria-hidden="true"
              />
            );
          })}
          {layout.points.map((p) => {
            const st = style(p.series);
            return (
              <g key={`${p.series.key}-${p.point.from}-${p.point.to}`}>
                {p.x1 !== p.x2 && (
                  <line
                    x1={p.x1}
                    x2={p.x2}
                    y1={p.cy}
                    y2={p.cy}
                    stroke={st.color}
                    strokeWidth={6 * k}
                    strokeOpacity={0.35}
                    aria-hidden="true"
                  />
                )}
                {p.ciY1 !== null && p.ciY2 !== null && (
                  <line
                    x1={p.cx}
                    x2={p.cx}
                    y1={p.ciY1}
                    y2={p.ciY2}
                    stroke={st.color}
                    strokeWidth={1.5 * k}
                    aria-hidden="true"
                  />
                )}
                <g
                  className="point"
                  data-testid={p.series.role === 'main' ? 'chart-point' : 'chart-ref-point'}
                  data-value={p.point.value ?? ''}
                  {...(interactive
                    ? {
                        tabIndex: 0,
                        role: 'img',
                        'aria-label': pointLabel(p),
                        onMouseEnter: () => showPoint(p),
                        onMouseLeave: () => showPoint(null),
                        onFocus: () => showPoint(p),
                        onBlur: () => showPoint(null),
                      }
                    : { 'aria-hidden': true })}
                >
                  {interactive && <circle cx={p.cx} cy={p.cy} r={12 * k} fill="transparent" />}
                  <Marker
                    shape={st.marker}
                    x={p.cx}
                    y={p.cy}
                    r={(p.series.role === 'main' ? 5 : 4) * (large ? 2.2 : 1)}
                    color={st.color}
                  />
                </g>
                {large && p.series.role === 'main' && (
                  // On a slide the place's figures are written on the chart, read from the back of a room.
                  <text
                    x={p.cx}
                    y={p.cy - 22}
                    textAnchor="middle"
                    className="point-label"
                    aria-hidden="true"
                  >
                    {fmt(p.point.value as number)}
                  </text>
                )}
              </g>
            );
          })}
          <MeasureLanes
            measures={measures}
            x={layout.x}
            top={layout.innerHeight + MARGINS.bottom}
            width={layout.innerWidth}
            onActive={showMeasure}
          />
        </g>
      </ChartSvg>
      {active && (
        <div
          className="chart-tooltip"
          role="status"
          style={{
            left: Math.min(active.x + margins.left + 12, width - 200),
            top: Math.max(0, active.y + margins.top - 44),
          }}
        >
          {active.text}
          {active.note && <div className="tooltip-note">{active.note}</div>}
        </div>
      )}
    </div>
  );
}
