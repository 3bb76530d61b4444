import type { ResultRow } from '../arrow/to-rows.ts';
import type { ChartMeasure } from '../charts/annotations.ts';
import type { GapItem } from '../domain/coverage.ts';
import type { IndicatorCoverage } from '../views/shared/place-coverage.ts';
import type { Pin } from './deck.ts';

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
  sources: ResultRow[];
}

/** A pinned Trender chart: one indicator in a place, with the county and Norway as references. */
export interface TrendSlide extends SlideBase {
  kind: 'trend';
  /** The indicator (null when the data no longer has it for the place). */
  indicator: ResultRow | null;
  /** Series rows as `seriesQuery` returns them. */
  rows: ResultRow[];
  measures: ChartMeasure[];
}

/** A pinned Oversikt tile group: a theme's indicators in a place, each with its verdict. */
export interface TilesSlide extends SlideBase {
  kind: 'tiles';
  theme: { id: string; name_nb: string; name_en: string };
  reference: { nb: string; en: string };
  items: IndicatorCoverage[];
  /** The year measures count as active in. */
  year: number;
}

/** The pinned Dekning gap list: risks without active measures, with the filters it was pinned with. */
export interface GapsSlide extends SlideBase {
  kind: 'gaps';
  year: number;
  reference: { nb: string; en: string };
  gaps: GapItem[];
  /** Coverage of every indicator of the place (for the gaps' verdicts). */
  items: IndicatorCoverage[];
  /** The chosen plan's title, when the list is filtered by plan. */
  planTitle: string | null;
}

/** Everything one slide shows, loaded from the data. */
export type SlideData = TrendSlide | TilesSlide | GapsSlide;
