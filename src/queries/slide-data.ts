import type { ChartMeasure } from '../domain/spans.ts';
import type { UncoveredItem } from '../domain/coverage/uncovered.ts';
import type { ReferencePlace } from '../domain/risk/types.ts';
import type { IndicatorCoverage } from '../queries/place-coverage.ts';
import type { IndicatorRow, SeriesRow, SourceRow } from '../sql/rows.ts';
import type { Pin } from './pins.ts';

/** The place a slide is about. */
export interface SlidePlace {
  code: string;
  name: string;
  /** The county's name, when the place has one. */
  county: string | null;
}

interface SlideBase {
  /** The pin's id (its token). */
  id: string;
  pin: Pin;
  place: SlidePlace;
  /** Sources of the figures on the slide. */
  sources: SourceRow[];
}

/** A pinned Trender chart: one indicator in a place, with the county and Norway as references. */
export interface TrendSlide extends SlideBase {
  kind: 'trend';
  /** The indicator (null when the data no longer has it for the place). */
  indicator: IndicatorRow | null;
  /** Series rows as `seriesQuery` returns them. */
  rows: SeriesRow[];
  measures: ChartMeasure[];
}

/** A pinned Oversikt tile group: a theme's indicators in a place, each with its verdict. */
export interface TilesSlide extends SlideBase {
  kind: 'tiles';
  theme: { id: string; name_nb: string; name_en: string };
  reference: ReferencePlace;
  items: IndicatorCoverage[];
  /** The year measures count as active in. */
  year: number;
}

/** The pinned Dekning list: what has figures and no active measure, ranked by tier, with its filters. */
export interface GapsSlide extends SlideBase {
  kind: 'gaps';
  year: number;
  reference: ReferencePlace;
  /** Indicators with figures and no active measure, most serious tier first. */
  uncovered: UncoveredItem[];
  /** Coverage of every indicator of the place (for the verdicts). */
  items: IndicatorCoverage[];
  /** The chosen plan's title, when the list is filtered by plan. */
  planTitle: string | null;
}

/** Everything one slide shows, loaded from the data. */
export type SlideData = TrendSlide | TilesSlide | GapsSlide;
