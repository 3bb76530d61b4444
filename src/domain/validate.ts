import {
  CHANGE_KINDS,
  DIRECTIONS,
  GEO_LEVELS,
  MEASURE_STATUSES,
  PLAN_KINDS,
  POLARITIES,
  PREVENTION_LEVELS,
  SEXES,
  SOURCE_KINDS,
  SOURCE_ORIGINS,
  STATUSES,
  TABLES,
  TARGET_GROUPS,
  UNITS,
  type Cell,
  type ColumnSpec,
  type Row,
  type TableName,
} from './contract.ts';

/** One broken rule in one row. */
export interface RowIssue {
  column: string;
  rule: string;
  value: string;
}

/**
 * A row as text fields, as any CSV reader returns it. A reader that has read a number already
 * (the import's normaliser) may pass it as one: it is checked as its text would be, without
 * printing and parsing it again.
 */
export type RawRow = Record<string, string | number | undefined>;

const INT = /^-?\d+$/;
const NUM = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

function parseCell(spec: ColumnSpec, raw: string | number | undefined, issues: RowIssue[]): Cell {
  if (typeof raw === 'number') return parsedNumber(spec, raw, issues);
  const text = (raw ?? '').trim();
  if (text === '') {
    if (!spec.nullable) issues.push({ column: spec.name, rule: 'is required', value: '' });
    return null;
  }
  if (spec.type === 'text') return text;
  const ok = spec.type === 'int' ? INT.test(text) : NUM.test(text);
  const n = Number(text);
  if (!ok || !Number.isFinite(n)) {
    issues.push({
      column: spec.name,
      rule: `must be ${spec.type === 'int' ? 'a whole number' : 'a number'}`,
      value: text,
    });
    return null;
  }
  return n;
}

/** A number given as one: the checks `parseCell` makes of its text (`String(n)`). */
function parsedNumber(spec: ColumnSpec, n: number, issues: RowIssue[]): Cell {
  if (spec.type === 'text') return String(n);
  // As the text would: an int's text has no exponent (below 1e21), and "-0" reads as 0.
  const ok =
    Number.isFinite(n) && (spec.type !== 'int' || (Number.isInteger(n) && Math.abs(n) < 1e21));
  if (ok) return n === 0 ? 0 : n;
  issues.push({
    column: spec.name,
    rule: `must be ${spec.type === 'int' ? 'a whole number' : 'a number'}`,
    value: String(n),
  });
  return null;
}

function oneOf(row: Row, column: string, allowed: readonly string[], issues: RowIssue[]): void {
  const v = row[column];
  if (v === null || v === undefined) return;
  if (!allowed.includes(String(v))) {
    issues.push({ column, rule: `must be one of ${allowed.join(' | ')}`, value: String(v) });
  }
}

function listOf(row: Row, column: string, allowed: readonly string[], issues: RowIssue[]): void {
  const v = row[column];
  if (v === null || v === undefined) return;
  for (const part of String(v).split('|')) {
    if (!allowed.includes(part)) {
      issues.push({ column, rule: `each part must be one of ${allowed.join(' | ')}`, value: part });
    }
  }
}

const YEAR_MIN = 1900;
const YEAR_MAX = 2100;

function year(row: Row, column: string, issues: RowIssue[]): void {
  const v = row[column];
  if (typeof v === 'number' && (v < YEAR_MIN || v > YEAR_MAX)) {
    issues.push({
      column,
      rule: `must be a year between ${YEAR_MIN} and ${YEAR_MAX}`,
      value: String(v),
    });
  }
}

type Rules = (row: Row, issues: RowIssue[]) => void;

const CODE = /^(0|\d{2}|\d{4}|G-[A-Za-z0-9-]+)$/;
const ID = /^[a-z0-9][a-z0-9._-]*$/;

