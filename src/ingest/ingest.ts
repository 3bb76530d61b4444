/**
 * ingestFile: one user file in, contract rows and a report out. Pure: nothing is written, nothing
 * leaves the caller; the Data view (in a Web Worker) or scripts/ingest.ts decides what to keep.
 * The file is read a chunk at a time (decoded, tokenised, normalised), never as one string.
 */
import type { Row } from '../domain/contract.ts';
import { detectEncoding, type Encoding } from './decode.ts';
import { IngestError } from './errors.ts';
import { IndicatorResolver } from './indicators.ts';
import { jsonTooLarge, parseInput, type ReadStats } from './input.ts';
import { slugify } from './labels.ts';
import { msg } from './messages.ts';
import { Normaliser } from './normalise.ts';
import { GeoIndex } from './places.ts';
import { baseName } from './readers/common.ts';
import { detectFormats, readerFor } from './readers/index.ts';
import { ReportBuilder } from './report-builder.ts';
import { failedReport, type IngestReport } from './report.ts';
import { finishImport, lineEndNote, type Finished, type IngestResult } from './result.ts';
import { unquoteTitle } from './shape.ts';
import { bytesSource, isByteSource, type ByteSource } from './source.ts';
export type { IngestResult } from './result.ts';
import type {
  FormatId,
  IngestContext,
  IngestOptions,
  ParsedInput,
  ReadContext,
  ReadOutput,
  Reader,
} from './types.ts';

/** Detection below this confidence does not choose a format on its own. */
const MIN_CONFIDENCE = 0.5;
/** Yield to the event loop (progress, cancel) at most this often. */
const TICK_MS = 50;
/** Rows handed to options.onRows at a time, unless options.batchRows says otherwise. */
const BATCH = 65536;

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());
const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

const empty = (report: IngestReport): IngestResult => ({
  report,
  observations: [],
  indicators: [],
  geoAdditions: [],
  source: null,
});

/** An import past detection: its input, format and reader, and what collects its report. */
export interface PreparedIngest {
  t0: number;
  source: ByteSource;
  base: { fileName: string; bytes: number; sha256: string };
  facts: Finished['facts'];
  format: FormatId;
  reader: Reader;
  confidence: number;
  alternatives: IngestReport['alternatives'];
  input: ParsedInput;
  encoding: Encoding;
  stats: ReadStats;
  rb: ReportBuilder;
  resolver: IndicatorResolver;
  normaliser: Normaliser;
  ctx: ReadContext;
  sourceId: string;
  options: IngestOptions;
}

/**
 * Imports one file: detects encoding, layout and format, reads the figures, carries places to
 * today's codes, validates every row against the contract, and reports what it kept and why it
 * rejected the rest. Rejects (with the signal's reason) only when options.signal aborts.
 */
export async function ingestFile(
  file: Uint8Array | ByteSource,
  fileName: string,
  context: IngestContext,
  options: IngestOptions = {},
): Promise<IngestResult> {
  const p = await prepareIngest(file, fileName, context, options);
  return 'done' in p ? p.done : readOwn(p.prepared);
}

/**
 * The first half of an import: the file's encoding, layout and format found, and the report's
 * builders made; or the finished result when the file cannot be read that far.
 */
