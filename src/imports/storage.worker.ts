/// <reference lib="webworker" />
import { idbDeleteChunks, idbRead, idbWrite } from './idb-chunks.ts';
import type { Backend, FromStorage, ToStorage } from './kept-types.ts';
import { hasOpfs, opfsDelete, opfsRead, opfsWrite } from './opfs-chunks.ts';

// Imports are written and read here, in chunks, off the page's thread (OPFS sync access handles
// exist only in workers). One message, one job; the page ends the worker after the answer.
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (m: FromStorage, transfer: Transferable[] = []) => scope.postMessage(m, transfer);

async function save(msg: Extract<ToStorage, { type: 'save' }>): Promise<void> {
  const backend: Backend = msg.prefer === 'idb' || !hasOpfs() ? 'idb' : 'opfs';
  const total = msg.parts.reduce((s, p) => s + p.bytes.byteLength, 0);
  const t0 = performance.now();
  let last = 0;
  const progress = (written: number) => {
    const now = performance.now();
    if (now - last > 100 || written === total) {
      last = now;
      post({ type: 'progress', written, total });
    }
  };
  try {
    if (backend === 'opfs') await opfsWrite(msg.key, msg.parts, progress);
    else await idbWrite(msg.key, msg.parts, progress);
  } catch (e) {
    // Leave nothing half-written behind.
    await (backend === 'opfs' ? opfsDelete(msg.key) : idbDeleteChunks(msg.key)).catch(
      () => undefined,
    );
    throw e;
  }
  post({ type: 'saved', backend, bytes: total, ms: performance.now() - t0 });
}

scope.onmessage = async (e: MessageEvent<ToStorage>) => {
  const msg = e.data;
  try {
    if (msg.type === 'save') await save(msg);
    else if (msg.type === 'load') {
      const t0 = performance.now();
      const bytes =
        msg.backend === 'opfs'
          ? await opfsRead(msg.key, msg.parts)
          : await idbRead(msg.key, msg.parts);
      const parts = msg.parts.map((p, i) => ({ table: p.table, bytes: bytes[i] as Uint8Array }));
      post(
        { type: 'loaded', parts, ms: performance.now() - t0 },
        parts.map((p) => p.bytes.buffer),
      );
    } else {
      if (msg.backend !== 'idb' && hasOpfs()) await opfsDelete(msg.key);
      if (msg.backend !== 'opfs') await idbDeleteChunks(msg.key);
      post({ type: 'deleted' });
    }
  } catch (err) {
    const name = err instanceof DOMException || err instanceof Error ? err.name : 'Error';
    post({ type: 'error', name, message: err instanceof Error ? err.message : String(err) });
  }
};
