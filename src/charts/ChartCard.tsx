import { useId, useState, type ReactNode } from 'react';
import { formatPeriod } from '../domain/period.ts';
import { useT } from '../i18n/i18n.ts';
import { formatValue, listWords } from '../i18n/format.ts';
import { drawnSeries, type ChartSeries } from './series.ts';
import { summarise } from './summary.ts';
import { sourceLine, type SourceLike } from '../i18n/source-line.ts';
import type { ChartMeasure, ChartPlan } from '../domain/spans.ts';
import { ChartLegend, legendEntries } from './ChartLegend.tsx';
import { lineStyle, panelsOf, ROLE_BASE } from './series-style.ts';
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
  /** More under the source line (a rate's band and sources, how a group's value was made). */
  footer?: ReactNode;
}

/** The width of one panel of small multiples: as many per row as fit, at least 260 px each. */
function panelWidth(width: number, n: number): number {
  const perRow = Math.max(1, Math.min(n, Math.floor(width / 260)));
  return Math.floor((width - (perRow - 1) * 16) / perRow);
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
  footer,
}: ChartCardProps) {
  const { t, lang } = useT();
  const [showTable, setShowTable] = useState(false);
  const [ref, width] = useParentWidth<HTMLDivElement>();
  const titleId = useId();
  const summaryId = useId();
  const tableId = useId();
  const all = series.flatMap((s) => s.points);
  const drawn = drawnSeries(series, unit);
  const notDrawn = [...new Set(series.filter((s) => !drawn.includes(s)).map((s) => s.place))];
  const panels = panelsOf(drawn);
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
        ) : panels.length === 1 ? (
          <TrendChart
            series={drawn}
            unit={unit}
            width={width}
            height={Math.round(Math.min(360, Math.max(240, width * 0.5)))}
            labelledBy={titleId}
            describedBy={summaryId}
            measures={measures}
            plans={plans}
          />
        ) : (
          <div className="small-multiples" data-testid="small-multiples">
            {panels.map((panel) => {
              const w = panelWidth(width, panels.length);
              const name = panel.series.find((s) => s.role === 'main')?.breakdown ?? t('sex.all');
              return (
                <figure key={panel.key} className="panel-chart" style={{ width: w }}>
                  <figcaption className="panel-title">{name}</figcaption>
                  <TrendChart
                    series={panel.series}
                    scaleSeries={drawn}
                    styleOf={(s) => ROLE_BASE[s.role]}
                    unit={unit}
                    width={w}
                    height={Math.round(Math.min(300, Math.max(200, w * 0.7)))}
                    labelledBy={titleId}
                    describedBy={summaryId}
                    plans={plans}
                  />
                </figure>
              );
            })}
          </div>
        )}
      </div>
      {panels.length > 1 ? (
        <ChartLegend
          entries={legendEntries(
            drawn,
            (s) => ROLE_BASE[s.role],
            (s) => s.place,
          )}
        />
      ) : (
        <ChartLegend entries={legendEntries(drawn, (s) => lineStyle(s, drawn))} />
      )}
      {notDrawn.length > 0 && (
        <p className="chart-note" data-testid="chart-not-drawn">
          {t('chart.countsNotDrawn', { places: listWords(notDrawn, lang) })}
        </p>
      )}
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
      {footer}
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
