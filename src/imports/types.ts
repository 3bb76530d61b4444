import type { TableName } from '../domain/contract.ts';
import type { IngestReport } from '../ingest/report.ts';
import type { CodeBasisRow, CodeKeyRow } from '../sql/rows.ts';
import type { BridgeAnswer, BridgeAsk } from './duck-bridge.ts';

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
  /**
   * Set when `engineCopy` holds the figures coded and in key order (src/imports/coded-copy.ts): the
   * code tables they were coded against, and the keys they add (Arrow IPC, or null for none).
   */
  engineCodes?: { basis: CodeBasisRow[]; added: Uint8Array | null };
}

/** An import as the worker hands it back and the browser stores it. */
export interface PreparedImport {
  report: IngestReport;
  parts: ImportPart[];
  /** Indicators the import created (removed again with it when nothing else uses them). */
  createdIndicators: string[];
  /** Which reader read the file: DuckDB's CSV reader, or the importer's own (and why). */
  reader?: { engine: 'duckdb' | 'own'; why?: string };
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
      /** Every key of DuckDB's code tables, to code the figures with; without, they stay text. */
      codes?: CodeKeyRow[];
      /** True when the page lends DuckDB to the worker (./duck-bridge.ts) for DuckDB's CSV reader. */
      duck?: boolean;
    }
  | { type: 'cancel' }
  | BridgeAnswer;

/** Messages from the ingest worker to the page. */
export type FromWorker =
  | { type: 'progress'; bytes: number; rows: number; ms: number }
  | { type: 'done'; prepared: PreparedImport }
  | BridgeAsk
  | { type: 'error'; message: string; cancelled: boolean };
