/**
 * Shared types of the ingest library: what a reader sees (a parsed file), what it yields (candidate
 * figures), and the context and options of an import. Browser-safe: no Node imports.
 */
import type { Polarity, Row, Unit } from '../domain/contract.ts';
import type { CsvCursor, Unreadable } from './csv.ts';
import type { ColumnIndex, ColumnMapping } from './mapping.ts';
import type { IngestMessage } from './messages.ts';
import type { TableShape } from './shape.ts';

/** The formats the importer knows. */
export const FORMAT_IDS = [
  'fhi-csv',
  'jsonstat2',
  'ssb-csv',
  'names-table',
  'brukerplan',
  'staffing',
  'generic-long',
  'column-mapping',
] as const;
export type FormatId = (typeof FORMAT_IDS)[number];

export type { ContextRow, Separator } from './basic-types.ts';
import type { ContextRow } from './basic-types.ts';

/** What an import is checked against: today's places, code changes and known indicators. */
export interface IngestContext {
  geo: readonly ContextRow[];
  geo_change: readonly ContextRow[];
  indicator: readonly ContextRow[];
}

/** Progress of a running import: bytes of the file consumed and rows read so far. */
export interface IngestProgress {
  bytes: number;
  rows: number;
}

/** Options of an import; all optional, all serialisable except onProgress and signal. */
export interface IngestOptions {
  /** Skip detection and read the file as this format. */
  format?: FormatId;
  /** A column mapping (implies format `column-mapping`). */
  mapping?: ColumnMapping;
  /** The indicator the file's figures belong to (matched if it exists, created otherwise). */
  indicatorId?: string;
  /** Unit of an indicator the import creates, when the file does not say. */
  unit?: Unit;
  /** Theme of an indicator the import creates (default depends on the source kind). */
  themeId?: string;
  /**
   * How shares of percent indicators are given, when the file does not say: `fraction` (0.057
   * means 5.7 %; multiplied by 100) or `percent` (taken as they stand). Unset, a file whose shares
   * all lie in 0–1 is read as it stands and the report asks (`fractionSuspects`); never silently.
   */
  shares?: 'fraction' | 'percent';
  /** Date the file was retrieved, `YYYY-MM-DD` (default: today). */
  retrieved?: string;
  /** Called now and then while reading (at most every 50 ms). */
  onProgress?: (p: IngestProgress) => void;
  /**
   * Takes the kept rows in batches as they are read, instead of returning them in
   * `observations` (the command line writes them out this way, so no file is too large).
   */
  onRows?: (rows: Row[]) => void | Promise<void>;
  /**
   * Rows per `onRows` batch (65 536 unless said). A sink that only copies the rows into columns
   * does better with small batches: rows then die young, before the garbage collector moves them.
   */
  batchRows?: number;
  /** Aborts the import; ingestFile then rejects with the signal's reason. */
  signal?: AbortSignal;
}

/** A delimited text file as the readers see it: its shape, and its rows read from the file. */
export interface CsvInput extends TableShape {
  kind: 'csv';
  /** A cursor over the data rows, reading the file a chunk at a time (each call starts afresh). */
  open(): CsvCursor;
}

/** A JSON file, parsed. */
export interface JsonInput {
  kind: 'json';
  json: unknown;
}

/** A parsed file. */
export type ParsedInput = CsvInput | JsonInput;

/** What a reader declares about an indicator its rows belong to. */
export interface IndicatorSpec {
  /** The key candidates refer to. */
  key: string;
  /** An exact indicator id the file names (generic CSV): matched, or created with this id. */
  id?: string;
  /** Id to use when the indicator has to be created. */
  suggestedId: string;
  name_nb: string;
  name_en?: string;
  /** null when the file does not say; the indicator can then only be matched. */
  unit: Unit | null;
  /** true when the unit is a guess (reported as a note). */
  unitGuessed?: boolean;
  source_kind: 'ungdata' | 'brukerplan' | 'medication' | 'staffing' | 'other';
  polarity?: Polarity;
  theme_id?: string;
  population?: string;
  description_nb?: string;
  /** The file's main indicator: `options.indicatorId` names it. */
  base?: boolean;
  /** For the other indicators of a file: id = `<options.indicatorId>-<suffix>`. */
  suffix?: string;
}

