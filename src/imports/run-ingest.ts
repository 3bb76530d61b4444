import type { CodeKeyRow } from '../sql/rows.ts';
import type { FromWorker, PreparedImport, ToWorker } from './types.ts';

/** Progress of an import in the worker. */
export interface RunProgress {
  bytes: number;
  rows: number;
  ms: number;
}

/** A running import: its result, a way to cancel it. */
export interface RunningIngest {
  done: Promise<PreparedImport>;
  cancel: () => void;
}

/**
 * Reads a file in a Web Worker; progress arrives through `onProgress`; the worker ends with the
 * import. With `codes` (DuckDB's code tables, `codeKeysQuery`) the worker also codes the figures for
 * the commit (src/imports/coded-copy.ts).
 */
export function runIngest(
  bytes: Uint8Array,
  fileName: string,
  context: Extract<ToWorker, { type: 'start' }>['context'],
  options: Record<string, unknown>,
  onProgress: (p: RunProgress) => void,
  codes?: CodeKeyRow[],
): RunningIngest {
  const worker = new Worker(new URL('./ingest.worker.ts', import.meta.url), { type: 'module' });
  const done = new Promise<PreparedImport>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<FromWorker>) => {
      const m = e.data;
      if (m.type === 'progress') onProgress(m);
      else {
        worker.terminate();
        if (m.type === 'done') resolve(m.prepared);
        else reject(Object.assign(new Error(m.message), { cancelled: m.cancelled }));
      }
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message || 'the import worker failed'));
    };
  });
  const start: ToWorker = {
    type: 'start',
    bytes,
    fileName,
    context,
    options,
    ...(codes ? { codes } : {}),
  };
  worker.postMessage(start, [bytes.buffer]);
  return { done, cancel: () => worker.postMessage({ type: 'cancel' } satisfies ToWorker) };
}
