import type { ResultRow } from '../arrow/to-rows.ts';
import { decodeRows, queryKey, type Query } from '../sql/query.ts';
import type { Connector } from './connector.ts';

/** What the database is doing, as the UI shows it and browser tests wait on it. */
export type DbStatus =
  { state: 'starting' } | { state: 'ready'; ms: number } | { state: 'error'; message: string };

/** Query results recorded at build time, keyed by `queryKey`, to draw before DuckDB is up. */
export type Snapshot = Record<string, ResultRow[]>;

/**
 * The one place queries run. Answers from the build-time snapshot while DuckDB-wasm starts, then
 * from DuckDB; caches results by query; exposes a status. Views reach data only through this.
 */
export class Coordinator implements Connector {
  private status: DbStatus = { state: 'starting' };
  private readonly listeners = new Set<() => void>();
  private readonly cache = new Map<string, unknown[]>();
  private readonly snapshot = new Map<string, ResultRow[]>();
  private connector: Promise<Connector>;
  private resolveConnector!: (c: Connector) => void;
  private rejectConnector!: (e: Error) => void;
  /** Bumped when data changes, so views re-query. */
  version = 0;

  constructor(snapshot: Snapshot = {}) {
    for (const [k, rows] of Object.entries(snapshot)) this.snapshot.set(k, rows);
    this.connector = new Promise<Connector>((resolve, reject) => {
      this.resolveConnector = resolve;
      this.rejectConnector = reject;
    });
    this.connector.catch(() => undefined); // errors surface through status and query()
  }

  /** Starts the live connector; until it is ready, only snapshot queries are answered. */
  async start(open: () => Promise<Connector>): Promise<void> {
    const t0 = performance.now();
    try {
      const c = await open();
      this.resolveConnector(c);
      performance.mark('oversikt:db-ready');
      this.setStatus({ state: 'ready', ms: Math.round(performance.now() - t0) });
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      this.rejectConnector(new Error(message));
      this.setStatus({ state: 'error', message });
    }
  }

  /** The live connector, once ready. */
  live(): Promise<Connector> {
    return this.connector;
  }

  getStatus(): DbStatus {
    return this.status;
  }

  subscribe(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** Answers from cache (or snapshot) when it can, else from DuckDB once it is ready. */
  async query<R = ResultRow>(q: Query<R>): Promise<R[]> {
    const key = queryKey(q);
    const hit = this.cache.get(key);
    if (hit) return hit as R[];
    const snap = this.snapshot.get(key);
    if (snap) {
      const rows = decodeRows(q, snap);
      this.cache.set(key, rows);
      return rows;
    }
    const rows = await (await this.connector).query(q);
    this.cache.set(key, rows);
    return rows;
  }

  /** Forgets every cached result (after an import or edit changes the tables). */
  invalidate(): void {
    this.cache.clear();
    this.snapshot.clear();
    this.version++;
    this.emit();
  }

  private setStatus(s: DbStatus): void {
    this.status = s;
    this.emit();
  }

  private emit(): void {
    for (const fn of this.listeners) fn();
  }
}
