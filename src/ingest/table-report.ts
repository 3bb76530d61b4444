/**
 * The report of a file opened as a table by DuckDB's CSV reader: the header with DuckDB's types,
 * the rows kept, and each rejected line with DuckDB's own reason. Shared by the Data view and
 * `npm run ingest -- --table FILE`; the words are in src/i18n/table-text.ts.
 */
import type { EncodingId, Separator } from './basic-types.ts';
import type { IngestMessage } from './messages.ts';
import type { TableFilePlan } from './table-file.ts';

/** A line DuckDB rejected, as read from its reject table. */
export interface TableReject {
  /** The line in the file (1-based). */
  line: number;
  /** The column DuckDB names, when it names one. */
  column: string | null;
  /** DuckDB's error type (`CAST`, `TOO MANY COLUMNS`, …), shown as it is. */
  kind: string;
  /** DuckDB's message, shown as it is. */
  message: string | null;
  /** The line's text as DuckDB read it. */
  text: string | null;
}

/** The report of one file opened as a table. */
export interface TableReport {
  fileName: string;
  table: string;
  encoding: EncodingId;
  separator: Separator;
  decimal: '.' | ',';
  headerLine: number;
  notes: IngestMessage[];
  columns: { name: string; type: string }[];
  /** Rows in the table. */
  rows: number;
  /** Lines DuckDB rejected (one entry per error; a line may have more than one). */
  rejects: TableReject[];
  /** How many distinct lines were rejected. */
  rejectedLines: number;
}

/** What DuckDB returned for the read, in the shape its queries give (src/sql/open-table.ts). */
export interface TableReadResult {
  columns: { column_name: string; data_type: string }[];
  rows: number;
  rejects: {
    line: number;
    column_name: string | null;
    error_type: string;
    error_message: string | null;
    csv_line: string | null;
  }[];
}

/** Puts the plan and DuckDB's answers together into the report. */
export function tableReport(
  fileName: string,
  table: string,
  plan: TableFilePlan,
  read: TableReadResult,
): TableReport {
  const rejects = read.rejects.map((r) => ({
    line: r.line,
    column: r.column_name,
    kind: r.error_type,
    message: r.error_message,
    text: r.csv_line,
  }));
  return {
    fileName,
    table,
    encoding: plan.encoding,
    separator: plan.separator,
    decimal: plan.decimal,
    headerLine: plan.headerLine,
    notes: plan.notes,
    columns: read.columns.map((c) => ({ name: c.column_name, type: c.data_type })),
    rows: read.rows,
    rejects,
    rejectedLines: new Set(rejects.map((r) => r.line)).size,
  };
}