/** A raw figure as a reader found it, before places, periods and numbers are normalised. */
export interface Candidate {
  /** 1-based line in the file (CSV) or cell number (JSON-stat value array). */
  row: number;
  /** Key of an IndicatorSpec the reader declared. */
  indicator: string;
  place: string;
  period: string;
  sex: string;
  age: string;
  value: string | number | null;
  /** FHI SPVFLAGG (0 ok, 1 missing, 2 cannot be calculated, 3 suppressed). */
  flag?: string;
  /** An explicit status column (generic CSV). */
  status?: string;
  ciLow?: string | number | null;
  ciHigh?: string | number | null;
  numerator?: string | number | null;
  denominator?: string | number | null;
  respondents?: string | number | null;
  note?: string;
  /** Name for a new comparison group (`G-…` code not in geo). */
  placeName?: string;
}

/** A row the import did not keep, and why (a message: code and parameters). */
export interface Rejection extends IngestMessage {
  /** 1-based line (CSV) or cell number (JSON-stat); 0 for the file as a whole. */
  row: number;
  column?: string;
  value?: string;
}

/** Services a reader gets while reading. */
export interface ReadContext {
  fileName: string;
  options: IngestOptions;
  /** Rejects one record of the file. */
  reject(r: Rejection): void;
  /** Reports lines that could not be read at all. */
  unreadable(u: Unreadable): void;
  /** Adds a note to the report. */
  note(m: IngestMessage): void;
  /** Declares an indicator (may be called while rows are read). */
  defineIndicator(spec: IndicatorSpec): void;
}

/** Where the figures came from, as the reader can tell from the file. */
export interface SourceInfo {
  title: string;
  publisher: string;
  license?: string;
  citation?: string;
}

/** What a reader returns: the indicators, a lazy sequence of figures and the source. */
export interface ReadOutput {
  rows: Iterable<Candidate>;
  source: SourceInfo;
  /** Fraction of the input consumed so far (0–1), for progress. */
  position?: () => number;
  /** Records read from the file so far (lines or cells). */
  records?: () => number;
}

/** One supported format (its name in words is in src/i18n/ingest-*.ts, `ingest.format.<id>`). */
export interface Reader {
  id: FormatId;
  /** How sure the reader is that it can read this input: 0 (no) to 1 (certain). */
  detect(input: ParsedInput, fileName: string): number;
  /** Reads the input; indicators are declared through ctx.defineIndicator before rows use them. */
  read(input: ParsedInput, ctx: ReadContext): ReadOutput;
  /**
   * For readers that read one figure per record through a column mapping: the plan, so that
   * another engine (DuckDB's CSV reader, src/imports/duck-ingest.ts) can read the records.
   */
  mapped?(input: CsvInput, ctx: ReadContext): MappedPlan;
}

/** Optional per-row columns that describe an indicator to create, and a new group's name. */
export interface ExtraColumns {
  indicatorName: number;
  unit: number;
  sourceKind: number;
  polarity: number;
  themeId: number;
  geoName: number;
}

/** Where the mapping's cells are, and how a record becomes a candidate. */
export interface MappedRows {
  /** The column of each field of the mapping (-1: not in the file). */
  columns: ColumnIndex;
  extra: ExtraColumns;
  /** True when every row belongs to one indicator given outside the file. */
  fixed: boolean;
  /** The texts rows take where the file has no column for them. */
  constants: NonNullable<ColumnMapping['constants']>;
  /**
   * The indicator key of a record's indicator cell, declaring the indicator the first time its
   * text is seen (with that record's unit, name, kind, polarity and theme), or why it has none.
   */
  indicatorKey(fields: readonly string[]): string | IngestMessage;
  /** The period text of a record, as the period rules will read it. */
  periodText(fields: readonly string[]): string;
  /** The candidate of a record, or null when its indicator is rejected (said through ctx). */
  candidate(fields: readonly string[], line: number): Candidate | null;
}

/** A reader's mapping, checked against the file, and the source it names. */
export interface MappedPlan {
  rows: MappedRows;
  source: SourceInfo;
}

/** A contract row (re-exported for callers). */
export type { Row };