export async function prepareIngest(
  file: Uint8Array | ByteSource,
  fileName: string,
  context: IngestContext,
  options: IngestOptions = {},
): Promise<{ done: IngestResult } | { prepared: PreparedIngest }> {
  const t0 = now();
  options.signal?.throwIfAborted();
  const source = isByteSource(file) ? file : bytesSource(file);
  const base = { fileName, bytes: source.size, sha256: await source.sha256() };
  const done = (r: IngestReport) => ({ done: empty(r) });
  if (source.size === 0) return done(failedReport(base, msg('file.empty')));
  const tooLarge = jsonTooLarge(source);
  if (tooLarge) return done(failedReport(base, tooLarge));
  const encoding = detectEncoding(source);
  const stats: ReadStats = { ends: null };
  const parsed = parseInput(source, encoding, stats);
  if (!parsed.ok) return done(failedReport(base, parsed.reason, { encoding: encoding.id }));
  const input = parsed.input;
  const facts = {
    encoding: encoding.id,
    ...(input.kind === 'csv'
      ? {
          separator: input.separator,
          headerLine: input.headerLine,
          title: input.preamble[0] ? unquoteTitle(input.preamble[0]) : null,
        }
      : {}),
  };

  const detected = detectFormats(input, fileName);
  const best = detected[0];
  const format: FormatId | null =
    options.format ??
    (options.mapping
      ? 'column-mapping'
      : best && best.confidence >= MIN_CONFIDENCE
        ? best.format
        : null);
  if (!format)
    return done(
      failedReport(base, msg('file.format-not-recognised'), { ...facts, alternatives: detected }),
    );
  const reader = readerFor(format);
  const confidence = detected.find((d) => d.format === format)?.confidence ?? 0;
  const alternatives = detected.filter((d) => d.format !== format);

  const rb = new ReportBuilder();
  if (input.kind === 'csv') for (const n of input.notes) rb.note(n);
  const resolver = new IndicatorResolver(context.indicator, options, fileName, (m) => rb.note(m));
  const sourceId = `import-${slugify(baseName(fileName), 40) || 'file'}-${base.sha256.slice(0, 8)}`;
  const normaliser = new Normaliser(
    new GeoIndex(context.geo, context.geo_change),
    resolver,
    rb,
    sourceId,
    options.shares,
  );
  const ctx: ReadContext = {
    fileName,
    options,
    reject: (r) => {
      rb.read++;
      rb.reject(r);
    },
    unreadable: (u) => rb.addUnreadable(u),
    note: (m) => rb.note(m),
    defineIndicator: (spec) => resolver.define(spec),
  };
  if (options.format && confidence === 0 && format !== 'column-mapping')
    rb.note(msg('note.read-as-asked', { format }));
  return {
    prepared: {
      t0,
      source,
      base,
      facts,
      format,
      reader,
      confidence,
      alternatives,
      input,
      encoding,
      stats,
      rb,
      resolver,
      normaliser,
      ctx,
      sourceId,
      options,
    },
  };
}

/** The result of a reader's error: the file could not be read (with the reader's reason). */
export function failedRead(p: PreparedIngest, e: unknown): IngestResult {
  const reason =
    e instanceof IngestError
      ? e.reason
      : msg('file.internal', { detail: e instanceof Error ? e.message : String(e) });
  const { format, confidence, alternatives } = p;
  return empty(failedReport(p.base, reason, { ...p.facts, format, confidence, alternatives }));
}

/** The second half with the importer's own reader: every record read and judged in JavaScript. */
export async function readOwn(p: PreparedIngest): Promise<IngestResult> {
  const { options, rb, normaliser, source } = p;
  const signal = options.signal;
  const observations: Row[] = [];
  let batch: Row[] = [];
  const sink = options.onRows;
  const batchRows = Math.max(1, options.batchRows ?? BATCH);
  let out: ReadOutput;
  try {
    out = p.reader.read(p.input, p.ctx);
    const watch = options.onProgress !== undefined || signal !== undefined;
    let last = now();
    let n = 0;
    for (const c of out.rows) {
      const row = normaliser.take(c);
      if (row) {
        if (!sink) observations.push(row);
        else if (batch.push(row) >= batchRows) {
          await sink(batch);
          batch = [];
        }
      }
      if (watch && (++n & 1023) === 0 && now() - last >= TICK_MS) {
        const position = out.position?.() ?? 0;
        options.onProgress?.({ bytes: Math.round(position * source.size), rows: rb.read });
        await tick();
        signal?.throwIfAborted();
        last = now();
      }
    }
    if (sink && batch.length > 0) await sink(batch);
  } catch (e) {
    if (signal?.aborted) throw signal.reason;
    return failedRead(p, e);
  }
  options.onProgress?.({ bytes: source.size, rows: rb.read });
  return finishRead(p, out, observations, p.stats.ends);
}

/** Builds the result of a read: the line ends said, the report, source and groups made. */
export function finishRead(
  p: PreparedIngest,
  out: ReadOutput,
  observations: Row[],
  ends: ReadStats['ends'],
): IngestResult {
  const note = lineEndNote(ends);
  if (note) p.rb.note(note);
  return finishImport({
    base: p.base,
    facts: p.facts,
    format: p.format,
    confidence: p.confidence,
    alternatives: p.alternatives,
    input: p.input,
    out,
    rb: p.rb,
    resolver: p.resolver,
    added: p.normaliser.added,
    fractionSuspects: p.normaliser.fractionSuspects(),
    observations,
    sourceId: p.sourceId,
    options: p.options,
    ms: Math.round(now() - p.t0),
  });
}
