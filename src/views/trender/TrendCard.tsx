import { ChartCard } from '../../charts/ChartCard.tsx';
import { rowsToSeries } from '../../charts/series.ts';
import { seriesLabels } from '../../charts/series-labels.ts';
import { ExportMenu } from '../../deck/ExportMenu.tsx';
import { PinButton } from '../../deck/PinButton.tsx';
import { useT } from '../../i18n/i18n.ts';
import { annotationsFor } from '../../queries/annotations.ts';
import type { TrenderData } from '../../queries/trender.ts';
import type { SeriesRow } from '../../sql/rows.ts';
import type { RateRow } from '../../sql/similar-rows.ts';
import { GroupReferenceNote } from '../shared/GroupReferenceNote.tsx';
import { RateSourceLine, RateToggle, rateBandWords, type RateMode } from '../shared/RateToggle.tsx';

/** One indicator's chart in Trender: counts or rates, references, measures, sources, pin and export. */
export function TrendCard({
  ind,
  data,
  geo,
  mode,
  setMode,
}: {
  /** The indicator drawn. */
  ind: TrenderData['selected'][number];
  data: TrenderData;
  /** The place the chart is for. */
  geo: string;
  /** Counts or rates (where the indicator has rates). */
  mode: RateMode | undefined;
  setMode: (m: RateMode) => void;
}) {
  const { t, lang } = useT();
  const name = (r: { name_nb: string; name_en: string }) => (lang === 'en' ? r.name_en : r.name_nb);
  const rates = (data.rates ?? []).filter((r) => r.indicator_id === ind.id);
  const firstRate = rates[0];
  const asRate = firstRate !== undefined && mode === 'rate';
  const rows = asRate
    ? rates.map((r) => rateSeriesRow(r, data.place?.name ?? geo))
    : data.series.filter((r) => r.indicator_id === ind.id);
  const series = rowsToSeries(rows, geo, seriesLabels(rows, lang));
  const sourceIds = new Set([
    ...rows.map((r) => r.source_id),
    ...(asRate ? rates.map((r) => r.pop_source_id ?? '') : []),
  ]);
  const group = (data.groupRows ?? []).filter((g) => g.indicator_id === ind.id).at(-1);
  const notes = annotationsFor(data.measures, ind.id);
  return (
    <ChartCard
      id={ind.id}
      title={name(ind)}
      subtitle={[
        asRate ? rateBandWords(firstRate, lang, t) : ind.population,
        lang === 'en' ? ind.description_en : ind.description_nb,
      ]
        .filter(Boolean)
        .join(' · ')}
      series={series}
      unit={asRate ? (firstRate.per === 1000 ? 'per_1000' : 'per_10000') : ind.unit}
      sources={data.sources.filter((s) => sourceIds.has(s.id))}
      measures={notes.measures}
      plans={notes.plans}
      actions={
        <div className="head-actions">
          {firstRate && (
            <RateToggle
              mode={asRate ? 'rate' : 'count'}
              per={firstRate.per}
              onChange={setMode}
              testId={`rate-toggle-${ind.id}`}
            />
          )}
          <PinButton pin={{ kind: 'trend', geo: geo, indicator: ind.id }} what={name(ind)} />
          <ExportMenu pin={{ kind: 'trend', geo: geo, indicator: ind.id }} what={name(ind)} />
        </div>
      }
      footer={
        <>
          {asRate &&
            rates.map((r) => (
              <RateSourceLine key={`${r.period_from}-${r.period_to}-${r.age}`} r={r} />
            ))}
          {group && <GroupReferenceNote row={group} placeName={data.place?.name ?? ''} />}
        </>
      }
    />
  );
}

/** A count's rate as a figure the chart draws (no population: a gap, never a zero). */
function rateSeriesRow(r: RateRow, placeName: string): SeriesRow {
  return {
    indicator_id: r.indicator_id,
    geo_code: r.geo_code,
    geo_name: placeName,
    geo_level: 'municipality',
    period_from: r.period_from,
    period_to: r.period_to,
    sex: r.sex,
    age: r.age,
    value: r.rate,
    ci_low: null,
    ci_high: null,
    numerator: r.count,
    denominator: r.population,
    respondents: null,
    status: r.rate === null ? 'missing' : 'ok',
    source_id: r.source_id,
    note: null,
  };
}
