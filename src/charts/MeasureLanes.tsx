import type { ScaleLinear } from 'd3';
import { formatPeriod } from '../domain/period.ts';
import { useT } from '../i18n/i18n.ts';
import type { ChartMeasure, ChartPlan } from '../domain/spans.ts';

/** How many measures get a lane of their own under a chart; the rest are listed below it. */
export const MAX_LANES = 5;
export const LANE_HEIGHT = 22;
/** Height of the measure area under a chart with `n` measures. */
export const lanesHeight = (n: number) =>
  n === 0 ? 0 : 30 + Math.min(n, MAX_LANES) * LANE_HEIGHT + (n > MAX_LANES ? 18 : 0);

/** Plan periods shaded behind the plot, labelled at the top. */
export function PlanBands({
  plans,
  x,
  height,
}: {
  plans: ChartPlan[];
  x: ScaleLinear<number, number>;
  height: number;
}) {
  const { t } = useT();
  return (
    <g aria-hidden="true">
      {plans.map((p, i) => (
        <g key={p.id} data-testid="plan-band">
          <rect
            x={x(p.from)}
            width={Math.max(4, x(p.to) - x(p.from))}
            y={0}
            height={height}
            fill="#e8eef7"
          />
          <text x={x(p.from) + 4} y={12 + i * 13} className="band-label">
            {t('chart.planPeriod')} {formatPeriod(p)}
          </text>
        </g>
      ))}
    </g>
  );
}

/** A lane per linked measure under the plot: a bar from start to due, focusable, with a label. */
export function MeasureLanes({
  measures,
  x,
  top,
  width,
  onActive,
}: {
  measures: ChartMeasure[];
  x: ScaleLinear<number, number>;
  top: number;
  width: number;
  onActive: (m: ChartMeasure | null, cx: number, cy: number) => void;
}) {
  const { t } = useT();
  if (measures.length === 0) return null;
  return (
    <g transform={`translate(0,${top})`}>
      <text y={12} className="lane-title" aria-hidden="true">
        {t('chart.measures')}
      </text>
      {measures.slice(0, MAX_LANES).map((m, i) => {
        const x1 = x(m.from);
        const w = Math.max(8, x(m.to) - x1);
        const y = 20 + i * LANE_HEIGHT;
        // Write the label on the side of the bar's start that has more room.
        const leftSide = x1 > width / 2;
        const room = Math.max(4, Math.floor((leftSide ? x1 - 6 : width - x1 - 6) / 6.2));
        const label = m.title.length > room ? `${m.title.slice(0, room - 1)}…` : m.title;
        return (
          <g
            key={m.id}
            className="measure-lane"
            tabIndex={0}
            role="img"
            aria-label={`${t('chart.measure')}: ${m.title}, ${formatPeriod(m)} (${m.planTitle})`}
            data-testid="chart-measure"
            onMouseEnter={() => onActive(m, x1, top + y)}
            onMouseLeave={() => onActive(null, 0, 0)}
            onFocus={() => onActive(m, x1, top + y)}
            onBlur={() => onActive(null, 0, 0)}
          >
            <rect x={x1} y={y} width={w} height={16} rx={3} fill="#d7e3f4" stroke="#0b4f9c" />
            <line x1={x1} x2={x1} y1={y - 3} y2={y + 19} stroke="#0b4f9c" strokeWidth={2} />
            <text
              x={leftSide ? x1 - 5 : x1 + 5}
              y={y + 12}
              textAnchor={leftSide ? 'end' : 'start'}
              className="lane-label"
            >
              {label}
            </text>
          </g>
        );
      })}
      {measures.length > MAX_LANES && (
        <text y={20 + MAX_LANES * LANE_HEIGHT + 12} className="lane-title">
          {t('chart.moreMeasures', { n: measures.length - MAX_LANES })}
        </text>
      )}
    </g>
  );
}
