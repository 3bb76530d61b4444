import type { ResultRow } from '../arrow/to-rows.ts';
import { decodeRows, queryKey, type Query } from '../sql/query.ts';
import { isFileConnector, isTransactional, type Connector, type Transaction } from './connector.ts';

/** What the database is doing, as the UI shows it and browser tests wait on it. */
export type DbStatus =
  { state: 'starting' } | { state: 'ready'; ms: number } | { state: 'error'; message: string };

/** Query results recorded at build time, keyed by `queryKey`, to draw before DuckDB is up. */
export type Snapshot = Record<string, ResultRow[]>;

/** How many query results the coordinator keeps at most (least recently used go first). */
export const DEFAULT_CACHE_ENTRIES = 256;

export interface CoordinatorOptions {
  /** The cache's bound, in entries (one per query text and parameters). */
  maxEntries?: number;
}

/**
 * The one place queries and writes run, after Mosaic's QueryManager:
 * - a query asked for while the same query is in flight shares its promise (it runs once);
 * - results are kept in a cache bounded by entries, least recently used dropped first;
 * - `invalidate()` bumps a generation: a result read under an older generation is never handed
 *   out, its callers get a fresh run instead;
 * - writes go through one queue, in order, each in a transaction (all or nothing); a read asked
 *   for after a write waits for it and is not answered by a result cached before it, so it sees it.
 * Answers from the build-time snapshot while DuckDB-wasm starts; exposes a status.
 */
export class Coordinator implements Connector {
  private status: DbStatus = { state: 'starting' };
  private readonly listeners = new Set<() => void>();
  /**
   * Promises of results, in least-recently-used order (a Map keeps insertion order), each with
   * how many writes had been asked for when it was made.
   */
  private readonly cache = new Map<string, { promise: Promise<unknown[]>; writes: number }>();
  private readonly snapshot = new Map<string, ResultRow[]>();
  private readonly maxEntries: number;
  private connector: Promise<Connector>;
  private resolveConnector!: (c: Connector) => void;
  private rejectConnector!: (e: Error) => void;
  /** Settles when every write queued so far has settled. */
  private writes: Promise<void> = Promise.resolve();
  /** How many writes have been asked for. */
  private writesAsked = 0;
  /** Snapshot parts still arriving (see `addSnapshotPart`). */
  private readonly parts = new Set<Promise<void>>();
  /** How many queries DuckDB is running now, and when the last one ended (see `quiet`). */
  private running = 0;
  private lastRan = 0;
  /** Bumped when data changes, so views re-query and older results are dropped. */
  version = 0;

  constructor(snapshot: Snapshot = {}, options: CoordinatorOptions = {}) {
    this.maxEntries = Math.max(1, options.maxEntries ?? DEFAULT_CACHE_ENTRIES);
    for (const [k, rows] of Object.entries(snapshot)) this.snapshot.set(k, rows);
    this.connector = new Promise<Connector>((resolve, reject) => {
      this.resolveConnector = resolve;
      this.rejectConnector = reject;
    });
    this.connector.catch(() => undefined); // errors surface through status and query()
  }

  /**
   * Adds results recorded at build time that arrive after the start (a place's snapshot, fetched
   * when a link opens on it; src/db/place-snapshot.ts). Until `part` settles, a query the snapshot
   * cannot answer waits for whichever comes first, the part or DuckDB. A part that arrives after
   * a change to the data, or after DuckDB is up, is not used.
   */
  addSnapshotPart(part: Promise<Snapshot>): void {
    const generation = this.version;
    const done: Promise<void> = part
      .then((snap) => {
        if (generation !== this.version || this.writesAsked > 0 || this.status.state !== 'starting')
          return;
        for (const [k, rows] of Object.entries(snap)) this.snapshot.set(k, rows);
      })
      .catch(() => undefined)
      .finally(() => this.parts.delete(done));
    this.parts.add(done);
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

  /**
   * The live connector, once ready: only for what is neither a query nor a write (the SQL
   * console's read-only statements, closing DuckDB).
   */
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

  /** How many results the cache holds now (for tests and the bench). */
  get cacheSize(): number {
    return this.cache.size;
  }

  /** Answers from cache, an identical query in flight or the snapshot, else from DuckDB. */
  query<R>(q: Query<R>): Promise<R[]> {
    const key = queryKey(q);
    const hit = this.cache.get(key);
    // A result made before a write was asked for does not answer a read asked for after it.
    if (hit && hit.writes === this.writesAsked) {
      this.cache.delete(key); // most recently used goes last
      this.cache.set(key, hit);
      return hit.promise as Promise<R[]>;
    }
    const snap = this.writesAsked === 0 ? this.snapshot.get(key) : undefined;
    const p = snap
      ? Promise.resolve(decodeRows(q, snap))
      : this.parts.size > 0
        ? this.afterParts(key, q)
        : this.run(q);
    this.remember(key, p);
    return p;
  }

  /** A query asked for while snapshot parts arrive: answered by them, or else by DuckDB. */
  private async afterParts<R>(key: string, q: Query<R>): Promise<R[]> {
    const live = this.connector.then(
      () => undefined,
      () => undefined,
    );
    await Promise.race([Promise.all([...this.parts]), live]);
    const snap = this.writesAsked === 0 ? this.snapshot.get(key) : undefined;
    return snap ? decodeRows(q, snap) : this.run(q);
  }

  /**
   * Runs `work` in one transaction, after every write queued before it; the cache is invalidated
   * when it lands. On any error the transaction is rolled back, nothing is invalidated and the
   * error is passed on; later writes still run.
   */
  write<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.queueWrite(async (db) => {
      if (!isTransactional(db)) throw new Error('the database cannot be changed');
      let out: { value: T } | null = null;
      await db.transaction(async (tx) => {
        out = { value: await work(tx) };
      });
      return (out as { value: T } | null)?.value as T;
    });
  }