const RULES: Record<TableName, Rules> = {
  geo: (r, i) => {
    if (r.code !== null && !CODE.test(String(r.code)))
      i.push({
        column: 'code',
        rule: 'must be 0, two or four digits, or G-name',
        value: String(r.code),
      });
    oneOf(r, 'level', GEO_LEVELS, i);
  },
  geo_change: (r, i) => {
    oneOf(r, 'kind', CHANGE_KINDS, i);
    year(r, 'year', i);
    if (r.old_code !== null && r.old_code === r.new_code)
      i.push({ column: 'new_code', rule: 'must differ from old_code', value: String(r.new_code) });
  },
  theme: (r, i) => {
    if (r.id !== null && !ID.test(String(r.id)))
      i.push({ column: 'id', rule: 'must be lower-case kebab-case', value: String(r.id) });
  },
  indicator: (r, i) => {
    if (r.id !== null && !ID.test(String(r.id)))
      i.push({ column: 'id', rule: 'must be lower-case kebab-case', value: String(r.id) });
    oneOf(r, 'source_kind', SOURCE_KINDS, i);
    oneOf(r, 'unit', UNITS, i);
    oneOf(r, 'polarity', POLARITIES, i);
  },
  observation: (r, i) => {
    year(r, 'period_from', i);
    year(r, 'period_to', i);
    if (
      typeof r.period_from === 'number' &&
      typeof r.period_to === 'number' &&
      r.period_from > r.period_to
    ) {
      i.push({
        column: 'period_to',
        rule: 'must not be before period_from',
        value: String(r.period_to),
      });
    }
    oneOf(r, 'sex', SEXES, i);
    oneOf(r, 'status', STATUSES, i);
    if (r.status === 'ok' && r.value === null)
      i.push({ column: 'value', rule: 'is required when status is ok', value: '' });
    if (r.status !== 'ok' && r.value !== null) {
      i.push({
        column: 'value',
        rule: 'must be empty when status is suppressed or missing (never 0)',
        value: String(r.value),
      });
    }
    const v = r.value;
    if (typeof v === 'number') {
      if (typeof r.ci_low === 'number' && r.ci_low > v)
        i.push({ column: 'ci_low', rule: 'must not exceed value', value: String(r.ci_low) });
      if (typeof r.ci_high === 'number' && r.ci_high < v)
        i.push({ column: 'ci_high', rule: 'must not be below value', value: String(r.ci_high) });
    }
    if (typeof r.respondents === 'number' && r.respondents < 0)
      i.push({ column: 'respondents', rule: 'must not be negative', value: String(r.respondents) });
  },
  source: (r, i) => {
    oneOf(r, 'kind', SOURCE_ORIGINS, i);
    if (r.sha256 !== null && !/^[0-9a-f]{64}$/.test(String(r.sha256)))
      i.push({ column: 'sha256', rule: 'must be 64 hex digits', value: String(r.sha256) });
  },
  plan: (r, i) => {
    oneOf(r, 'kind', PLAN_KINDS, i);
    year(r, 'period_from', i);
    year(r, 'period_to', i);
  },
  measure: (r, i) => {
    listOf(r, 'target_groups', TARGET_GROUPS, i);
    listOf(r, 'prevention_level', PREVENTION_LEVELS, i);
    oneOf(r, 'status', MEASURE_STATUSES, i);
    year(r, 'start_year', i);
    year(r, 'due_year', i);
  },
  measure_link: (r, i) => {
    oneOf(r, 'expected_direction', DIRECTIONS, i);
    if (r.theme_id === null && r.indicator_id === null)
      i.push({ column: 'theme_id', rule: 'a link needs a theme_id or an indicator_id', value: '' });
  },
};

/** Each table's row with every column null, in the contract's order. */
const EMPTY = Object.fromEntries(
  (Object.keys(TABLES) as TableName[]).map((t) => [
    t,
    Object.fromEntries(TABLES[t].map((c) => [c.name, null])) as Row,
  ]),
) as Record<TableName, Row>;

/** Validates one raw row against a contract table: typed row and the rules it breaks. */
export function validateRow(table: TableName, raw: RawRow): { row: Row; issues: RowIssue[] } {
  const issues: RowIssue[] = [];
  // A copy of the table's empty row: every row gets the same shape in one step, so the loop only
  // fills in properties (much cheaper for a million rows than adding them one by one).
  const row: Row = { ...EMPTY[table] };
  for (const spec of TABLES[table]) row[spec.name] = parseCell(spec, raw[spec.name], issues);
  RULES[table](row, issues);
  return { row, issues };
}

/** Columns a header must have for a table (every column that may not be null). */
export function requiredColumns(table: TableName): string[] {
  return TABLES[table].filter((c) => !c.nullable).map((c) => c.name);
}

/** Extra rule for observations: a percent lies in 0–100, a count is a whole number. */
export function checkUnit(unit: string, row: Row): RowIssue | null {
  const v = row.value;
  if (typeof v !== 'number') return null;
  if (unit === 'percent' && (v < 0 || v > 100))
    return { column: 'value', rule: 'a percent must lie in 0–100', value: String(v) };
  if (unit === 'count' && !Number.isInteger(v))
    return { column: 'value', rule: 'a count must be a whole number', value: String(v) };
  if (v < 0) return { column: 'value', rule: 'must not be negative', value: String(v) };
  return null;
}
