import type { CodeKeyRow } from '../sql/rows.ts';
import { UPLOAD_DIR } from '../sql/open-table.ts';
import { serveBridge, type Lend } from './duck-bridge.ts';
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
 * the commit (src/imports/coded-copy.ts). With `lend` (the coordinator's `writeWithFile`) the
 * worker may read the file with DuckDB's CSV reader in the page's DuckDB (./duck-bridge.ts).
 */
export function runIngest(
  bytes: Uint8Array,
  fileName: string,
  context: Extract<ToWorker, { type: 'start' }>['context'],
  options: Record<string, unknown>,
  onProgress: (p: RunProgress) => void,
  codes?: CodeKeyRow[],
  lend?: Lend,
): RunningIngest {
  const worker = new Worker(new URL('./ingest.worker.ts', import.meta.url), { type: 'module' });
  const bridge = lend
    ? serveBridge(lend, `${UPLOAD_DIR}import.csv`, (m, transfer) =>
        worker.postMessage(m satisfies ToWorker, transfer ?? []),
      )
    : null;
  const done = new Promise<PreparedImport>((resolve, reject) => {
    const end = () => {
      bridge?.close();
      worker.terminate();
    };
    worker.onmessage = (e: MessageEvent<FromWorker>) => {
      const m = e.data;
      if (m.type === 'progress') onProgress(m);
      else if (m.type === 'duck') bridge?.take(m);
      else {
        end();
        if (m.type === 'done') resolve(m.prepared);
        else reject(Object.assign(new Error(m.message), { cancelled: m.cancelled }));
      }
    };
    worker.onerror = (e) => {
      end();
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
    ...(lend ? { duck: true } : {}),
  };
  worker.postMessage(start, [bytes.buffer]);
  return { done, cancel: () => worker.postMessage({ type: 'cancel' } satisfies ToWorker) };
}
