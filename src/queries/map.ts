import type { Connector } from '../db/connector.ts';
import { formatPeriod, parsePeriod, type Period } from '../domain/period.ts';
import { indicatorsById, pickerPlaces } from '../sql/catalog.ts';
import { mapFigures, mapSlices, type MapLevel } from '../sql/map.ts';
import type { IndicatorRow, MapFigureRow, MapSliceRow, PlaceRow } from '../sql/rows.ts';
import { DEFAULT_GEO } from './defaults.ts';

/** What the map view shows, as its URL says it (`#/kart?geo=…&ind=…&period=…&level=kommune|fylke&age=…`). */
export interface MapState {
  geo: string;
  indicator: string;
  /** `2024` or `2016-2018`; '' for the latest. */
  period: string;
  level: MapLevel;
  /** '' for the default band (all ages where there is one). */
  age: string;
}

/** A map needs figures for at least this many places to be worth drawing. */
export const MIN_PLACES = 3;

/** The indicator a bare map link opens: population has figures for every municipality. */
export const DEFAULT_MAP_INDICATOR = 'population';

const LEVEL_PARAM: Record<MapLevel, string> = { municipality: 'kommune', county: 'fylke' };

/** Reads URL params into map state. */
export function mapStateFrom(
  params: Record<string, string>,
  rememberedGeo: string | null,
): MapState {
  return {
    geo: params.geo || rememberedGeo || DEFAULT_GEO,
    indicator: params.ind ?? '',
    period: params.period ?? '',
    level: params.level === LEVEL_PARAM.county ? 'county' : 'municipality',
    age: params.age ?? '',
  };
}

/** URL params for map state. */
export function mapParams(s: MapState): Record<string, string> {
  return {
    geo: s.geo,
    ind: s.indicator,
    period: s.period,
    level: s.level === 'county' ? LEVEL_PARAM.county : '',
    age: s.age,
  };
}

/** Everything the map view draws. */
export interface MapData {
  places: PlaceRow[];
  /** Indicators with figures for several places, with the levels they have them at. */
  indicators: (IndicatorRow & { levels: MapLevel[] })[];
  indicator: IndicatorRow | null;
  level: MapLevel;
  ages: string[];
  age: string;
  periods: Period[];
  period: Period | null;
  figures: MapFigureRow[];
}

/** The age band shown when none is asked for: all ages, else the widest band FHI uses, else the first. */
export function defaultAge(ages: readonly string[]): string {
  for (const a of ['all', '0_74']) if (ages.includes(a)) return a;
  return ages[0] ?? 'all';
}

/** Picks what to show from the slices on offer, keeping what the state asks for where it exists. */
export function chooseSlice(slices: readonly MapSliceRow[], s: MapState) {
  const ids = [...new Set(slices.map((r) => r.indicator_id))];
  const indicator = ids.includes(s.indicator)
    ? s.indicator
    : ids.includes(DEFAULT_MAP_INDICATOR)
      ? DEFAULT_MAP_INDICATOR
      : (ids[0] ?? null);
  const mine = slices.filter((r) => r.indicator_id === indicator);
  const levels = [...new Set(mine.map((r) => r.level as MapLevel))];
  const level = levels.includes(s.level) ? s.level : (levels[0] ?? s.level);
  const atLevel = mine.filter((r) => r.level === level);
  const ages = [...new Set(atLevel.map((r) => r.age))].sort();
  const age = ages.includes(s.age) ? s.age : defaultAge(ages);
  const periods = atLevel
    .filter((r) => r.age === age)
    .map((r) => ({ from: r.period_from, to: r.period_to }))
    .sort((a, b) => a.to - b.to || a.from - b.from);
  const asked = parsePeriod(s.period);
  const period =
    (asked && periods.find((p) => p.from === asked.from && p.to === asked.to)) ??
    periods[periods.length - 1] ??
    null;
  return { indicator, level, ages, age, periods, period };
}

/** Loads the map view's data through a connector (the borders come separately, from the site). */
export async function loadMap(db: Connector, s: MapState): Promise<MapData> {
  const [places, slices] = await Promise.all([
    db.query(pickerPlaces()),
    db.query(mapSlices(MIN_PLACES)),
  ]);
  const ids = [...new Set(slices.map((r) => r.indicator_id))];
  const rows = ids.length > 0 ? await db.query(indicatorsById(ids)) : [];
  const indicators = rows.map((i) => ({
    ...i,
    levels: [
      ...new Set(slices.filter((r) => r.indicator_id === i.id).map((r) => r.level as MapLevel)),
    ],
  }));
  const c = chooseSlice(slices, s);
  const indicator = rows.find((i) => i.id === c.indicator) ?? null;
  const figures =
    indicator && c.period
      ? await db.query(mapFigures(indicator.id, c.level, c.age, c.period.from, c.period.to))
      : [];
  return {
    places,
    indicators,
    indicator,
    level: c.level,
    ages: c.ages,
    age: c.age,
    periods: c.periods,
    period: c.period,
    figures,
  };
}

/** A period as the URL writes it (`2024`, `2016-2018`). */
export function periodParam(p: Period): string {
  return formatPeriod(p).replace('–', '-');
}
