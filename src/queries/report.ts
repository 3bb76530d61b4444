import type { Connector } from '../db/connector.ts';
import { isActive } from '../domain/coverage.ts';
import { sourcesById } from '../sql/catalog.ts';
import { placeLinks } from '../sql/coverage.ts';
import type { SeriesRow, SourceRow } from '../sql/rows.ts';
import { seriesQuery } from '../sql/series.ts';
import {
  loadPlaceCoverage,
  type IndicatorCoverage,
  type PlaceCoverage,
  type PlaceMeasure,
} from './place-coverage.ts';
import { loadDeck } from './deck.ts';
import type { Reference } from './reference.ts';
import type { TrendSlide } from './slide-data.ts';

/** What the report is about: a place, what it is compared with and which themes (null: all). */
export interface ReportRequest {
  geo: string;
  reference: Reference;
  themes: readonly string[] | null;
}

/** One theme's part of the report, as loaded. */
export interface ReportThemeData {
  id: string;
  name_nb: string;
  name_en: string;
  /** Its indicators, each with its verdict and its trend chart's data. */
  indicators: { coverage: IndicatorCoverage; slide: TrendSlide; figures: SeriesRow[] }[];
  /** Measures linked to the theme or one of its indicators and active in the year. */
  measures: PlaceMeasure[];
}

/** Everything the report of a place needs, loaded from the data. */
export interface ReportData {
  coverage: PlaceCoverage;
  themes: ReportThemeData[];
  /** Every source cited by the figures in the report (place, references), with its data version. */
  sources: SourceRow[];
}

/** The themes a place has indicators for, in the order Oversikt shows them. */
export function reportThemes(
  coverage: PlaceCoverage,
): { id: string; name_nb: string; name_en: string }[] {
  const ids = [...new Set(coverage.indicators.map((i) => String(i.indicator.theme_id)))];
  return ids.map((id) => {
    const t = coverage.themes.find((x) => x.id === id);
    return { id, name_nb: t ? String(t.name_nb) : id, name_en: t ? String(t.name_en) : id };
  });
}

/** Loads a place's report: verdicts, trend data, figures against the reference, measures and sources. */
export async function loadReport(db: Connector, req: ReportRequest): Promise<ReportData> {
  const coverage = await loadPlaceCoverage(db, {
    geo: req.geo,
    year: null,
    reference: req.reference,
    filters: {},
  });
  const chosen = reportThemes(coverage).filter((t) => !req.themes || req.themes.includes(t.id));
  const items = coverage.indicators.filter((i) =>
    chosen.some((t) => t.id === i.indicator.theme_id),
  );
  const ids = items.map((i) => i.indicator.id);
  const refCode = coverage.reference.code;
  const [slides, figureRows, links] = await Promise.all([
    loadDeck(
      db,
      ids.map((indicator) => ({ kind: 'trend' as const, geo: req.geo, indicator })),
    ),
    ids.length > 0 ? db.query(seriesQuery(ids, [req.geo, refCode])) : Promise.resolve([]),
    db.query(placeLinks(req.geo)),
  ]);
  const trendSlides = slides.filter((s): s is TrendSlide => s.kind === 'trend');
  const themes = chosen.map((t): ReportThemeData => {
    const mine = items.filter((i) => i.indicator.theme_id === t.id);
    const indIds = new Set(mine.map((i) => i.indicator.id));
    const linked = new Set(
      links
        .filter(
          (l) => l.theme_id === t.id || (l.indicator_id !== null && indIds.has(l.indicator_id)),
        )
        .map((l) => l.measure_id),
    );
    return {
      ...t,
      indicators: mine.flatMap((coverageItem) => {
        const slide = trendSlides.find(
          (s) => s.pin.kind === 'trend' && s.pin.indicator === coverageItem.indicator.id,
        );
        if (!slide) return [];
        const { sex, age } = coverageItem.breakdown;
        const figures = figureRows.filter(
          (r) => r.indicator_id === coverageItem.indicator.id && r.sex === sex && r.age === age,
        );
        return [{ coverage: coverageItem, slide, figures }];
      }),
      measures: coverage.measures.filter((m) => linked.has(m.id) && isActive(m, coverage.year)),
    };
  });
  const sourceIds = [
    ...new Set([
      ...figureRows.map((r) => r.source_id),
      ...trendSlides.flatMap((s) => s.sources.map((x) => x.id)),
    ]),
  ]
    .filter((x): x is string => typeof x === 'string' && x !== '')
    .sort();
  const sources = sourceIds.length > 0 ? await db.query(sourcesById(sourceIds)) : [];
  return { coverage, themes, sources };
}
