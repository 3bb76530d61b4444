import type { TableName } from '../domain/contract.ts';
import type { IngestReport } from '../ingest/report.ts';

/** Where an import's rows are kept: the origin-private file system, or IndexedDB in chunks. */
export type Backend = 'opfs' | 'idb';

/**
 * What the import list says of a file: being saved, kept (survives a reload), kept for this
 * session only, failed to save (waiting for the user's choice), or gone (it was not kept and its
 * rows are not here any more: session only, failed, or interrupted in a tab now closed).
 */
export type KeptState = 'saving' | 'kept' | 'session' | 'failed' | 'gone';

/** One import's record in the browser (its rows, when kept, are in chunks under `key`). */
export interface KeptImport {
  id: string;
  /** Storage key of its rows (a directory in OPFS, a key prefix in IndexedDB). */
  key: string;
  report: IngestReport;
  createdIndicators: string[];
  importedAt: string;
  state: KeptState;
  backend: Backend | null;
  parts: { table: TableName; rows: number; bytes: number }[];
  bytesStored: number;
  /** The tab that imported it (a session-only import lives only there). */
  tab: string;
  error?: string;
  goneReason?: 'session' | 'failed' | 'interrupted';
}

/** Messages from the page to the storage worker. */
export type ToStorage =
  | {
      type: 'save';
      key: string;
      parts: { table: TableName; bytes: Uint8Array }[];
      prefer?: Backend;
    }
  | { type: 'load'; key: string; backend: Backend; parts: KeptImport['parts'] }
  | { type: 'delete'; key: string; backend: Backend | null };

/** Messages from the storage worker to the page. */
export type FromStorage =
  | { type: 'progress'; written: number; total: number }
  | { type: 'saved'; backend: Backend; bytes: number; ms: number }
  | { type: 'loaded'; parts: { table: TableName; bytes: Uint8Array }[]; ms: number }
  | { type: 'deleted' }
  | { type: 'error'; name: string; message: string };
