import { useEffect, useId, useMemo, useState } from 'react';
import { formatPeriod } from '../domain/period.ts';
import { useT } from '../i18n/i18n.ts';
import { formatValue } from '../i18n/format.ts';
import type { ChartSeries, SeriesRole } from './series.ts';
import { layoutTrend, MARGINS, type PlacedPoint } from './trend-layout.ts';

/** Line style per role: colour, dash and marker shape, so lines differ by more than colour. */
export const ROLE_STYLE: Record<
  SeriesRole,
  {
    color: string;
    dash: string;
    marker: 'circle' | 'square' | 'diamond' | 'triangle';
    width: number;
  }
> = {
  main: { color: '#0b4f9c', dash: '', marker: 'circle', width: 3 },
  county: { color: '#0e6b4e', dash: '8 4', marker: 'square', width: 2 },
  country: { color: '#4a4a4a', dash: '3 3', marker: 'diamond', width: 2 },
  group: { color: '#7a2f8a', dash: '10 3 2 3', marker: 'triangle', width: 2 },
};

/** A marker shape centred on (x, y). */
export function Marker({
  shape,
  x,
  y,
  r,
  color,
}: {
  shape: string;
  x: number;
  y: number;
  r: number;
  color: string;
}) {
  if (shape === 'square')
    return <rect x={x - r} y={y - r} width={2 * r} height={2 * r} fill={color} />;
  if (shape === 'diamond')
    return (
      <path
        d={`M${x},${y - r * 1.3}L${x + r * 1.3},${y}L${x},${y + r * 1.3}L${x - r * 1.3},${y}Z`}
        fill={color}
      />
    );
  if (shape === 'triangle')
    return (
      <path
        d={`M${x},${y - r * 1.3}L${x + r * 1.2},${y + r}L${x - r * 1.2},${y + r}Z`}
        fill={color}
      />
    );
  return <circle cx={x} cy={y} r={r} fill={color} />;
}

interface TrendChartProps {
  /** Lines to draw; the chosen place first. */
  series: ChartSeries[];
  /** Unit of the indicator (`percent`, `per_1000`, …), shown on the axis. */
  unit: string;
  /** Pixel size of the drawing. */
  width: number;
  height: number;
  /** id of the element that names the chart (its title). */
  labelledBy: string;
  /** id of the element that describes it (its summary). */
  describedBy: string;
}

/** A D3 line chart: a point per period, spans for multi-year periods, gaps where a figure is withheld. */
export function TrendChart({
  series,
  unit,
  width,
  height,
  labelledBy,
  describedBy,
}: TrendChartProps) {
  const { t, lang } = useT();
  const layout = useMemo(
    () => layoutTrend(series, width, height, unit),
    [series, width, height, unit],
  );
  const [active, setActive] = useState<PlacedPoint | null>(null);
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

  return (
    <div className="trend-chart" style={{ position: 'relative' }}>
      <svg
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="group"
        aria-labelledby={labelledBy}
        aria-describedby={describedBy}
        data-testid="trend-svg"
      >
        <g transform={`translate(${MARGINS.left},${MARGINS.top})`}>
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
              y={layout.innerHeight + 22}
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
            aria-hidden="true"
          />
          <text
            transform={`translate(${-MARGINS.left + 10},${layout.innerHeight / 2}) rotate(-90)`}
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
                x={g.x - 10}
                width={20}
                y={0}
                height={layout.innerHeight}
                fill={`url(#${hatchId})`}
              />
              <text x={g.x} y={layout.innerHeight - 6} textAnchor="middle" className="gap-label">
                {g.point.status === 'suppressed' ? '×' : '–'}
              </text>
            </g>
          ))}
          {layout.paths.map(({ series: s, d }) => {
            const st = ROLE_STYLE[s.role];
            return (
              <path
                key={s.key}
                d={d}
                fill="none"
                stroke={st.color}
                strokeWidth={st.width}
                strokeDasharray={st.dash}
                aria-hidden="true"
              />
            );
          })}
          {layout.points.map((p) => {
            const st = ROLE_STYLE[p.series.role];
            const key = `${p.series.key}-${p.point.from}-${p.point.to}`;
            return (
              <g key={key}>
                {p.x1 !== p.x2 && (
                  <line
                    x1={p.x1}
                    x2={p.x2}
                    y1={p.cy}
                    y2={p.cy}
                    stroke={st.color}
                    strokeWidth={6}
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
                    strokeWidth={1.5}
                    aria-hidden="true"
                  />
                )}
                <g
                  className="point"
                  tabIndex={0}
                  role="img"
                  aria-label={pointLabel(p)}
                  data-testid={p.series.role === 'main' ? 'chart-point' : 'chart-ref-point'}
                  data-value={p.point.value ?? ''}
                  onMouseEnter={() => setActive(p)}
                  onMouseLeave={() => setActive(null)}
                  onFocus={() => setActive(p)}
                  onBlur={() => setActive(null)}
                >
                  <circle cx={p.cx} cy={p.cy} r={12} fill="transparent" />
                  <Marker
                    shape={st.marker}
                    x={p.cx}
                    y={p.cy}
                    r={p.series.role === 'main' ? 5 : 4}
                    color={st.color}
                  />
                </g>
              </g>
            );
          })}
        </g>
        <defs>
          <pattern
            id={hatchId}
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <line y2="6" stroke="#9aa3ad" strokeWidth="1.5" />
          </pattern>
        </defs>
      </svg>
      {active && (
        <div
          className="chart-tooltip"
          role="status"
          style={{
            left: Math.min(active.cx + MARGINS.left + 12, width - 180),
            top: Math.max(0, active.cy + MARGINS.top - 40),
          }}
        >
          {pointLabel(active)}
          {active.point.note && <div className="tooltip-note">{active.point.note}</div>}
        </div>
      )}
    </div>
  );
}
