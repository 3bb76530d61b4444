import { Checkbox, Field, Fieldset, Label, Select } from '@digdir/designsystemet-react';
import { useMemo } from 'react';
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

const name = (r: { name_nb: string; name_en: string }, lang: Lang) =>
  lang === 'en' ? r.name_en : r.name_nb;

/** Label of a line: the place, with age or sex when they are not "all". */

/** Trender: choose a place and indicators; one chart per indicator with references, sources and tables. */
export function TrenderView({ url, navigate }: { url: UrlState; navigate: Navigate }) {
  const { t, lang } = useT();
  const state = trenderStateFrom(url.params, rememberedGeo());
  const key = JSON.stringify(state);
  const load = useLoad((db) => loadTrender(db, state), key);
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
    <section
      aria-labelledby="view-title"
      className="trender"
      data-testid="view-trender"
      data-load={load.status}
    >
      <h2 id="view-title" tabIndex={-1}>
        {t('trender.title')}
      </h2>
      <p className="view-intro">{t('trender.intro')}</p>
      <div className="filters">
        <PlacePicker
          places={data?.places ?? []}
          value={state.geo}
          onChange={(code) => set({ geo: code, indicators: [] })}
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
      {load.status === 'error' && (
        <p className="error" role="alert">
          {load.error}
        </p>
      )}
      {data && data.selected.length === 0 && (
        <p>{visible.length === 0 ? t('trender.noIndicators') : t('trender.chooseIndicator')}</p>
      )}
      <div className="chart-grid" aria-busy={load.status === 'loading'}>
        {(data?.selected ?? []).map((ind) => {
          const rows = data?.series.filter((r) => r.indicator_id === ind.id) ?? [];
          const series = rowsToSeries(rows, state.geo, seriesLabels(rows, lang));
          const sourceIds = new Set(rows.map((r) => r.source_id));
          const notes = annotationsFor(data?.measures ?? [], ind.id);
          return (
            <ChartCard
              key={ind.id}
              id={ind.id}
              title={name(ind, lang)}
              subtitle={[ind.population, lang === 'en' ? ind.description_en : ind.description_nb]
                .filter(Boolean)
                .join(' · ')}
              series={series}
              unit={ind.unit}
              sources={(data?.sources ?? []).filter((s) => sourceIds.has(s.id))}
              measures={notes.measures}
              plans={notes.plans}
              actions={
                <div className="head-actions">
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
            />
          );
        })}
      </div>
    </section>
  );
}
