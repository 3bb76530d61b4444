import { useId, useState, type ReactNode } from 'react';
import { formatPeriod } from '../domain/period.ts';
import { useT } from '../i18n/i18n.ts';
import { formatValue } from '../i18n/format.ts';
import type { ChartSeries } from './series.ts';
import { summarise } from './summary.ts';
import { sourceLine, type SourceLike } from '../i18n/source-line.ts';
import type { ChartMeasure, ChartPlan } from '../domain/spans.ts';
import { Marker, ROLE_STYLE } from './Marker.tsx';
import { TrendChart } from './TrendChart.tsx';
import { useParentWidth } from './useParentWidth.ts';

interface ChartCardProps {
  /** Chart title (the indicator's name). */
  title: string;
  /** Who is measured ("Ungdomsskoleelever"), shown under the title. */
  subtitle: string;
  series: ChartSeries[];
  unit: string;
  /** Sources of the figures, shown under the chart with their citation. */
  sources: readonly SourceLike[];
  /** Test id prefix and anchor for the card. */
  id: string;
  /** Measures linked to the indicator, and their plans' periods. */
  measures?: ChartMeasure[];
  plans?: ChartPlan[];
  /** Buttons beside the title (Trender passes "Fest til møte" and the exports). */
  actions?: ReactNode;
}

/** A trend chart with its title, one-sentence summary, legend, source line and data table. */
export function ChartCard({
  title,
  subtitle,
  series,
  unit,
  sources,
  id,
  measures = [],
  plans = [],
  actions,
}: ChartCardProps) {
  const { t, lang } = useT();
  const [showTable, setShowTable] = useState(false);
  const [ref, width] = useParentWidth<HTMLDivElement>();
  const titleId = useId();
  const summaryId = useId();
  const tableId = useId();
  const all = series.flatMap((s) => s.points);
  const from = Math.min(...all.map((p) => p.from));
  const to = Math.max(...all.map((p) => p.to));
  const periods = [...new Map(all.map((p) => [`${p.from}-${p.to}`, p])).values()].sort(
    (a, b) => a.from - b.from || a.to - b.to,
  );
  const cell = (s: ChartSeries, from: number, to: number) => {
    const p = s.points.find((q) => q.from === from && q.to === to);
    if (!p) return '';
    if (p.status === 'suppressed') return t('chart.suppressed');
    if (p.status !== 'ok' || p.value === null) return t('chart.missing');
    return formatValue(p.value, unit, lang);
  };

  return (
    <article className="chart-card" data-testid={`chart-${id}`} id={`chart-${id}`}>
      <div className="chart-head">
        <h3 id={titleId} className="chart-title">
          {title}
        </h3>
        {actions}
      </div>
      <p className="chart-subtitle">{subtitle}</p>
      <p id={summaryId} className="chart-summary" data-testid="chart-summary">
        {summarise(series, unit, lang, t)}
      </p>
      <div ref={ref} className="chart-area">
        {all.length === 0 ? (
          <p>{t('chart.noData')}</p>
        ) : (
          <TrendChart
            series={series}
            unit={unit}
            width={width}
            height={Math.round(Math.min(360, Math.max(240, width * 0.5)))}
            labelledBy={titleId}
            describedBy={summaryId}
            measures={measures}
            plans={plans}
          />
        )}
      </div>
      <ul className="chart-legend" aria-label={t('chart.legend')}>
        {series.map((s) => {
          const st = ROLE_STYLE[s.role];
          return (
            <li key={s.key}>
              <svg width="34" height="14" aria-hidden="true">
                <line
                  x1="1"
                  x2="33"
                  y1="7"
                  y2="7"
                  stroke={st.color}
                  strokeWidth={st.width}
                  strokeDasharray={st.dash}
                />
                <Marker shape={st.marker} x={17} y={7} r={4} color={st.color} />
              </svg>
              {s.label}
            </li>
          );
        })}
      </ul>
      {measures.length > 0 && (
        <details className="measure-details">
          <summary>
            {t('chart.measureList')} ({measures.length})
          </summary>
          <ul className="measure-list" data-testid="chart-measure-list">
            {measures.map((m) => (
              <li key={m.id}>
                {m.title} ({formatPeriod(m)}; {m.planTitle})
              </li>
            ))}
          </ul>
        </details>
      )}
      <p className="chart-source" data-testid="chart-source">
        <strong>{t('chart.source')}:</strong>{' '}
        {sources.map((s) => sourceLine(s, t('chart.citedIn'))).join('; ')}.{' '}
        <strong>{t('chart.period')}:</strong> {formatPeriod({ from, to })}.
      </p>
      <button
        type="button"
        className="ds-button table-toggle"
        data-variant="tertiary"
        data-size="sm"
        aria-expanded={showTable}
        aria-controls={tableId}
        onClick={() => setShowTable((v) => !v)}
      >
        {showTable ? t('chart.hideTable') : t('chart.showTable')}
      </button>
      <div id={tableId} hidden={!showTable}>
        {showTable && (
          <table className="ds-table data-table" data-size="sm" data-testid="chart-table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('chart.tablePeriod')}</th>
                {series.map((s) => (
                  <th scope="col" key={s.key}>
                    {s.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {periods.map((p) => (
                <tr key={`${p.from}-${p.to}`}>
                  <th scope="row">{formatPeriod(p)}</th>
                  {series.map((s) => (
                    <td key={s.key} className="num">
                      {cell(s, p.from, p.to)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </article>
  );
}
