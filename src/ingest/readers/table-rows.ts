/** Helpers the table readers share: candidates from a record, indicator keys, grouped records, output. */
import type { CsvCursor } from '../csv.ts';
import { IngestError } from '../errors.ts';
import { msg, type IngestCode } from '../messages.ts';
import { clip } from '../numbers.ts';
import type {
  Candidate,
  CsvInput,
  FormatId,
  IndicatorSpec,
  ParsedInput,
  ReadContext,
  ReadOutput,
  SourceInfo,
} from '../types.ts';
import {
  asCsv,
  cell,
  col,
  groupByWords,
  PLACE_COLUMNS,
  records,
  YEAR_COLUMNS,
  type DataRecord,
} from './common.ts';
import { type CubeRecord, splitCube } from './cube.ts';

/** Where a table's core cells are (-1: the file has no such column; sex and age are then `all`). */
export interface CoreColumns {
  place: number;
  period: number;
  sex: number;
  age: number;
}

/**
 * A template's table (one row per place and year; the error `code` when it lacks those columns),
 * with a `define` that declares each of its indicators once, as the template's source kind.
 */
export function templateTable(
  input: ParsedInput,
  ctx: ReadContext,
  format: FormatId & IndicatorSpec['source_kind'],
  code: IngestCode,
) {
  const csv = asCsv(input, format);
  const place = col(csv.header, ...PLACE_COLUMNS);
  const period = col(csv.header, ...YEAR_COLUMNS);
  if (place < 0 || period < 0) throw new IngestError(msg(code));
  const core: CoreColumns = { place, period, sex: -1, age: -1 };
  return { csv, h: csv.header, core, define: declareOnce(ctx, format) };
}

/** A template's group column: the header names it goes by, and how a bad value is reported. */
export interface GroupColumn<G extends string> {
  groups: Record<G, { words: readonly string[] }>;
  names: readonly string[];
  code: IngestCode;
  column: string;
}

/** A candidate from a record's core cells and a value, its indicator still to be set. */
export function tableCandidate(
  rec: DataRecord,
  c: CoreColumns,
  value: string,
  period = cell(rec.fields, c.period),
): Candidate {
  const f = rec.fields;
  return {
    row: rec.line,
    indicator: '',
    place: cell(f, c.place),
    period,
    sex: c.sex >= 0 ? cell(f, c.sex) : 'all',
    age: c.age >= 0 ? cell(f, c.age) : 'all',
    value,
  };
}

/** Splits the figures into indicators (see `splitCube`) and sets each candidate's indicator. */
export function assignIndicators(
  cands: readonly Candidate[],
  cubes: readonly CubeRecord[],
  dimNames: readonly string[],
  baseFor: (metric: string) => Omit<IndicatorSpec, 'key' | 'base' | 'suffix'>,
  ctx: ReadContext,
  known?: readonly (string | undefined)[],
): void {
  const keys = splitCube(cubes, dimNames, baseFor, ctx, known);
  cands.forEach((c, k) => (c.indicator = keys[k] as string));
}

/** Declares an indicator the first time its key is used; returns the key. */
export function declareOnce(
  ctx: ReadContext,
  source_kind: IndicatorSpec['source_kind'],
): (key: string, spec: Omit<IndicatorSpec, 'key' | 'source_kind'>) => string {
  const declared = new Set<string>();
  return (key, spec) => {
    if (!declared.has(key)) {
      declared.add(key);
      ctx.defineIndicator({ ...spec, key, source_kind });
    }
    return key;
  };
}

/** Records whose group cell names one of the groups; the others are rejected with `code`. */
export function* groupedRecords<G extends string>(
  csv: CsvInput,
  cursor: CsvCursor,
  ctx: ReadContext,
  group: GroupColumn<G>,
): Generator<DataRecord & { group: G }> {
  const i = col(csv.header, ...group.names);
  for (const rec of records(csv, cursor, ctx)) {
    const text = cell(rec.fields, i);
    const g = groupByWords(group.groups, text);
    if (g) yield { ...rec, group: g };
    else
      ctx.reject({
        row: rec.line,
        ...msg(group.code, { value: clip(text, 40) }),
        column: group.column,
      });
  }
}

/** A table reader's output: its rows, its source, and progress read from the cursor. */
export function tableOutput(
  rows: Iterable<Candidate>,
  source: SourceInfo,
  cursor: CsvCursor,
): ReadOutput {
  return { rows, source, position: () => cursor.position(), records: () => cursor.count };
}
