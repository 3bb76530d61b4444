/** The end of an import: the comparison groups and source row it adds, and its report. */
import type { Row } from '../domain/contract.ts';
import { validateRow } from '../domain/validate.ts';
import type { IndicatorResolver } from './indicators.ts';
import { msg, type IngestMessage } from './messages.ts';
import { clip } from './numbers.ts';
import type { ReportBuilder } from './report-builder.ts';
import type { FractionSuspect, IngestReport } from './report.ts';
import type { LineEnds } from './text-stream.ts';
import type { FormatId, IngestOptions, ParsedInput, ReadOutput } from './types.ts';

/** What an import gives back: the report and the rows, none of them written anywhere yet. */
export interface IngestResult {
  report: IngestReport;
  /** Observation rows, validated against the contract (empty when options.onRows took them). */
  observations: Row[];
  /** Indicators the observations refer to: matched (as given) or created. */
  indicators: Row[];
  /** New comparison groups (`G-…`) for geo. */
  geoAdditions: Row[];
  /** The source row for the file (kind `import`). */
  source: Row | null;
}

/** A note when the file mixes kinds of line end (each is read as one). */
export function lineEndNote(ends: LineEnds | null): IngestMessage | null {
  if (!ends) return null;
  const kinds = (['crlf', 'lf', 'cr'] as const).filter((k) => ends[k]);
  return kinds.length > 1
    ? msg('note.line-endings', { kinds: kinds.map((k) => k.toUpperCase()) })
    : null;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** What finishImport needs from the run. */
export interface Finished {
  base: Pick<IngestReport, 'fileName' | 'bytes' | 'sha256'>;
  facts: Partial<Pick<IngestReport, 'encoding' | 'separator' | 'headerLine' | 'title'>>;
  format: FormatId;
  confidence: number;
  alternatives: IngestReport['alternatives'];
  input: ParsedInput;
  out: ReadOutput;
  rb: ReportBuilder;
  resolver: IndicatorResolver;
  added: Map<string, string>;
  fractionSuspects: FractionSuspect[];
  observations: Row[];
  sourceId: string;
  options: IngestOptions;
  ms: number;
}

/** Builds the groups, the source row and the report of a finished read. */
export function finishImport(f: Finished): IngestResult {
  const { rb, base, out } = f;
  const geoAdditions: Row[] = [];
  for (const [code, name] of f.added) {
    const { row } = validateRow('geo', {
      code,
      name,
      level: 'group',
      citation: `Lagt til ved import av ${base.fileName}`,
    });
    geoAdditions.push(row);
    rb.note(msg('note.group-added', { code, name: clip(name, 60) }));
  }
  for (const s of f.fractionSuspects)
    rb.note(msg('note.fractions-suspected', { id: s.id, max: s.max, n: s.n }));
  if (f.options.shares === 'fraction') rb.note(msg('note.fractions-scaled'));
  const used = f.resolver.rows();
  const source = validateRow('source', {
    id: f.sourceId,
    title: clip(out.source.title, 200),
    publisher: out.source.publisher,
    kind: 'import',
    file_name: base.fileName,
    sha256: base.sha256,
    retrieved: f.options.retrieved ?? today(),
    license: out.source.license ?? '',
    citation: out.source.citation ?? '',
    rows_kept: String(rb.kept),
    rows_rejected: String(rb.rejected),
  }).row;
  const places = rb.places([...f.added.keys()]);
  const report: IngestReport = {
    ok: true,
    ...base,
    format: f.format,
    confidence: f.confidence,
    alternatives: f.alternatives,
    encoding: f.facts.encoding ?? null,
    separator: f.facts.separator ?? null,
    headerLine: f.facts.headerLine ?? null,
    title: f.facts.title ?? (f.input.kind === 'json' ? clip(out.source.title, 200) : null),
    records: out.records?.() ?? rb.read,
    rowsRead: rb.read,
    rowsKept: rb.kept,
    rowsRejected: rb.rejected,
    rowsDropped: rb.dropped,
    rowsUnreadable: rb.unreadableLines,
    unreadable: rb.unreadable,
    duplicates: rb.duplicates,
    statuses: rb.statuses,
    rejections: rb.rejections,
    rejectionsTruncated: rb.rejected > rb.rejections.length,
    rejectionsByReason: rb.byReason,
    places,
    periods: rb.periodList(),
    indicators: used.map(({ status, row }) => ({
      id: String(row.id),
      status,
      name_nb: String(row.name_nb ?? ''),
      unit: String(row.unit ?? ''),
      rows: f.resolver.keptOf(String(row.id)),
    })),
    notes: rb.notes,
    fractionSuspects: f.fractionSuspects,
    sourceId: f.sourceId,
    ms: f.ms,
  };
  return {
    report,
    observations: f.observations,
    indicators: used.map((u) => u.row),
    geoAdditions,
    source,
  };
}
