/** Full typed rows for tests, from the fields a test cares about. */
import type { AnnotationRow, IndicatorRow, SeriesRow } from '../../src/sql/rows.ts';

/** A series row (one figure), with everything else empty. */
export const seriesRowOf = (r: Partial<SeriesRow>): SeriesRow => ({
  indicator_id: 'x',
  geo_code: '0',
  geo_name: 'Norge',
  geo_level: 'country',
  period_from: 2020,
  period_to: 2020,
  sex: 'all',
  age: 'all',
  value: null,
  ci_low: null,
  ci_high: null,
  numerator: null,
  denominator: null,
  respondents: null,
  status: 'ok',
  source_id: 's',
  note: null,
  ...r,
});

/** A measure-annotation row, with everything else empty. */
export const annotationRowOf = (r: Partial<AnnotationRow>): AnnotationRow => ({
  indicator_id: 'x',
  id: 'm',
  title: 'Tiltak',
  status: 'unknown',
  start_year: null,
  due_year: null,
  due_text: null,
  from_year: null,
  to_year: null,
  expected_direction: 'decrease',
  plan_id: 'p',
  plan_title: 'Plan',
  plan_from: null,
  plan_to: null,
  ...r,
});

/** An indicator row, with everything else empty. */
export const indicatorRowOf = (r: Partial<IndicatorRow>): IndicatorRow => ({
  id: 'x',
  name_nb: 'Indikator',
  name_en: 'Indicator',
  theme_id: 't',
  theme_nb: 'Tema',
  theme_en: 'Theme',
  source_kind: 'other',
  unit: 'percent',
  polarity: 'higher_worse',
  population: null,
  description_nb: null,
  description_en: null,
  ...r,
});
