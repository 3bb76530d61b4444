import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Row, TableName } from '../../src/domain/contract.ts';
import { requiredColumns, validateRow } from '../../src/domain/validate.ts';
import { parseCsvText } from './csv.ts';
import { PipelineError, type PipelineProblem } from './errors.ts';

/** Where a pipeline reads and writes; injected so tests can run pipelines on temporary folders. */
export interface PipelineIO {
  curatedDir: string;
  outDir: string;
  /** Folder that file names in messages are relative to. */
  root: string;
  /**
   * Where the raw downloads are (`../shared/formats`), when present: the curated tables made from
   * them (population, FHI series) are then rebuilt first. Absent: the committed curated tables are used.
   */
  rawDir?: string;
}

/** A validated row and where it came from. */
export interface SourcedRow {
  row: Row;
  file: string;
  line: number;
}

/** Tables whose curated input is a folder of files (one per plan or dataset). */
const FOLDER_TABLES: Partial<Record<TableName, string>> = {
  observation: 'observation',
  measure: 'measure',
};

/** The curated input files of a table, sorted by name. */
export function inputFiles(io: PipelineIO, table: TableName): string[] {
  const folder = FOLDER_TABLES[table];
  if (!folder) return [join(io.curatedDir, `${table}.csv`)];
  const dir = join(io.curatedDir, folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.csv'))
    .sort()
    .map((f) => join(dir, f));
}

/**
 * Reads and validates a table's curated CSV files against the contract. Throws a PipelineError
 * naming file, line and rule for every bad row; returns the rows otherwise.
 */
export function loadCurated(io: PipelineIO, table: TableName): SourcedRow[] {
  const problems: PipelineProblem[] = [];
  const out: SourcedRow[] = [];
  for (const path of inputFiles(io, table)) {
    const file = relative(io.root, path);
    const parsed = parseCsvText(readFileSync(path, 'utf8'));
    for (const name of requiredColumns(table)) {
      if (!parsed.header.includes(name)) {
        problems.push({
          file,
          line: 1,
          column: name,
          rule: 'column missing from header',
          value: '',
        });
      }
    }
    for (const r of parsed.ragged) {
      problems.push({
        file,
        line: r.line,
        column: '(row)',
        rule: `has ${r.fields} fields, header has ${parsed.header.length}`,
        value: '',
      });
    }
    for (const { line, raw } of parsed.rows) {
      const { row, issues } = validateRow(table, raw);
      for (const i of issues) problems.push({ file, line, ...i });
      out.push({ row, file, line });
    }
  }
  if (problems.length > 0) throw new PipelineError(problems);
  return out;
}

/** Checks a key is unique; returns a problem per repeat. */
export function uniqueBy(
  rows: SourcedRow[],
  key: (r: Row) => string,
  what: string,
): PipelineProblem[] {
  const seen = new Map<string, SourcedRow>();
  const problems: PipelineProblem[] = [];
  for (const r of rows) {
    const k = key(r.row);
    const first = seen.get(k);
    if (first)
      problems.push({
        file: r.file,
        line: r.line,
        column: what,
        rule: `repeats the key of ${first.file}:${first.line}`,
        value: k,
      });
    else seen.set(k, r);
  }
  return problems;
}

/** Checks that a column refers to an existing id; returns a problem per dangling reference. */
export function refersTo(
  rows: SourcedRow[],
  column: string,
  ids: Set<string>,
  target: string,
): PipelineProblem[] {
  return rows.flatMap((r) => {
    const v = r.row[column];
    if (v === null || v === undefined || ids.has(String(v))) return [];
    return [
      {
        file: r.file,
        line: r.line,
        column,
        rule: `must name an existing ${target}`,
        value: String(v),
      },
    ];
  });
}

/** Throws when there are problems. */
export function failOn(problems: PipelineProblem[]): void {
  if (problems.length > 0) throw new PipelineError(problems);
}

/** The set of a column's values. */
export function idsOf(rows: SourcedRow[], column = 'id'): Set<string> {
  return new Set(rows.map((r) => String(r.row[column])));
}
