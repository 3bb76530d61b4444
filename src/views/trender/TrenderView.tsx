import { Checkbox, Field, Fieldset, Label, Select } from '@digdir/designsystemet-react';
import { useMemo, useState } from 'react';
import { ReferenceSelect } from '../shared/ReferenceSelect.tsx';
import { referenceFrom } from '../../queries/reference.ts';
import { GroupReferenceNote } from '../shared/GroupReferenceNote.tsx';
import { RateSourceLine, RateToggle, rateBandWords, type RateMode } from '../shared/RateToggle.tsx';
import type { RateRow } from '../../sql/similar-rows.ts';
import type { SeriesRow } from '../../sql/rows.ts';
import { ChartCard } from '../../charts/ChartCard.tsx';
import { ExportMenu } from '../../deck/ExportMenu.tsx';
import { PinButton } from '../../deck/PinButton.tsx';
import { rowsToSeries } from '../../charts/series.ts';
import { seriesLabels } from '../../charts/series-labels.ts';
import { annotationsFor } from '../../queries/annotations.ts';
import { useT, type Lang } from '../../i18n/i18n.ts';
import { useLoad } from '../../state/useLoad.ts';
import type { UrlState } from '../../state/url-state.ts';
import type { Navigate } from '../../state/navigate.ts';
import {
  loadTrender,
  trenderParams,
  trenderStateFrom,
  type TrenderState,
} from '../../queries/trender.ts';
import { OldCodeNotice } from '../shared/OldCodeNotice.tsx';
import { PlacePicker } from '../shared/PlacePicker.tsx';
import { rememberedGeo, useRememberGeo } from '../shared/usePlaceParam.ts';
import { ViewSection, LoadError } from '../shared/ViewHeader.tsx';

const name = (r: { name_nb: string; name_en: string }, lang: Lang) =>
  lang === 'en' ? r.name_en : r.name_nb;

/** Label of a line: the place, with age or sex when they are not "all". */