  /**
   * A write that reads a user's file: `bytes` are registered as `path` for the one transaction
   * of `work` (src/db/connector.ts FileConnector) and dropped after it; queued like any write.
   */
  writeWithFile<T>(
    path: string,
    bytes: Uint8Array,
    work: (tx: Transaction) => Promise<T>,
  ): Promise<T> {
    return this.queueWrite(async (db) => {
      if (!isFileConnector(db)) throw new Error('the database cannot read files');
      let out: { value: T } | null = null;
      await db.withFile(path, bytes, async (tx) => {
        out = { value: await work(tx) };
      });
      return (out as { value: T } | null)?.value as T;
    });
  }

  /** Queues a write after every write before it; invalidates the cache when it lands. */
  private queueWrite<T>(apply: (db: Connector) => Promise<T>): Promise<T> {
    const run = async (): Promise<T> => {
      const value = await apply(await this.connector);
      this.invalidate();
      return value;
    };
    this.writesAsked++;
    const p = this.writes.then(run, run);
    this.writes = p.then(
      () => undefined,
      () => undefined,
    );
    return p;
  }

  /** Forgets every cached result (after an import or edit changes the tables). */
  invalidate(): void {
    this.cache.clear();
    this.snapshot.clear();
    this.version++;
    this.emit();
  }

  /** Runs a query on DuckDB after the writes queued before it; re-runs when data changed meanwhile. */
  private run<R>(q: Query<R>): Promise<R[]> {
    return this.writes.then(async () => {
      const db = await this.connector;
      const generation = this.version;
      this.running++;
      let rows: R[];
      try {
        rows = await db.query(q);
      } finally {
        this.running--;
        this.lastRan = performance.now();
      }
      // Invalidated while this ran: the rows may predate the change; ask again.
      return generation === this.version ? rows : this.query(q);
    });
  }

  /**
   * Resolves once DuckDB is up and has run no query for `ms` (the first view has its figures):
   * for work that would compete with the first queries, such as caching the site for offline use.
   * Rejects when DuckDB fails to start.
   */
  async quiet(ms: number): Promise<void> {
    await this.connector;
    const up = performance.now(); // the queries that waited for DuckDB start about now
    for (;;) {
      const left = Math.max(this.lastRan, up) + ms - performance.now();
      if (this.running === 0 && left <= 0) return;
      await new Promise((r) => setTimeout(r, this.running > 0 ? ms : left));
    }
  }

  private remember(key: string, p: Promise<unknown[]>): void {
    this.cache.delete(key);
    this.cache.set(key, { promise: p, writes: this.writesAsked });
    // A failed query is not kept: the next caller tries again.
    p.catch(() => {
      if (this.cache.get(key)?.promise === p) this.cache.delete(key);
    });
    while (this.cache.size > this.maxEntries) {
      const oldest = this.cache.keys().next().value;
      if (oldest === undefined) break;
      this.cache.delete(oldest);
    }
  }

  private setStatus(s: DbStatus): void {
    this.status = s;
    this.emit();
  }

  private emit(): void {
    for (const fn of this.listeners) fn();
  }
}
