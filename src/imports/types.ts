import type { TableName } from '../domain/contract.ts';
import type { IngestReport } from '../ingest/report.ts';

/** One contract table's rows of an import, as Arrow IPC bytes. */
export interface ImportPart {
  table: TableName;
  bytes: Uint8Array;
  rows: number;
  /**
   * The same bytes once more, for DuckDB-wasm to take over when the import lands (it transfers the
   * buffer it is given). The ingest worker makes it, so the page's thread copies nothing; used up
   * by `applyImport`, never kept.
   */
  engineCopy?: Uint8Array;
}

/** An import as the worker hands it back and the browser stores it. */
export interface PreparedImport {
  report: IngestReport;
  parts: ImportPart[];
  /** Indicators the import created (removed again with it when nothing else uses them). */
  createdIndicators: string[];
}

/** An import kept in this browser: what came in, when, and its rows. */
export interface StoredImport extends PreparedImport {
  id: string;
  importedAt: string;
}

/** Messages from the page to the ingest worker. */
export type ToWorker =
  | {
      type: 'start';
      bytes: Uint8Array;
      fileName: string;
      context: { geo: unknown[]; geo_change: unknown[]; indicator: unknown[] };
      options: Record<string, unknown>;
    }
  | { type: 'cancel' };

/** Messages from the ingest worker to the page. */
export type FromWorker =
  | { type: 'progress'; bytes: number; rows: number; ms: number }
  | { type: 'done'; prepared: PreparedImport }
  | { type: 'error'; message: string; cancelled: boolean };
