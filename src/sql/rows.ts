/** The row types the `src/sql/` builders return, each with its decoder (`src/arrow/decode.ts`). */
import { columnsDecoder, decoder, num, numOrNull, text, textOrNull } from '../arrow/decode.ts';
import type { ResultRow } from '../arrow/to-rows.ts';
import { TABLES, type Row, type TableName } from '../domain/contract.ts';

/** A key of a code table (src/sql/coded.ts): the coded column, its key and its text. */
export const codeKeyRow = decoder({ c: text, k: num, v: text });
export type CodeKeyRow = ReturnType<typeof codeKeyRow>;

/** A code table's size and largest key (src/sql/coded.ts `codeBasisQuery`). */
export const codeBasisRow = decoder({ c: text, n: num, top: num });
export type CodeBasisRow = ReturnType<typeof codeBasisRow>;

/** A row holding only a place code. */
export const codeRow = decoder({ code: text });

/** A place as the pickers list it, with how many figures it has. */
export const placeRow = decoder({
  code: text,
  name: text,
  /** The name, with the county's where another municipality has the same name. */
  label: text,
  level: text,
  parent_code: textOrNull,
  parent_name: textOrNull,
  n: num,
});
export type PlaceRow = ReturnType<typeof placeRow>;

/** One place with its county's code and name. */
export const placeDetailRow = decoder({
  code: text,
  name: text,
  label: text,
  level: text,
  parent_code: textOrNull,
  parent_name: textOrNull,
});
export type PlaceDetailRow = ReturnType<typeof placeDetailRow>;

const indicatorFields = {
  id: text,
  name_nb: text,
  name_en: text,
  theme_id: text,
  theme_nb: text,
  theme_en: text,
  source_kind: text,
  unit: text,
  polarity: text,
  population: textOrNull,
  description_nb: textOrNull,
  description_en: textOrNull,
};
/** An indicator with its theme's names. */
export const indicatorRow = decoder(indicatorFields);
export type IndicatorRow = ReturnType<typeof indicatorRow>;

/** An indicator with how many figures a place has for it and the years they span. */
export const placeIndicatorCountRow = decoder({
  ...indicatorFields,
  n: num,
  first_year: num,
  last_year: num,
});
export type PlaceIndicatorCountRow = ReturnType<typeof placeIndicatorCountRow>;

/** A `source` row with its provenance. */
export const sourceRow = decoder({
  id: text,
  title: text,
  publisher: text,
  kind: text,
  file_name: textOrNull,
  sha256: textOrNull,
  retrieved: textOrNull,
  license: textOrNull,
  citation: textOrNull,
  rows_kept: numOrNull,
  rows_rejected: numOrNull,
});
export type SourceRow = ReturnType<typeof sourceRow>;

/** A table's row count. */
export const tableCountRow = decoder({ table_name: text, n: num });
export type TableCountRow = ReturnType<typeof tableCountRow>;

const obsFields = {
  indicator_id: text,
  geo_code: text,
  geo_name: text,
  geo_level: text,
  period_from: num,
  period_to: num,
  sex: text,
  age: text,
  value: numOrNull,
  ci_low: numOrNull,
  ci_high: numOrNull,
  numerator: numOrNull,
  denominator: numOrNull,
  respondents: numOrNull,
  status: text,
  source_id: text,
};
/** A figure as a chart draws it. */
export const seriesRow = decoder({ ...obsFields, note: textOrNull });
export type SeriesRow = ReturnType<typeof seriesRow>;

/** A figure as the risk rules read it, with its source. */
export const placeObsRow = decoder({
  ...obsFields,
  source_publisher: textOrNull,
  source_kind: textOrNull,
  source_citation: textOrNull,
  source_title: textOrNull,
});
export type PlaceObsRow = ReturnType<typeof placeObsRow>;

/** An indicator a place has figures for. */
export const placeIndicatorRow = decoder({
  id: text,
  name_nb: text,
  name_en: text,
  theme_id: text,
  unit: text,
  polarity: text,
  source_kind: text,
  population: textOrNull,
});
export type PlaceIndicatorRow = ReturnType<typeof placeIndicatorRow>;

/** A plan. */
export const planRow = decoder({
  id: text,
  geo_code: text,
  title: text,
  kind: text,
  period_from: numOrNull,
  period_to: numOrNull,
  citation: text,
});
export type PlanRow = ReturnType<typeof planRow>;

/** A measure with its plan's title and period. */
export const placeMeasureRow = decoder({
  id: text,
  plan_id: text,
  goal: textOrNull,
  title: text,
  target_groups: textOrNull,
  prevention_level: textOrNull,
  responsible: textOrNull,
  start_year: numOrNull,
  due_year: numOrNull,
  due_text: textOrNull,
  cost_text: textOrNull,
  status: text,
  citation: text,
  plan_title: text,
  plan_from: numOrNull,
  plan_to: numOrNull,
});
export type PlaceMeasureRow = ReturnType<typeof placeMeasureRow>;

