/**
 * The data contract (DESIGN.md): table and column names and types shared by the pipelines,
 * the importers, the SQL builders and the views. Change deliberately.
 */

export type ColumnType = 'text' | 'int' | 'double';

export interface ColumnSpec {
  name: string;
  type: ColumnType;
  /** true when the column may hold null */
  nullable: boolean;
}

const col = (name: string, type: ColumnType, nullable = true): ColumnSpec => ({
  name,
  type,
  nullable,
});

/**
 * The key of a figure, one value per indicator, place, period, sex and age; also the order the
 * observation table is stored in (so DuckDB's zone maps skip what a filter on the first keys excludes).
 */
export const OBSERVATION_KEY = [
  'indicator_id',
  'geo_code',
  'period_from',
  'period_to',
  'sex',
  'age',
] as const;

export const TABLES = {
  geo: [
    col('code', 'text', false),
    col('name', 'text', false),
    col('level', 'text', false),
    col('parent_code', 'text'),
    col('valid_from', 'int'),
    col('valid_to', 'int'),
    col('citation', 'text'),
  ],
  geo_change: [
    col('old_code', 'text', false),
    col('new_code', 'text', false),
    col('year', 'int', false),
    col('kind', 'text', false),
    col('citation', 'text'),
  ],
  theme: [
    col('id', 'text', false),
    col('name_nb', 'text', false),
    col('name_en', 'text', false),
    col('description', 'text'),
  ],
  indicator: [
    col('id', 'text', false),
    col('name_nb', 'text', false),
    col('name_en', 'text', false),
    col('theme_id', 'text', false),
    col('source_kind', 'text', false),
    col('unit', 'text', false),
    col('polarity', 'text', false),
    col('population', 'text'),
    col('description_nb', 'text'),
    col('description_en', 'text'),
  ],
  observation: [
    col('indicator_id', 'text', false),
    col('geo_code', 'text', false),
    col('period_from', 'int', false),
    col('period_to', 'int', false),
    col('sex', 'text', false),
    col('age', 'text', false),
    col('value', 'double'),
    col('ci_low', 'double'),
    col('ci_high', 'double'),
    col('numerator', 'double'),
    col('denominator', 'double'),
    col('respondents', 'int'),
    col('status', 'text', false),
    col('source_id', 'text', false),
    col('note', 'text'),
  ],
  source: [
    col('id', 'text', false),
    col('title', 'text', false),
    col('publisher', 'text', false),
    col('kind', 'text', false),
    col('file_name', 'text'),
    col('sha256', 'text'),
    col('retrieved', 'text'),
    col('license', 'text'),
    col('citation', 'text'),
    col('rows_kept', 'int'),
    col('rows_rejected', 'int'),
  ],
  plan: [
    col('id', 'text', false),
    col('geo_code', 'text', false),
    col('title', 'text', false),
    col('kind', 'text', false),
    col('period_from', 'int'),
    col('period_to', 'int'),
    col('citation', 'text', false),
  ],
  measure: [
    col('id', 'text', false),
    col('plan_id', 'text', false),
    col('goal', 'text'),
    col('title', 'text', false),
    col('target_groups', 'text'),
    col('prevention_level', 'text'),
    col('responsible', 'text'),
    col('start_year', 'int'),
    col('due_year', 'int'),
    col('due_text', 'text'),
    col('cost_text', 'text'),
    col('status', 'text', false),
    col('citation', 'text', false),
  ],
  measure_link: [
    col('measure_id', 'text', false),
    col('theme_id', 'text'),
    col('indicator_id', 'text'),
    col('expected_direction', 'text', false),
  ],
} as const satisfies Record<string, readonly ColumnSpec[]>;

export type TableName = keyof typeof TABLES;
export const TABLE_NAMES = Object.keys(TABLES) as TableName[];

export type Cell = string | number | null;
export type Row = Record<string, Cell>;

export const GEO_LEVELS = ['country', 'county', 'municipality', 'group'] as const;
export const SOURCE_KINDS = ['ungdata', 'brukerplan', 'medication', 'staffing', 'other'] as const;
export const UNITS = ['percent', 'per_1000', 'per_10000', 'per_100000', 'count', 'ratio'] as const;
export const POLARITIES = ['higher_worse', 'higher_better', 'neutral'] as const;
export const SEXES = ['all', 'male', 'female'] as const;
export const STATUSES = ['ok', 'suppressed', 'missing'] as const;
export const SOURCE_ORIGINS = ['plan', 'register', 'survey', 'import', 'synthetic'] as const;
export const CHANGE_KINDS = ['recode', 'merge', 'split'] as const;
export const PLAN_KINDS = [
  'rusplan',
  'psykisk-helse-rus',
  'forebygging',
  'handlingsdel',
  'other',
] as const;
export const PREVENTION_LEVELS = [
  'universal',
  'selective',
  'indicated',
  'treatment',
  'system',
] as const;
export const TARGET_GROUPS = [
  'children',
  'youth',
  'parents',
  'adults',
  'elderly',
  'substance-users',
  'mental-health-users',
  'next-of-kin',
  'refugees',
  'employees',
  'all-residents',
] as const;
export const MEASURE_STATUSES = ['planned', 'ongoing', 'done', 'cancelled', 'unknown'] as const;
export const DIRECTIONS = ['decrease', 'increase', 'none'] as const;

export type Unit = (typeof UNITS)[number];
export type Polarity = (typeof POLARITIES)[number];
export type Status = (typeof STATUSES)[number];
export type Sex = (typeof SEXES)[number];

/** The code that stands for Norway in `geo` (fixed once, as FHI writes it). */
export const NORWAY = '0';
