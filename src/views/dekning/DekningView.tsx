import { useT } from '../../i18n/i18n.ts';
import { useLoad } from '../../state/useLoad.ts';
import { buildHash, type UrlState } from '../../state/url-state.ts';
import type { Navigate } from '../../state/navigate.ts';
import { HowWeJudge } from '../shared/HowWeJudge.tsx';
import { OldCodeNotice } from '../shared/OldCodeNotice.tsx';
import { loadPlaceCoverage } from '../../queries/place-coverage.ts';
import { rememberedGeo, useRememberGeo } from '../shared/usePlaceParam.ts';
import { CoverageTable } from './CoverageTable.tsx';
import { DekningFilters } from './DekningFilters.tsx';
import { UncoveredList } from './UncoveredList.tsx';
import { MeasureLists } from './MeasureLists.tsx';
import { coverageStateFrom } from '../../queries/coverage-state.ts';
import { GAP_FILTER_KEYS } from '../../queries/pins.ts';
import { ViewSection, LoadError } from '../shared/ViewHeader.tsx';

/** Dekning: which risks lack measures, which measures follow no indicator, what is overdue. */
export function DekningView({ url, navigate }: { url: UrlState; navigate: Navigate }) {
  const { t } = useT();
  const state = coverageStateFrom(url.params, rememberedGeo());
  useRememberGeo(state.geo);
  const load = useLoad((db) => loadPlaceCoverage(db, state), JSON.stringify(state));
  const data = load.data;
  const set = (p: Record<string, string>) =>
    navigate({ ...url, params: { ...url.params, geo: state.geo, ...p } });
  const trend = (id: string): UrlState => ({
    ...url,
    view: 'trender',
    params: { geo: state.geo, ind: id },
  });
  const measureHref = (id: string) =>
    buildHash({ ...url, view: 'tiltak', params: { geo: state.geo, q: id } });
  const themeHref = (theme: string) =>
    buildHash({ ...url, view: 'tiltak', params: { geo: state.geo, theme } });
  const cellHref = (theme: string, by: 'level' | 'group', key: string) =>
    buildHash({
      ...url,
      view: 'tiltak',
      params: { geo: state.geo, theme, [by]: key, active: String(data?.year ?? '') },
    });

  return (
    <ViewSection name="dekning" load={load} title="view.dekning" place={data?.place?.label}>
      <DekningFilters data={data} params={url.params} geo={state.geo} set={set} />
      <OldCodeNotice url={url} navigate={navigate} />
      <LoadError load={load} />
      {data &&
        data.lastPlanYear !== null &&
        state.year === null &&
        data.lastPlanYear < new Date().getFullYear() && (
          <p className="notice" data-testid="plan-ended">
            {t('oversikt.planEnded', { last: data.lastPlanYear, year: data.year })}
          </p>
        )}
      {data && data.plans.length === 0 && <p className="notice">{t('dekning.noPlans')}</p>}
      <HowWeJudge />
      {data && (
        <>
          <UncoveredList
            data={data}
            themeHref={themeHref}
            trendHref={(id) => buildHash(trend(id))}
            openTrend={(id) => navigate(trend(id))}
            pin={{
              kind: 'gaps',
              geo: state.geo,
              filters: Object.fromEntries(
                GAP_FILTER_KEYS.flatMap((k) => (url.params[k] ? [[k, url.params[k]]] : [])),
              ),
            }}
          />
          <MeasureLists
            data={data}
            measureHref={measureHref}
            trendHref={(id) => buildHash(trend(id))}
          />
          <CoverageTable data={data} by="level" cellHref={cellHref} />
          <CoverageTable data={data} by="group" cellHref={cellHref} />
        </>
      )}
    </ViewSection>
  );
}
