import { useId, useMemo } from 'react';
import { ChoroplethMap } from '../../charts/ChoroplethMap.tsx';
import { MapLegend } from '../../charts/MapLegend.tsx';
import { ageLabel } from '../../charts/series-labels.ts';
import { formatPeriod } from '../../domain/period.ts';
import { useT } from '../../i18n/i18n.ts';
import { loadMap, mapParams, mapStateFrom, type MapState } from '../../queries/map.ts';
import type { Navigate } from '../../state/navigate.ts';
import type { UrlState } from '../../state/url-state.ts';
import { useLoad } from '../../state/useLoad.ts';
import { rememberedGeo, useRememberGeo } from '../shared/usePlaceParam.ts';
import { ViewSection } from '../shared/ViewHeader.tsx';
import { MapFilters } from './MapFilters.tsx';
import { mapModel } from './map-model.ts';
import { MapTable } from './MapTable.tsx';
import { useBorders } from './useBorders.ts';

/** Kart: a choropleth of one indicator and period, with its legend, sources and a table. */
export function KartView({ url, navigate }: { url: UrlState; navigate: Navigate }) {
  const { t, lang } = useT();
  const state = mapStateFrom(url.params, rememberedGeo());
  const load = useLoad((db) => loadMap(db, state), JSON.stringify(state));
  const { borders, error: bordersError } = useBorders();
  const data = load.data;
  const patternBase = `map-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const patternIds = { missing: `${patternBase}-missing`, suppressed: `${patternBase}-suppressed` };
  useRememberGeo(state.geo);

  const set = (next: Partial<MapState>) =>
    navigate({ ...url, params: mapParams({ ...state, ...next }) });
  const open = (code: string) =>
    navigate({ view: 'oversikt', lang: url.lang, params: { geo: code } });

  const indicator = data?.indicator ?? null;
  const unit = indicator?.unit ?? 'count';
  const name = (r: { name_nb: string; name_en: string }) => (lang === 'en' ? r.name_en : r.name_nb);
  const periodText = data?.period ? formatPeriod(data.period) : '';

  const view = useMemo(
    () => mapModel(data, borders, unit, lang, t, periodText),
    [data, borders, unit, lang, t, periodText],
  );

  const level = data?.level ?? state.level;
  const levelName = t(level === 'county' ? 'kart.level.county' : 'kart.level.municipality');
  const selected =
    level === 'county'
      ? (data?.places.find((p) => p.code === state.geo)?.parent_code ?? null)
      : state.geo;
  const selectedName = data?.places.find((p) => p.code === state.geo)?.label ?? state.geo;
  const withValue = view.places.filter((p) => p.status === 'ok').length;

  return (
    <ViewSection name="kart" className="kart" load={load} title="kart.title">
      <MapFilters data={data} state={state} level={level} set={set} />
      {load.status === 'error' && <p role="alert">{t('kart.error', { error: load.error })}</p>}
      {bordersError && <p role="alert">{t('kart.error', { error: bordersError })}</p>}
      {!data || !borders ? (
        <p role="status">{t('kart.loading')}</p>
      ) : !indicator || !data.period ? (
        <p>{t('kart.none')}</p>
      ) : (
        <>
          <h3 className="map-title">
            {name(indicator)}, {periodText}
            {data.age !== 'all' && (
              <span className="map-subtitle"> ({ageLabel(data.age, lang)})</span>
            )}
          </h3>
          <p className="map-selected">{t('kart.selected', { name: selectedName })}</p>
          <div className="map-layout">
            <ChoroplethMap
              features={borders[level]}
              places={view.places}
              selected={selected}
              onOpen={open}
              label={t('kart.mapLabel', {
                indicator: name(indicator),
                period: periodText,
                level: levelName,
              })}
              attribution={`${t('kart.attribution')}`}
              patternIds={patternIds}
              help={t('kart.help')}
            />
            <MapLegend
              title={t('kart.legend')}
              entries={view.entries}
              note={t('kart.darker')}
              patternIds={patternIds}
            />
          </div>
          <p className="map-counts" data-testid="map-counts">
            {t('kart.counts', {
              withValue,
              rows: view.places.length,
              missing: view.missing,
              suppressed: view.suppressed,
            })}
          </p>
          <div className="chart-source">
            <p>
              {t('kart.sources')}: {view.sources.join('; ')}
            </p>
            <p>{t('kart.borders')}</p>
          </div>
          <MapTable rows={view.rows} onOpen={open} />
        </>
      )}
    </ViewSection>
  );
}
