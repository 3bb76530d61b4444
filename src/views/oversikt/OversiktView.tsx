import { useT } from '../../i18n/i18n.ts';
import { useLoad } from '../../state/useLoad.ts';
import { buildHash, type UrlState } from '../../state/url-state.ts';
import type { Navigate } from '../../state/navigate.ts';
import { HowWeJudge } from '../shared/HowWeJudge.tsx';
import { OldCodeNotice } from '../shared/OldCodeNotice.tsx';
import { PlacePicker } from '../shared/PlacePicker.tsx';
import { ReferenceSelect } from '../shared/ReferenceSelect.tsx';
import { loadPlaceCoverage, type IndicatorCoverage } from '../../queries/place-coverage.ts';
import { referenceFrom } from '../../queries/reference.ts';
import { coverageHeadline } from '../../i18n/coverage-text.ts';
import { TIERS } from '../../domain/coverage/tiers.ts';
import { referenceLabel } from '../../i18n/risk-text.ts';
import { DEFAULT_GEO, rememberedGeo, useRememberGeo } from '../shared/usePlaceParam.ts';
import { Tile } from './Tile.tsx';
import { ExportMenu } from '../../deck/ExportMenu.tsx';
import { PinButton } from '../../deck/PinButton.tsx';
import { AssessmentEditor } from '../report/AssessmentEditor.tsx';
import { ReportPanel } from '../report/ReportPanel.tsx';
import { ViewSection, LoadError } from '../shared/ViewHeader.tsx';

/** Oversikt (start): the municipality's indicators as tiles, grouped by theme. */
export function OversiktView({ url, navigate }: { url: UrlState; navigate: Navigate }) {
  const { t, lang } = useT();
  const geo = url.params.geo || rememberedGeo() || DEFAULT_GEO;
  const reference = referenceFrom(url.params.ref);
  useRememberGeo(geo);
  const load = useLoad(
    (db) => loadPlaceCoverage(db, { geo, year: null, reference, filters: {} }),
    `${geo}|${reference}`,
  );
  const data = load.data;
  const set = (params: Record<string, string>) =>
    navigate({ ...url, params: { ...url.params, ...params } });
  const trenderUrl = (id: string): UrlState => ({
    ...url,
    view: 'trender',
    params: { geo, ind: id },
  });

  const groups = new Map<string, IndicatorCoverage[]>();
  for (const item of data?.indicators ?? []) {
    const k = String(item.indicator.theme_id);
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  const themeName = (id: string) => {
    const th = data?.themes.find((x) => x.id === id);
    return th ? String(lang === 'en' ? th.name_en : th.name_nb) : id;
  };

  return (
    <ViewSection name="oversikt" load={load} title="oversikt.title" place={data?.place?.label}>
      <div className="filters">
        <PlacePicker
          places={data?.places ?? []}
          value={geo}
          onChange={(code) => set({ geo: code, from: '' })}
        />
        <ReferenceSelect
          value={reference}
          places={data?.places ?? []}
          kostra={data?.kostra ?? []}
          onChange={(ref) => set({ ref })}
        />
      </div>
      {data?.computedGroup && (
        <p className="tile-source" data-testid="group-basis">
          {data.computedGroup.kind === 'size'
            ? t('similar.groupSize', { year: data.computedGroup.year ?? '' })
            : t('similar.groupKostra')}
        </p>
      )}
      <OldCodeNotice url={url} navigate={navigate} />
      <LoadError load={load} />
      {data && (
        <p
          className="summary-line"
          data-testid="oversikt-summary"
          data-with-figures={data.uncovered.withFigures}
          data-uncovered={data.uncovered.items.length}
          {...Object.fromEntries(TIERS.map((tier) => [`data-tier-${tier}`, data.tiers[tier]]))}
        >
          {coverageHeadline(
            {
              withFigures: data.uncovered.withFigures,
              tiers: data.tiers,
              uncovered: data.uncovered.items,
              year: data.year,
            },
            referenceLabel(data.reference, lang),
            lang,
          )}{' '}
          {data.lastPlanYear !== null && data.lastPlanYear < new Date().getFullYear()
            ? t('oversikt.planEnded', { last: data.lastPlanYear, year: data.year })
            : t('oversikt.yearNote', { year: data.year })}
        </p>
      )}
      {data && data.indicators.length === 0 && <p>{t('oversikt.empty')}</p>}
      <HowWeJudge />
      {data && data.indicators.length > 0 && (
        <ReportPanel
          geo={geo}
          placeName={data.place?.label ?? geo}
          reference={reference}
          themes={[...groups.keys()].map((id) => ({ id, name: themeName(id) }))}
        />
      )}
      {[...groups.entries()].map(([theme, items]) => (
        <section
          key={theme}
          className="tile-group"
          aria-labelledby={`theme-${theme}`}
          data-testid={`theme-${theme}`}
        >
          <div className="tile-group-head">
            <h3 id={`theme-${theme}`}>{themeName(theme)}</h3>
            <div className="head-actions">
              <PinButton pin={{ kind: 'tiles', geo, theme, reference }} what={themeName(theme)} />
              <ExportMenu pin={{ kind: 'tiles', geo, theme, reference }} what={themeName(theme)} />
            </div>
          </div>
          <ul className="tiles">
            {items.map((item) => (
              <Tile
                key={item.indicator.id}
                item={item}
                href={buildHash(trenderUrl(item.indicator.id))}
                onOpen={() => navigate(trenderUrl(item.indicator.id))}
              />
            ))}
          </ul>
          <AssessmentEditor geo={geo} theme={theme} themeName={themeName(theme)} />
        </section>
      ))}
    </ViewSection>
  );
}
