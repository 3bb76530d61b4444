/** A file on disk as a ByteSource: read a chunk at a time (never whole), hashed as a stream. */
import { createHash } from 'node:crypto';
import { closeSync, createReadStream, fstatSync, openSync, readSync } from 'node:fs';
import type { ByteSource } from '../src/ingest/source.ts';

/** Opens a file for the importer; close it when done. */
export function fileSource(path: string): ByteSource & { close(): void } {
  const fd = openSync(path, 'r');
  const size = fstatSync(fd).size;
  return {
    size,
    read(offset, length) {
      const n = Math.max(0, Math.min(length, size - offset));
      const buf = new Uint8Array(n);
      let got = 0;
      while (got < n) {
        const k = readSync(fd, buf, got, n - got, offset + got);
        if (k === 0) break;
        got += k;
      }
      return got === n ? buf : buf.subarray(0, got);
    },
    sha256: () =>
      new Promise((resolve, reject) => {
        const h = createHash('sha256');
        createReadStream(path)
          .on('data', (d) => h.update(d))
          .on('end', () => resolve(h.digest('hex')))
          .on('error', reject);
      }),
    close: () => closeSync(fd),
  };
}
