import type { TableName } from '../domain/contract.ts';
import type { Backend, FromStorage, KeptImport, ToStorage } from './kept-types.ts';

/** A failure to keep or read an import, with the browser's own error name (QuotaExceededError, …). */
export class StorageError extends Error {
  constructor(
    readonly errorName: string,
    message: string,
  ) {
    super(message);
  }
  /** Whether the browser said it had no room. */
  get quota(): boolean {
    return this.errorName === 'QuotaExceededError';
  }
}

/** Runs one job in a fresh storage worker; progress arrives through `onProgress`. */
function job(
  msg: ToStorage,
  transfer: Transferable[],
  onProgress?: (written: number, total: number) => void,
): Promise<FromStorage> {
  const worker = new Worker(new URL('./storage.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<FromStorage>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<FromStorage>) => {
      const m = e.data;
      if (m.type === 'progress') return onProgress?.(m.written, m.total);
      worker.terminate();
      if (m.type === 'error') reject(new StorageError(m.name, m.message));
      else resolve(m);
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new StorageError('Error', e.message || 'the storage worker failed'));
    };
    worker.postMessage(msg, transfer);
  }).finally(() => worker.terminate());
}

/**
 * Writes an import's parts in chunks in a worker (OPFS where there is one, else IndexedDB). The
 * bytes move to the worker: the caller must not use them after.
 */
export async function writeImportRows(
  key: string,
  parts: { table: TableName; bytes: Uint8Array }[],
  onProgress: (written: number, total: number) => void,
  prefer?: Backend,
): Promise<{ backend: Backend; bytes: number; ms: number }> {
  const m = await job(
    { type: 'save', key, parts, ...(prefer ? { prefer } : {}) },
    parts.map((p) => p.bytes.buffer),
    onProgress,
  );
  if (m.type !== 'saved') throw new StorageError('Error', 'unexpected answer from storage');
  return m;
}

/** Reads a kept import's parts back (in the worker). */
export async function readImportRows(
  k: KeptImport,
): Promise<{ parts: { table: TableName; bytes: Uint8Array }[]; ms: number }> {
  if (!k.backend) throw new StorageError('Error', 'this import has no rows in storage');
  const m = await job({ type: 'load', key: k.key, backend: k.backend, parts: k.parts }, []);
  if (m.type !== 'loaded') throw new StorageError('Error', 'unexpected answer from storage');
  return m;
}

/** Deletes a kept import's rows. */
export async function deleteImportRows(key: string, backend: Backend | null): Promise<void> {
  await job({ type: 'delete', key, backend }, []);
}
