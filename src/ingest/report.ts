/**
 * The import report: what was read, kept, rejected, dropped and left unread, and why, as message
 * codes with parameters (src/i18n/ingest-*.ts puts them in words). The counts always add up:
 * rowsRead = rowsKept + rowsRejected + rowsDropped + rowsUnreadable.
 */
import type { Unreadable } from './csv.ts';
import type { EncodingId } from './basic-types.ts';
import { msg, type IngestMessage } from './messages.ts';
import type { FormatId, Rejection, Separator } from './types.ts';

/** How a place in the file was read, with the rows it covers. */
export interface PlaceNote {
  text: string;
  rows: number;
}

/** The report of one import. */
/** A percent indicator whose figures all lie in 0–1: perhaps fractions (the report asks). */
export interface FractionSuspect {
  id: string;
  /** Figures with a value, and the largest. */
  n: number;
  max: number;
}

export interface IngestReport {
  /** false when the file could not be read at all (see error). */
  ok: boolean;
  error?: IngestMessage;
  fileName: string;
  bytes: number;
  sha256: string;
  format: FormatId | null;
  confidence: number;
  /** Other formats that could read the file, with their confidence. */
  alternatives: { format: FormatId; confidence: number }[];
  encoding: EncodingId | null;
  separator: Separator | null;
  headerLine: number | null;
  title: string | null;
  /** Lines (CSV) or cells (JSON-stat) read from the file. */
  records: number;
  /** Figures read (a wide row gives several), and lines that could not be read at all; =
   * kept + rejected + dropped + unreadable. */
  rowsRead: number;
  rowsKept: number;
  rowsRejected: number;
  /** Figures for pseudo-regions, dropped on purpose. */
  rowsDropped: number;
  /** Lines that could not be read (a quote never closed, a record too long); each counts as one. */
  rowsUnreadable: number;
  /** The line ranges that could not be read, and why. */
  unreadable: Unreadable[];
  /** Rejected because an earlier row had the same key. */
  duplicates: number;
  /** Kept figures by status. */
  statuses: { ok: number; suppressed: number; missing: number };
  /** Up to 1 000 rejections, each with its row and reason. */
  rejections: Rejection[];
  rejectionsTruncated: boolean;
  /** Rejections counted by kind (the code's first part: `unknown-place`, `ragged-row`, …). */
  rejectionsByReason: Record<string, number>;
  places: {
    /** Today's codes that figures were kept for. */
    covered: string[];
    /** Names read as codes. */
    byName: (PlaceNote & { code: string })[];
    /** Old codes carried to today's. */
    carried: (PlaceNote & { chain: string[] })[];
    /** Pseudo-regions dropped. */
    dropped: PlaceNote[];
    /** Places not found (their rows are rejected). */
    unknown: (PlaceNote & { reason: IngestMessage })[];
    /** Comparison groups (`G-…`) the import adds to geo. */
    added: string[];
  };
  /** Periods covered (`2021`, `2013–2015`), sorted. */
  periods: string[];
  indicators: {
    id: string;
    status: 'matched' | 'created';
    name_nb: string;
    unit: string;
    rows: number;
  }[];
  /** How the file was read, in messages (titles skipped, codes carried, indicators created, …). */
  notes: IngestMessage[];
  /**
   * Percent indicators whose figures all lie in 0–1 (0.057 rather than 5.7): read as they stand
   * until the user says whether they are fractions (IngestOptions.shares); the review step asks.
   */
  fractionSuspects: FractionSuspect[];
  sourceId: string | null;
  /** Milliseconds the import took. */
  ms: number;
}

/** A report for a file that could not be read at all. */
export function failedReport(
  base: Pick<IngestReport, 'fileName' | 'bytes' | 'sha256'>,
  error: IngestMessage,
  partial: Partial<IngestReport> = {},
): IngestReport {
  return {
    ok: false,
    error,
    ...base,
    format: null,
    confidence: 0,
    alternatives: [],
    encoding: null,
    separator: null,
    headerLine: null,
    title: null,
    records: 0,
    rowsRead: 0,
    rowsKept: 0,
    rowsRejected: 0,
    rowsDropped: 0,
    rowsUnreadable: 0,
    unreadable: [],
    duplicates: 0,
    statuses: { ok: 0, suppressed: 0, missing: 0 },
    // The refusal is `error`, shown above the report: no row was read, so none is listed as
    // rejected (a "row 0" read as a line of the file).
    rejections: [],
    rejectionsTruncated: false,
    rejectionsByReason: {},
    places: { covered: [], byName: [], carried: [], dropped: [], unknown: [], added: [] },
    periods: [],
    indicators: [],
    notes: [],
    fractionSuspects: [],
    sourceId: null,
    ms: 0,
    ...partial,
  };
}

/** The report of a file too large to be read here: nothing is read, the limit and size are said. */
export function tooLargeReport(fileName: string, size: number, limit: number): IngestReport {
  return failedReport(
    { fileName, bytes: size, sha256: '' },
    msg('file.too-large', { size, limit }),
  );
}