/** Trender: choose a place and indicators; one chart per indicator with references, sources and tables. */
export function TrenderView({ url, navigate }: { url: UrlState; navigate: Navigate }) {
  const { t, lang } = useT();
  const state = trenderStateFrom(url.params, rememberedGeo());
  // An extra reference line: a group computed from members (same size, KOSTRA); Norway and the
  // county are always drawn.
  const ref = referenceFrom(url.params.ref);
  const computedRef = ref.startsWith('G-') ? ref : '';
  const key = JSON.stringify(state) + computedRef;
  const load = useLoad((db) => loadTrender(db, state, computedRef), key);
  const [modes, setModes] = useState<Record<string, RateMode>>({});
  const data = load.data;

  useRememberGeo(state.geo);

  const set = (next: Partial<TrenderState>) =>
    navigate({ ...url, params: trenderParams({ ...state, ...next }) });

  const themes = useMemo(() => {
    const m = new Map<string, string>();
    for (const i of data?.indicators ?? [])
      m.set(i.theme_id, lang === 'en' ? i.theme_en : i.theme_nb);
    return [...m.entries()];
  }, [data?.indicators, lang]);
  const theme = data?.theme ?? state.theme;
  const visible = (data?.indicators ?? []).filter((i) => !theme || i.theme_id === theme);
  // The URL answers at once; the loaded data catches up (keeps checkboxes responsive while loading).
  const selectedIds = new Set(
    state.indicators.length > 0 ? state.indicators : (data?.selected ?? []).map((i) => i.id),
  );

  const toggle = (id: string) => {
    const next = new Set(selectedIds);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    set({ indicators: [...next] });
  };

  return (
    <ViewSection name="trender" className="trender" load={load} title="trender.title">
      <div className="filters">
        <PlacePicker
          places={data?.places ?? []}
          value={state.geo}
          onChange={(code) => set({ geo: code, indicators: [] })}
        />
        <ReferenceSelect
          value={ref}
          places={data?.places ?? []}
          kostra={data?.kostra ?? []}
          onChange={(r) => navigate({ ...url, params: { ...url.params, ref: r } })}
        />
        <Field>
          <Label>{t('trender.theme')}</Label>
          <Select
            value={theme}
            onChange={(e) => set({ theme: e.target.value, indicators: [] })}
            data-testid="theme-select"
          >
            <option value="">{t('trender.allThemes')}</option>
            {themes.map(([id, label]) => (
              <option key={id} value={id}>
                {label}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Fieldset className="indicator-picker">
        <Fieldset.Legend>{t('trender.indicators')}</Fieldset.Legend>
        {/* With all themes shown, the indicators are grouped under their theme. */}
        {themes
          .filter(([id]) => visible.some((i) => i.theme_id === id))
          .map(([id, label]) => (
            <div key={id} className="indicator-group">
              {!theme && <p className="indicator-theme">{label}</p>}
              <div className="indicator-options">
                {visible
                  .filter((i) => i.theme_id === id)
                  .map((i) => (
                    <Checkbox
                      key={i.id}
                      label={name(i, lang)}
                      value={i.id}
                      checked={selectedIds.has(i.id)}
                      onChange={() => toggle(i.id)}
                      data-size="sm"
                    />
                  ))}
              </div>
            </div>
          ))}
      </Fieldset>
      <OldCodeNotice url={url} navigate={navigate} />
      <LoadError load={load} />
      {data && data.selected.length === 0 && (
        <p>{visible.length === 0 ? t('trender.noIndicators') : t('trender.chooseIndicator')}</p>
      )}
      <div className="chart-grid" aria-busy={load.status === 'loading'}>
        {(data?.selected ?? []).map((ind) => {
          const rates = (data?.rates ?? []).filter((r) => r.indicator_id === ind.id);
          const firstRate = rates[0];
          const asRate = firstRate !== undefined && modes[ind.id] === 'rate';
          const rows = asRate
            ? rates.map((r) => rateSeriesRow(r, data?.place?.name ?? state.geo))
            : (data?.series.filter((r) => r.indicator_id === ind.id) ?? []);
          const series = rowsToSeries(rows, state.geo, seriesLabels(rows, lang));
          const sourceIds = new Set([
            ...rows.map((r) => r.source_id),
            ...(asRate ? rates.map((r) => r.pop_source_id ?? '') : []),
          ]);
          const group = (data?.groupRows ?? []).filter((g) => g.indicator_id === ind.id).at(-1);
          const notes = annotationsFor(data?.measures ?? [], ind.id);
          return (
            <ChartCard
              key={ind.id}
              id={ind.id}
              title={name(ind, lang)}
              subtitle={[
                asRate ? rateBandWords(firstRate, lang, t) : ind.population,
                lang === 'en' ? ind.description_en : ind.description_nb,
              ]
                .filter(Boolean)
                .join(' · ')}
              series={series}
              unit={asRate ? (firstRate.per === 1000 ? 'per_1000' : 'per_10000') : ind.unit}
              sources={(data?.sources ?? []).filter((s) => sourceIds.has(s.id))}
              measures={notes.measures}
              plans={notes.plans}
              actions={
                <div className="head-actions">
                  {firstRate && (
                    <RateToggle
                      mode={asRate ? 'rate' : 'count'}
                      per={firstRate.per}
                      onChange={(m) => setModes({ ...modes, [ind.id]: m })}
                      testId={`rate-toggle-${ind.id}`}
                    />
                  )}
                  <PinButton
                    pin={{ kind: 'trend', geo: state.geo, indicator: ind.id }}
                    what={name(ind, lang)}
                  />
                  <ExportMenu
                    pin={{ kind: 'trend', geo: state.geo, indicator: ind.id }}
                    what={name(ind, lang)}
                  />
                </div>
              }
              footer={
                <>
                  {asRate &&
                    rates.map((r) => (
                      <RateSourceLine key={`${r.period_from}-${r.period_to}-${r.age}`} r={r} />
                    ))}
                  {group && <GroupReferenceNote row={group} placeName={data?.place?.name ?? ''} />}
                </>
              }
            />
          );
        })}
      </div>
    </ViewSection>
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