/** A `measure_link` row. */
export const linkRow = decoder({
  measure_id: text,
  theme_id: textOrNull,
  indicator_id: textOrNull,
  expected_direction: text,
});
export type LinkRow = ReturnType<typeof linkRow>;

/** A `theme` row. */
export const themeRow = decoder({
  id: text,
  name_nb: text,
  name_en: text,
  description: textOrNull,
});
export type ThemeRow = ReturnType<typeof themeRow>;

/** A measure linked to an indicator, with the years it runs, for chart annotations. */
export const annotationRow = decoder({
  indicator_id: text,
  id: text,
  title: text,
  status: text,
  start_year: numOrNull,
  due_year: numOrNull,
  due_text: textOrNull,
  from_year: numOrNull,
  to_year: numOrNull,
  expected_direction: text,
  plan_id: text,
  plan_title: text,
  plan_from: numOrNull,
  plan_to: numOrNull,
});
export type AnnotationRow = ReturnType<typeof annotationRow>;

/** A step in the chain from an older code to today's place. */
export const codeChangeRow = decoder({ code: text, year: num, depth: num, name: text });
export type CodeChangeRow = ReturnType<typeof codeChangeRow>;

/** A row of a contract table, decoded by the table's declared column types. */
export function tableRow(table: TableName): (row: ResultRow) => Row {
  return columnsDecoder(TABLES[table]);
}

const measureFields = {
  id: text,
  plan_id: text,
  goal: textOrNull,
  title: text,
  target_groups: textOrNull,
  prevention_level: textOrNull,
  responsible: textOrNull,
  start_year: numOrNull,
  due_year: numOrNull,
  due_text: textOrNull,
  cost_text: textOrNull,
  status: text,
  citation: text,
};
/** A `measure` row (the contract's columns). */
export const measureRow = decoder(measureFields);
export type MeasureContractRow = ReturnType<typeof measureRow>;

/** A measure as Tiltak lists it: its plan and place, its links as text, and how it was changed. */
export const measureListRow = decoder({
  ...measureFields,
  plan_title: text,
  geo_code: text,
  geo_name: text,
  theme_ids: textOrNull,
  indicator_links: textOrNull,
  /** 'added', 'edited' or '' (as embedded). */
  changed: text,
});
export type MeasureListRow = ReturnType<typeof measureListRow>;

/** A plan with its place's name, for the pickers. */
export const planPickRow = decoder({ id: text, title: text, geo_code: text, geo_name: text });
export type PlanPickRow = ReturnType<typeof planPickRow>;

/** An indicator for the link picker. */
export const indicatorPickRow = decoder({
  id: text,
  name_nb: text,
  name_en: text,
  theme_id: text,
});
export type IndicatorPickRow = ReturnType<typeof indicatorPickRow>;

/** A count. */
export const countRow = decoder({ n: num });
export type CountRow = ReturnType<typeof countRow>;

/** The rows a DELETE, UPDATE or INSERT changed, as DuckDB reports them (`Count`). */
export const changedRow = decoder({ Count: num });
export type ChangedRow = ReturnType<typeof changedRow>;

/** A figure an import revises: its key, the old and new value and status, the source it replaces. */
export const revisedRow = decoder({
  indicator_id: text,
  geo_code: text,
  geo_name: textOrNull,
  period_from: num,
  period_to: num,
  sex: text,
  age: text,
  old_value: numOrNull,
  old_status: text,
  new_value: numOrNull,
  new_status: text,
  old_source: text,
  /** The replaced figure's file (or title when it came with the app). */
  old_source_name: textOrNull,
  indicator_nb: textOrNull,
  indicator_en: textOrNull,
  total: num,
});
export type RevisedRow = ReturnType<typeof revisedRow>;

/** A DuckDB setting. */
export const settingRow = decoder({ name: text, value: text });
export type SettingRow = ReturnType<typeof settingRow>;

/** A prepared statement's text, as DuckDB renders it. */
export const statementRow = decoder({ statement: text });

/** A slice of an indicator a map can draw: a level, an age band and a period, with how many places have a row and a value. */
export const mapSliceRow = decoder({
  indicator_id: text,
  level: text,
  age: text,
  period_from: num,
  period_to: num,
  n: num,
  n_values: num,
});
export type MapSliceRow = ReturnType<typeof mapSliceRow>;

/** One place's figure on the map, with its source. */
export const mapFigureRow = decoder({
  geo_code: text,
  geo_name: text,
  value: numOrNull,
  status: text,
  source_id: text,
  source_publisher: textOrNull,
  source_title: textOrNull,
  note: textOrNull,
});
export type MapFigureRow = ReturnType<typeof mapFigureRow>;
