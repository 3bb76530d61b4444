import { CHUNKS, idbDelete, inTransaction } from '../state/idb.ts';

/**
 * Import rows in IndexedDB where OPFS is missing: chunks of 4 MiB under `[key, part, n]`, each
 * chunk its own transaction so a large file never becomes one giant structured clone.
 */
const CHUNK = 4 * 1024 * 1024;

/** Writes each part's bytes in chunks, calling `progress` with the bytes written so far. */
export async function idbWrite(
  key: string,
  parts: { bytes: Uint8Array }[],
  progress: (written: number) => void,
): Promise<void> {
  let written = 0;
  for (const [p, part] of parts.entries()) {
    for (let at = 0, n = 0; at < part.bytes.byteLength || n === 0; at += CHUNK, n++) {
      const chunk = part.bytes.slice(at, Math.min(at + CHUNK, part.bytes.byteLength));
      await inTransaction<void>([CHUNKS], 'readwrite', (tx) => {
        tx.objectStore(CHUNKS).put(chunk, [key, p, n]);
      });
      written += chunk.byteLength;
      progress(written);
    }
  }
}

/** Reads each part back from its chunks; a missing chunk is an error, never a short table. */
export async function idbRead(key: string, parts: { bytes: number }[]): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  for (const [p, part] of parts.entries()) {
    const chunks = await inTransaction<Uint8Array[]>([CHUNKS], 'readonly', (tx, done) => {
      const req = tx.objectStore(CHUNKS).getAll(IDBKeyRange.bound([key, p, 0], [key, p, Infinity]));
      req.onsuccess = () => done(req.result as Uint8Array[]);
    });
    const size = chunks.reduce((s, c) => s + c.byteLength, 0);
    if (size !== part.bytes) throw new Error(`part ${p}: ${size} of ${part.bytes} bytes kept`);
    const buf = new Uint8Array(size);
    let at = 0;
    for (const c of chunks) {
      buf.set(c, at);
      at += c.byteLength;
    }
    out.push(buf);
  }
  return out;
}

/** Removes every chunk of an import. */
export function idbDeleteChunks(key: string): Promise<void> {
  return idbDelete(CHUNKS, IDBKeyRange.bound([key], [key, []]));
}
