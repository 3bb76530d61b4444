/// <reference lib="webworker" />
/**
 * Import rows in the origin-private file system (OPFS), written and read in chunks through sync
 * access handles (only a worker may use them): `imports/<key>/<n>-<table>.arrow`.
 */
const CHUNK = 8 * 1024 * 1024;

/** Whether this worker can use OPFS sync access handles. */
export function hasOpfs(): boolean {
  return (
    typeof navigator !== 'undefined' &&
    typeof navigator.storage?.getDirectory === 'function' &&
    typeof FileSystemFileHandle !== 'undefined' &&
    'createSyncAccessHandle' in FileSystemFileHandle.prototype
  );
}

async function importsDir(create: boolean): Promise<FileSystemDirectoryHandle> {
  const root = await navigator.storage.getDirectory();
  return root.getDirectoryHandle('imports', { create });
}

const fileName = (n: number, table: string) => `${n}-${table}.arrow`;

/** Writes each part's bytes in chunks, calling `progress` with the bytes written so far. */
export async function opfsWrite(
  key: string,
  parts: { table: string; bytes: Uint8Array }[],
  progress: (written: number) => void,
): Promise<void> {
  const dir = await (await importsDir(true)).getDirectoryHandle(key, { create: true });
  let written = 0;
  for (const [n, part] of parts.entries()) {
    const fh = await dir.getFileHandle(fileName(n, part.table), { create: true });
    const h = await fh.createSyncAccessHandle();
    try {
      h.truncate(0);
      for (let at = 0; at < part.bytes.byteLength; at += CHUNK) {
        const chunk = part.bytes.subarray(at, Math.min(at + CHUNK, part.bytes.byteLength));
        const n = h.write(chunk, { at });
        // Chromium answers a write past the quota with a short (or negative) count, not an error.
        if (n !== chunk.byteLength)
          throw new DOMException(
            `only part of the file could be written (${part.table}, at ${at} bytes)`,
            'QuotaExceededError',
          );
        written += n;
        progress(written);
      }
      h.flush();
    } finally {
      h.close();
    }
  }
}

/** Reads each part back whole; an incomplete file is an error, never a short table. */
export async function opfsRead(
  key: string,
  parts: { table: string; bytes: number }[],
): Promise<Uint8Array[]> {
  const dir = await (await importsDir(false)).getDirectoryHandle(key);
  const out: Uint8Array[] = [];
  for (const [n, part] of parts.entries()) {
    const fh = await dir.getFileHandle(fileName(n, part.table));
    const h = await fh.createSyncAccessHandle();
    try {
      const size = h.getSize();
      if (size !== part.bytes)
        throw new Error(`${part.table}: ${size} of ${part.bytes} bytes kept`);
      const buf = new Uint8Array(size);
      for (let at = 0; at < size; at += CHUNK)
        h.read(buf.subarray(at, Math.min(at + CHUNK, size)), { at });
      out.push(buf);
    } finally {
      h.close();
    }
  }
  return out;
}

/** Removes an import's directory (nothing happens when it is not there). */
export async function opfsDelete(key: string): Promise<void> {
  try {
    await (await importsDir(false)).removeEntry(key, { recursive: true });
  } catch (e) {
    if ((e as DOMException).name !== 'NotFoundError') throw e;
  }
}
