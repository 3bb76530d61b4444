/// <reference lib="webworker" />
import { ColumnsBuilder } from '../arrow/columns.ts';
import { rowsToIPC } from '../arrow/ipc.ts';
import { TABLES } from '../domain/contract.ts';
import { ingestFile } from '../ingest/ingest.ts';
import type { IngestContext, IngestOptions } from '../ingest/types.ts';
import { observationPart } from './coded-copy.ts';
import type { FromWorker, ImportPart, ToWorker } from './types.ts';

// Parsing, normalising and Arrow encoding run here, off the page's thread, so the page stays responsive.
const scope = self as unknown as DedicatedWorkerGlobalScope;
let controller: AbortController | null = null;
const post = (m: FromWorker, transfer: Transferable[] = []) => scope.postMessage(m, transfer);

scope.onmessage = async (e: MessageEvent<ToWorker>) => {
  const msg = e.data;
  if (msg.type === 'cancel') {
    controller?.abort(new Error('cancelled'));
    return;
  }
  controller = new AbortController();
  const t0 = performance.now();
  // The kept rows go into Arrow columns a batch at a time, so no row object outlives its batch.
  const figures = new ColumnsBuilder(TABLES.observation);
  try {
    const result = await ingestFile(
      msg.bytes,
      msg.fileName,
      msg.context as unknown as IngestContext,
      {
        ...(msg.options as IngestOptions),
        signal: controller.signal,
        onRows: (rows) => figures.add(rows),
        batchRows: 4096,
        onProgress: (p) =>
          post({ type: 'progress', bytes: p.bytes, rows: p.rows, ms: performance.now() - t0 }),
      },
    );
    const parts: ImportPart[] = [];
    const add = (table: ImportPart['table'], rows: typeof result.observations) => {
      if (rows.length === 0) return;
      const bytes = rowsToIPC(table, rows);
      // A second copy for DuckDB, made here so the page never copies (see ImportPart.engineCopy).
      parts.push({ table, bytes, rows: rows.length, engineCopy: bytes.slice() });
    };
    if (figures.length > 0) parts.push(observationPart(figures.finish(), msg.codes));
    add('indicator', result.indicators);
    add('geo', result.geoAdditions);
    if (result.source) add('source', [result.source]);
    const createdIndicators = result.report.indicators
      .filter((i) => i.status === 'created')
      .map((i) => i.id);
    post(
      { type: 'done', prepared: { report: result.report, parts, createdIndicators } },
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
