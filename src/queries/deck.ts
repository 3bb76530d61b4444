import { annotationsFor } from './annotations.ts';
import type { Connector } from '../db/connector.ts';
import { pinToken, type Pin } from './pins.ts';
import type { GapsSlide, SlideData, SlidePlace, TilesSlide } from './slide-data.ts';
import { NORWAY } from '../domain/contract.ts';
import { sourcesById } from '../sql/catalog.ts';
import type { PlaceDetailRow, SourceRow } from '../sql/rows.ts';
import { seriesQuery } from '../sql/series.ts';
import { coverageStateFrom } from './coverage-state.ts';
import { loadPlaceCoverage } from './place-coverage.ts';
import { loadTrender } from './trender.ts';

const placeOf = (row: PlaceDetailRow | null, code: string): SlidePlace => ({
  code,
  name: row ? row.label : code,
  county: row?.parent_name && row.parent_code !== NORWAY ? row.parent_name : null,
});

/** The sources of a place's (and its reference's) figures for some indicators. */
async function sourcesFor(db: Connector, ids: string[], geos: string[]): Promise<SourceRow[]> {
  if (ids.length === 0) return [];
  const rows = await db.query(seriesQuery(ids, geos));
  const sourceIds = [...new Set(rows.map((r) => r.source_id))].sort();
  return sourceIds.length > 0 ? db.query(sourcesById(sourceIds)) : [];
}

async function loadSlide(db: Connector, pin: Pin): Promise<SlideData> {
  const id = pinToken(pin);
  if (pin.kind === 'trend') {
    const data = await loadTrender(db, { geo: pin.geo, theme: '', indicators: [pin.indicator] });
    const indicator = data.selected.find((i) => i.id === pin.indicator) ?? null;
    return {
      kind: 'trend',
      id,
      pin,
      place: placeOf(data.place, pin.geo),
      indicator,
      rows: data.series.filter((r) => r.indicator_id === pin.indicator),
      sources: data.sources,
      measures: annotationsFor(data.measures, pin.indicator).measures,
    };
  }
  if (pin.kind === 'tiles') {
    const data = await loadPlaceCoverage(db, {
      geo: pin.geo,
      year: null,
      reference: pin.reference,
      filters: {},
    });
    const ref = data.reference;
    const items = data.indicators.filter((i) => i.indicator.theme_id === pin.theme);
    const theme = data.themes.find((t) => t.id === pin.theme);
    const slide: TilesSlide = {
      kind: 'tiles',
      id,
      pin,
      place: placeOf(data.place, pin.geo),
      theme: {
        id: pin.theme,
        name_nb: theme ? theme.name_nb : pin.theme,
        name_en: theme ? theme.name_en : pin.theme,
      },
      reference: ref,
      items,
      year: data.year,
      sources: await sourcesFor(
        db,
        items.map((i) => i.indicator.id),
        [pin.geo, ref.code],
      ),
    };
    return slide;
  }
  const state = coverageStateFrom({ ...pin.filters, geo: pin.geo }, null);
  const data = await loadPlaceCoverage(db, state);
  const ref = data.reference;
  const listed = data.uncovered.items.map((g) => g.indicator_id);
  const plan = pin.filters.plan ? data.plans.find((p) => p.id === pin.filters.plan) : undefined;
  const slide: GapsSlide = {
    kind: 'gaps',
    id,
    pin,
    place: placeOf(data.place, pin.geo),
    year: data.year,
    reference: ref,
    uncovered: data.uncovered.items,
    items: data.indicators,
    planTitle: plan ? plan.title : null,
    sources: await sourcesFor(
      db,
      listed.length > 0 ? listed : data.indicators.map((i) => i.indicator.id),
      [pin.geo, ref.code],
    ),
  };
  return slide;
}

/** Loads every pinned item's data through a connector (the coordinator in the app, DuckDB for Node in tests). */
export async function loadDeck(db: Connector, pins: readonly Pin[]): Promise<SlideData[]> {
  return Promise.all(pins.map((p) => loadSlide(db, p)));
}
