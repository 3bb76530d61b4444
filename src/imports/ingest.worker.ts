/// <reference lib="webworker" />
import { ColumnsBuilder, type BuiltColumns } from '../arrow/columns.ts';
import { rowsToIPC } from '../arrow/ipc.ts';
import { keyedColumnsFromIPC } from '../arrow/keyed-ipc.ts';
import { TABLES } from '../domain/contract.ts';
import { ingestFile } from '../ingest/ingest.ts';
import type { IngestContext, IngestOptions } from '../ingest/types.ts';
import { observationPart } from './coded-copy.ts';
import { BridgeClient } from './duck-bridge.ts';
import { ingestWithDuckDb, type DuckIngestResult } from './duck-ingest.ts';
import type { FromWorker, ImportPart, ToWorker } from './types.ts';

// Parsing, normalising and Arrow encoding run here, off the page's thread, so the page stays
// responsive. When the page lends its DuckDB (msg.duck), files of one figure per line are read by
// DuckDB's CSV reader through it (./duck-bridge.ts), the rest by the importer's own reader.
const scope = self as unknown as DedicatedWorkerGlobalScope;
let controller: AbortController | null = null;
const post = (m: FromWorker, transfer: Transferable[] = []) => scope.postMessage(m, transfer);

const bridge = new BridgeClient((m, transfer) => post(m, transfer));

scope.onmessage = async (e: MessageEvent<ToWorker>) => {
  const msg = e.data;
  if (msg.type === 'duck') return bridge.answer(msg);
  if (msg.type === 'cancel') {
    controller?.abort(new Error('cancelled'));
    return;
  }
  controller = new AbortController();
  const t0 = performance.now();
  // The kept rows go into Arrow columns a batch at a time, so no row object outlives its batch.
  const figures = new ColumnsBuilder(TABLES.observation);
  // Or, read by DuckDB, they come back keyed as Arrow IPC and are made into the same columns.
  let fromDuck: BuiltColumns | null = null;
  try {
    const context = msg.context as unknown as IngestContext;
    const options: IngestOptions = {
      ...(msg.options as IngestOptions),
      signal: controller.signal,
      onRows: (rows) => figures.add(rows),
      batchRows: 4096,
      onProgress: (p) =>
        post({ type: 'progress', bytes: p.bytes, rows: p.rows, ms: performance.now() - t0 }),
    };
    const read: DuckIngestResult = msg.duck
      ? await ingestWithDuckDb(
          msg.bytes,
          msg.fileName,
          context,
          options,
          bridge.host,
          async (tx, kept) => {
            if (!tx.arrow) throw new Error('the page gives no Arrow results');
            fromDuck = keyedColumnsFromIPC(
              await tx.arrow({ sql: kept.coded, params: [] }),
              TABLES.observation,
              {
                values: kept.values,
                constants: { source_id: kept.sourceId },
                absent: kept.absent,
              },
            );
          },
        )
      : { result: await ingestFile(msg.bytes, msg.fileName, context, options), engine: 'own' };
    const result = read.result;
    const parts: ImportPart[] = [];
    const add = (table: ImportPart['table'], rows: typeof result.observations) => {
      if (rows.length === 0) return;
      const bytes = rowsToIPC(table, rows);
      // A second copy for DuckDB, made here so the page never copies (see ImportPart.engineCopy).
      parts.push({ table, bytes, rows: rows.length, engineCopy: bytes.slice() });
    };
    const built: BuiltColumns | null = fromDuck ?? (figures.length > 0 ? figures.finish() : null);
    if (built && built.length > 0) parts.push(observationPart(built, msg.codes));
    add('indicator', result.indicators);
    add('geo', result.geoAdditions);
    if (result.source) add('source', [result.source]);
    const createdIndicators = result.report.indicators
      .filter((i) => i.status === 'created')
      .map((i) => i.id);
    const reader = { engine: read.engine, ...(read.why ? { why: read.why } : {}) };
    post(
      { type: 'done', prepared: { report: result.report, parts, createdIndicators, reader } },
      parts.flatMap((p) => [
        p.bytes.buffer,
        ...(p.engineCopy ? [p.engineCopy.buffer] : []),
        ...(p.engineCodes?.added ? [p.engineCodes.added.buffer] : []),
      ]),
    );
  } catch (err) {
    const cancelled = controller.signal.aborted;
    post({ type: 'error', message: err instanceof Error ? err.message : String(err), cancelled });
  }
};
