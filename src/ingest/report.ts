/** The import report: what was read, kept, rejected and dropped, and why, in plain words. */
import { formatPeriod, type Period } from '../domain/period.ts';
import type { EncodingId } from './decode.ts';
import { clip } from './numbers.ts';
import type { FormatId, Rejection, Separator } from './types.ts';

/** How a place in the file was read, with the rows it covers. */
export interface PlaceNote {
  text: string;
  rows: number;
}

/** The report of one import. */
export interface IngestReport {
  /** false when the file could not be read at all (see error). */
  ok: boolean;
  error?: string;
  fileName: string;
  bytes: number;
  sha256: string;
  format: FormatId | null;
  formatLabel: string | null;
  confidence: number;
  /** Other formats that could read the file, with their confidence. */
  alternatives: { format: FormatId; confidence: number }[];
  encoding: EncodingId | null;
  separator: Separator | null;
  headerLine: number | null;
  title: string | null;
  /** Lines (CSV) or cells (JSON-stat) read from the file. */
  records: number;
  /** Figures read (a wide row gives several); = kept + rejected + dropped. */
  rowsRead: number;
  rowsKept: number;
  rowsRejected: number;
  /** Figures for pseudo-regions, dropped on purpose. */
  rowsDropped: number;
  /** Rejected because an earlier row had the same key. */
  duplicates: number;
  /** Kept figures by status. */
  statuses: { ok: number; suppressed: number; missing: number };
  /** Up to 1 000 rejections, each with its row and reason. */
  rejections: Rejection[];
  rejectionsTruncated: boolean;
  /** Rejections counted by kind (the reason's words before the first colon). */
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
    unknown: (PlaceNote & { reason: string })[];
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
  notes: string[];
  sourceId: string | null;
  /** Milliseconds the import took. */
  ms: number;
}

const MAX_REJECTIONS = 1000;
const MAX_NOTES = 200;

/** Collects counts and rejections while an import runs. */
export class ReportBuilder {
  read = 0;
  kept = 0;
  dropped = 0;
  duplicates = 0;
  rejected = 0;
  readonly statuses = { ok: 0, suppressed: 0, missing: 0 };
  readonly rejections: Rejection[] = [];
  readonly byReason: Record<string, number> = {};
  readonly notes: string[] = [];
  private readonly noteSet = new Set<string>();
  readonly covered = new Set<string>();
  /** Period objects seen (the caller caches one object per period text, so this stays small). */
  private readonly periodSet = new Set<Period>();
  readonly byName = new Map<string, { code: string; rows: number }>();
  readonly carried = new Map<string, { chain: string[]; rows: number }>();
  readonly droppedPlaces = new Map<string, number>();
  readonly unknown = new Map<string, { reason: string; rows: number }>();

  /** Records a rejected row (the first 1 000 in full, all in the counts). */
  reject(r: Rejection): void {
    this.rejected++;
    const kind = r.reason.split(':')[0] ?? r.reason;
    this.byReason[kind] = (this.byReason[kind] ?? 0) + 1;
    if (this.rejections.length < MAX_REJECTIONS) {
      const out: Rejection = { row: r.row, reason: clip(r.reason, 300) };
      if (r.column !== undefined) out.column = r.column;
      if (r.value !== undefined) out.value = clip(r.value, 120);
      this.rejections.push(out);
    }
  }

  /** Adds a note once. */
  note(text: string): void {
    if (this.noteSet.has(text) || this.notes.length >= MAX_NOTES) return;
    this.noteSet.add(text);
    this.notes.push(text);
  }

  /** Records a kept period. */
  period(p: Period): void {
    this.periodSet.add(p);
  }

  /** Turns the collected facts into the place part of the report, and notes for carried/dropped. */
  places(added: string[]): IngestReport['places'] {
    const carried = [...this.carried.entries()].map(([text, v]) => ({
      text: clip(text),
      rows: v.rows,
      chain: v.chain,
    }));
    for (const c of carried)
      this.note(
        `${c.text} carried to ${c.chain.at(-1)} through geo_change (${c.chain.join(' → ')}): ${c.rows} ${plural(c.rows)}`,
      );
    const dropped = [...this.droppedPlaces.entries()].map(([text, rows]) => ({
      text: clip(text),
      rows,
    }));
    for (const d of dropped)
      this.note(
        `${d.text} dropped (not a municipality, county or Norway): ${d.rows} ${plural(d.rows)}`,
      );
    const unknown = [...this.unknown.entries()].map(([text, v]) => ({
      text: clip(text),
      rows: v.rows,
      reason: v.reason,
    }));
    return {
      covered: [...this.covered].sort(),
      byName: [...this.byName.entries()].map(([text, v]) => ({
        text: clip(text),
        code: v.code,
        rows: v.rows,
      })),
      carried,
      dropped,
      unknown,
      added,
    };
  }

  /** Periods as text, sorted by start then end. */
  periodList(): string[] {
    const unique = new Map([...this.periodSet].map((p) => [`${p.from}_${p.to}`, p]));
    return [...unique.values()].sort((a, b) => a.from - b.from || a.to - b.to).map(formatPeriod);
  }
}

function plural(n: number): string {
  return n === 1 ? 'row' : 'rows';
}

/** A report for a file that could not be read at all. */
export function failedReport(
  base: Pick<IngestReport, 'fileName' | 'bytes' | 'sha256'>,
  error: string,
  partial: Partial<IngestReport> = {},
): IngestReport {
  return {
    ok: false,
    error,
    ...base,
    format: null,
    formatLabel: null,
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
    duplicates: 0,
    statuses: { ok: 0, suppressed: 0, missing: 0 },
    rejections: [{ row: 0, reason: error }],
    rejectionsTruncated: false,
    rejectionsByReason: { [error.split(':')[0] ?? error]: 1 },
    places: { covered: [], byName: [], carried: [], dropped: [], unknown: [], added: [] },
    periods: [],
    indicators: [],
    notes: [],
    sourceId: null,
    ms: 0,
    ...partial,
  };
}
