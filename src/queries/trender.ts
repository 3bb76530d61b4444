import type { Connector } from '../db/connector.ts';
import { NORWAY } from '../domain/contract.ts';
import { DEFAULT_GEO } from './defaults.ts';
import { indicatorsForPlace, placeByCode, pickerPlaces, sourcesById } from '../sql/catalog.ts';
import { measuresForIndicators } from '../sql/measures.ts';
import type {
  AnnotationRow,
  PlaceDetailRow,
  PlaceIndicatorCountRow,
  PlaceRow,
  SeriesRow,
  SourceRow,
} from '../sql/rows.ts';
import { seriesQuery } from '../sql/series.ts';
import { countRates } from '../sql/rates.ts';
import type { RateRow } from '../sql/similar-rows.ts';
import { kostraGroups } from '../sql/kostra.ts';
import type { KostraGroupRow } from '../sql/similar-rows.ts';
import { loadGroupRows, resolveComputedGroup, type GroupObsRow } from './similar.ts';

/** What the Trender view shows, as its URL says it. */
export interface TrenderState {
  geo: string;
  theme: string;
  indicators: string[];
}

export const DEFAULT_TRENDER: TrenderState = {
  geo: DEFAULT_GEO,
  theme: 'youth-substance',
  indicators: [],
};

/** Everything the Trender view draws. */
export interface TrenderData {
  places: PlaceRow[];
  place: PlaceDetailRow | null;
  indicators: PlaceIndicatorCountRow[];
  selected: PlaceIndicatorCountRow[];
  /** The theme shown: the one asked for, or all ('') when the place has no figures in it. */
  theme: string;
  series: SeriesRow[];
  sources: SourceRow[];
  /** Measures of the place's plans linked to the chosen indicators. */
  measures: AnnotationRow[];
  /** Rates of the chosen counts per 1 000 or 10 000 of their population band. */
  rates?: RateRow[];
  /** A group computed from members drawn as an extra reference line (its rows are in `series`). */
  groupRows?: GroupObsRow[];
  /** KOSTRA groups imported in this session. */
  kostra?: KostraGroupRow[];
}

/** The order of `seriesQuery` (indicator, place, sex, age, period), for rows of two queries. */
function compareSeriesRows(a: SeriesRow, b: SeriesRow): number {
  const text = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return (
    text(a.indicator_id, b.indicator_id) ||
    text(a.geo_code, b.geo_code) ||
    text(a.sex, b.sex) ||
    text(a.age, b.age) ||
    a.period_from - b.period_from ||
    a.period_to - b.period_to
  );
}

/** How many charts a theme opens with when no indicator is chosen. */
const MAX_DEFAULT = 6;

/** Reads URL params into Trender state. */
export function trenderStateFrom(
  params: Record<string, string>,
  rememberedGeo: string | null,
): TrenderState {
  return {
    geo: params.geo || rememberedGeo || DEFAULT_TRENDER.geo,
    theme: params.theme ?? (params.ind ? '' : DEFAULT_TRENDER.theme),
    indicators: (params.ind ?? '').split(',').filter(Boolean),
  };
}

/** URL params for Trender state. */
export function trenderParams(s: TrenderState): Record<string, string> {
  return { geo: s.geo, theme: s.theme, ind: s.indicators.join(',') };
}

/**
 * Loads the Trender view's data through a connector. The same function runs in the app (through
 * the coordinator) and at build time (to record the first-picture snapshot).
 */
export async function loadTrender(db: Connector, s: TrenderState, ref = ''): Promise<TrenderData> {
  const [places, placeRows, indicators, kostra] = await Promise.all([
    db.query(pickerPlaces()),
    db.query(placeByCode(s.geo)),
    db.query(indicatorsForPlace(s.geo)),
    ref ? db.query(kostraGroups()) : Promise.resolve([]),
  ]);
  const place = placeRows[0] ?? null;
  const themed = s.theme ? indicators.filter((i) => i.theme_id === s.theme) : indicators;
  const theme = themed.length > 0 ? s.theme : '';
  const inTheme = themed.length > 0 ? themed : indicators;
  const chosen =
    s.indicators.length > 0
      ? indicators.filter((i) => s.indicators.includes(i.id))
      : inTheme.slice(0, MAX_DEFAULT);
  if (chosen.length === 0)
    return {
      places,
      place,
      indicators,
      theme,
      selected: [],
      series: [],
      sources: [],
      measures: [],
    };
  const geos = [s.geo, NORWAY];
  if (place?.parent_code && place.parent_code !== NORWAY) geos.splice(1, 0, place.parent_code);
  // Comparison groups (e.g. SINTEF's "municipalities under 2 000 inhabitants") are drawn where they
  // have figures for the chosen indicators.
  for (const p of places) if (p.level === 'group' && p.code !== s.geo) geos.push(p.code);
  const ids = chosen.map((i) => i.id);
  // The place's own figures and its references' are two queries: every place of a county asks the
  // same second one, so the build records it once for them all (scripts/build-snapshot.ts).
  const [own, refs, measures] = await Promise.all([
    db.query(seriesQuery(ids, geos.slice(0, 1))),
    db.query(seriesQuery(ids, geos.slice(1))),
    db.query(measuresForIndicators(ids, s.geo)),
  ]);
  const series = [...own, ...refs].sort(compareSeriesRows);
  const countIds = chosen.filter((i) => i.unit === 'count').map((i) => i.id);
  const rates = countIds.length > 0 ? await db.query(countRates([s.geo], countIds)) : [];
  const computed = ref ? await resolveComputedGroup(db, ref, s.geo) : null;
  const groupRows = computed ? await loadGroupRows(db, computed, ids) : [];
  const sourceIds = [
    ...new Set([
      ...series.map((r) => r.source_id),
      ...rates.map((r) => r.pop_source_id).filter((x): x is string => x !== null),
    ]),
  ].sort();
  const sources = sourceIds.length > 0 ? await db.query(sourcesById(sourceIds)) : [];
  return {
    places,
    place,
    indicators,
    theme,
    selected: chosen,
    series: [...series, ...groupRows.map((g) => ({ ...g, note: null }))],
    sources,
    measures,
    rates,
    groupRows,
    kostra,
  };
}
