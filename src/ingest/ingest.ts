/**
 * ingestFile: one user file in, contract rows and a report out. Pure: nothing is written, nothing
 * leaves the caller; the Data view (in a Web Worker) or scripts/ingest.ts decides what to keep.
 * The file is read a chunk at a time (decoded, tokenised, normalised), never as one string.
 */
import type { Row } from '../domain/contract.ts';
import { detectEncoding } from './decode.ts';
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
import { finishImport, lineEndNote, type IngestResult } from './result.ts';
import { unquoteTitle } from './shape.ts';
import { bytesSource, isByteSource, type ByteSource } from './source.ts';
export type { IngestResult } from './result.ts';
import type { FormatId, IngestContext, IngestOptions, ReadContext, ReadOutput } from './types.ts';

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
  const t0 = now();
  const signal = options.signal;
  signal?.throwIfAborted();
  const source = isByteSource(file) ? file : bytesSource(file);
  const base = { fileName, bytes: source.size, sha256: await source.sha256() };
  if (source.size === 0) return empty(failedReport(base, msg('file.empty')));
  const tooLarge = jsonTooLarge(source);
  if (tooLarge) return empty(failedReport(base, tooLarge));
  const encoding = detectEncoding(source);
  const stats: ReadStats = { ends: null };
  const parsed = parseInput(source, encoding, stats);
  if (!parsed.ok) return empty(failedReport(base, parsed.reason, { encoding: encoding.id }));
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
    return empty(
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

  const observations: Row[] = [];
  let batch: Row[] = [];
  const sink = options.onRows;
  const batchRows = Math.max(1, options.batchRows ?? BATCH);
  let out: ReadOutput;
  try {
    out = reader.read(input, ctx);
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
    const reason =
      e instanceof IngestError
        ? e.reason
        : msg('file.internal', { detail: e instanceof Error ? e.message : String(e) });
    return empty(failedReport(base, reason, { ...facts, format, confidence, alternatives }));
  }
  options.onProgress?.({ bytes: source.size, rows: rb.read });
  const ends = lineEndNote(stats.ends);
  if (ends) rb.note(ends);
  return finishImport({
    base,
    facts,
    format,
    confidence,
    alternatives,
    input,
    out,
    rb,
    resolver,
    added: normaliser.added,
    fractionSuspects: normaliser.fractionSuspects(),
    observations,
    sourceId,
    options,
    ms: Math.round(now() - t0),
  });
}
