import { Field, Label, Select } from '@digdir/designsystemet-react';
import { useEffect, useId, useMemo, useState } from 'react';
import { ChoroplethMap, type MapPlace } from '../../charts/ChoroplethMap.tsx';
import { MapLegend, type MapLegendEntry } from '../../charts/MapLegend.tsx';
import { paletteFor } from '../../charts/map-style.ts';
import { ageLabel } from '../../charts/series-labels.ts';
import { classCount, classOf, quantileBounds } from '../../domain/class-breaks.ts';
import { formatPeriod } from '../../domain/period.ts';
import { formatFigure, formatValue } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n.ts';
import { loadMap, mapParams, mapStateFrom, periodParam, type MapState } from '../../queries/map.ts';
import { loadBorders, type Borders } from '../../queries/map-borders.ts';
import type { Navigate } from '../../state/navigate.ts';
import type { UrlState } from '../../state/url-state.ts';
import { useLoad } from '../../state/useLoad.ts';
import { PlacePicker } from '../shared/PlacePicker.tsx';
import { rememberedGeo, useRememberGeo } from '../shared/usePlaceParam.ts';
import { MapTable, type MapTableRow } from './MapTable.tsx';
import { ViewSection } from '../shared/ViewHeader.tsx';

/** How many classes the map aims for. */
const CLASSES = 5;

/** The borders, fetched once from the site. */
function useBorders(): { borders: Borders | null; error: string | null } {
  const [state, setState] = useState<{ borders: Borders | null; error: string | null }>({
    borders: null,
    error: null,
  });
  useEffect(() => {
    let live = true;
    loadBorders().then(
      (borders) => live && setState({ borders, error: null }),
      (e: unknown) => live && setState({ borders: null, error: String(e) }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}

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

  const view = useMemo(() => {
    const figures = data?.figures ?? [];
    const bounds = quantileBounds(
      figures.map((f) => f.value),
      CLASSES,
    );
    const colours = paletteFor(classCount(bounds));
    const source = (p: string | null) => (p ?? '').split(';')[0]?.trim() ?? '';
    const places: MapPlace[] = figures.map((f) => {
      const cls = f.value === null ? null : classOf(bounds, f.value);
      const status = f.value !== null ? 'ok' : f.status === 'suppressed' ? 'suppressed' : 'missing';
      return {
        code: f.geo_code,
        name: f.geo_name,
        fill: cls === null ? null : (colours[cls] ?? null),
        status,
        valueText:
          f.value !== null
            ? formatFigure(f.value, unit, lang)
            : t(status === 'suppressed' ? 'kart.suppressed' : 'kart.noFigure'),
        details: [
          t('kart.period.line', { period: periodText }),
          t('kart.source.line', { source: source(f.source_publisher) || f.source_id }),
        ],
      };
    });
    const rows: MapTableRow[] = figures.map((f, i) => ({
      code: f.geo_code,
      name: f.geo_name,
      value: f.value,
      valueText: places[i]!.valueText,
      status: places[i]!.status,
      source: source(f.source_publisher) || f.source_id,
    }));
    const fmt = (v: number) => formatValue(v, unit, lang);
    const k = classCount(bounds);
    const countText = (n: number) =>
      n === 1 ? t('kart.classCount1') : t('kart.classCount', { n });
    const inClass = (i: number) =>
      figures.filter((f) => f.value !== null && classOf(bounds, f.value) === i).length;
    const entries: MapLegendEntry[] = Array.from({ length: k }, (_, i) => ({
      key: `class-${i}`,
      swatch: colours[i]!,
      label:
        bounds[0] === bounds[k]
          ? t('kart.classOne', { from: fmt(bounds[0]!) })
          : i === k - 1
            ? t('kart.classLast', { from: fmt(bounds[i]!), to: fmt(bounds[i + 1]!) })
            : t('kart.classRange', { from: fmt(bounds[i]!), to: fmt(bounds[i + 1]!) }),
      count: countText(inClass(i)),
    }));
    const missing = places.filter((p) => p.status === 'missing').length;
    const suppressed = places.filter((p) => p.status === 'suppressed').length;
    if (missing > 0)
      entries.push({
        key: 'missing',
        swatch: 'missing',
        label: t('kart.noFigure'),
        count: countText(missing),
      });
    if (suppressed > 0)
      entries.push({
        key: 'suppressed',
        swatch: 'suppressed',
        label: t('kart.suppressed'),
        count: countText(suppressed),
      });
    const all = borders?.[data?.level ?? 'municipality'].length ?? 0;
    if (all > places.length)
      entries.push({
        key: 'outside',
        swatch: 'outside',
        label: t('kart.outside'),
        count: countText(all - places.length),
      });
    const sources = [
      ...new Map(figures.map((f) => [f.source_id, f.source_title ?? f.source_id])).values(),
    ];
    return { places, rows, entries, missing, suppressed, sources };
  }, [data, borders, unit, lang, t, periodText]);

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
      <div className="filters">
        <Field>
          <Label>{t('kart.indicator')}</Label>
          <Select
            value={indicator?.id ?? ''}
            data-testid="map-indicator"
            onChange={(e) => set({ indicator: e.target.value, period: '', age: '' })}
          >
            {(data?.indicators ?? []).map((i) => (
              <Select.Option key={i.id} value={i.id}>
                {name(i)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        {(data?.indicators.find((i) => i.id === indicator?.id)?.levels.length ?? 0) > 1 && (
          <Field>
            <Label>{t('kart.level')}</Label>
            <Select
              value={level}
              data-testid="map-level"
              onChange={(e) =>
                set({ level: e.target.value === 'county' ? 'county' : 'municipality' })
              }
            >
              <Select.Option value="municipality">{t('kart.level.municipality')}</Select.Option>
              <Select.Option value="county">{t('kart.level.county')}</Select.Option>
            </Select>
          </Field>
        )}
        {(data?.ages.length ?? 0) > 1 && (
          <Field>
            <Label>{t('kart.age')}</Label>
            <Select
              value={data?.age ?? ''}
              data-testid="map-age"
              onChange={(e) => set({ age: e.target.value })}
            >
              {(data?.ages ?? []).map((a) => (
                <Select.Option key={a} value={a}>
                  {ageLabel(a, lang)}
                </Select.Option>
              ))}
            </Select>
          </Field>
        )}
        <Field>
          <Label>{t('kart.period')}</Label>
          <Select
            value={data?.period ? periodParam(data.period) : ''}
            data-testid="map-period"
            onChange={(e) => set({ period: e.target.value })}
          >
            {[...(data?.periods ?? [])].reverse().map((p) => (
              <Select.Option key={periodParam(p)} value={periodParam(p)}>
                {formatPeriod(p)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <PlacePicker
          places={data?.places ?? []}
          value={state.geo}
          onChange={(geo) => set({ geo })}
        />
      </div>
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
