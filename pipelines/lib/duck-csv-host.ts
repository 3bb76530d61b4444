/**
 * DuckDB for Node as the host of an import read by DuckDB's CSV reader
 * (src/imports/duck-ingest.ts): the file is read where it lies on disk, or, when it had to be
 * decoded to UTF-8 (or is held in memory only), from a scratch file removed afterwards.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CsvHost } from '../../src/imports/duck-ingest.ts';
import type { TableTx } from '../../src/imports/open-table.ts';

/** A host over one connection; `path` is the file on disk, when there is one. */
export function nodeCsvHost(tx: TableTx, path?: string): CsvHost {
  return {
    async withFile(file, fn) {
      if (path !== undefined && !file.decoded) return fn(tx, path);
      const dir = mkdtempSync(join(tmpdir(), 'oversikt-read-'));
      try {
        const scratch = join(dir, 'file.csv');
        writeFileSync(scratch, file.bytes());
        return await fn(tx, scratch);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
