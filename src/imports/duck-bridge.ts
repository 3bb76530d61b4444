/**
 * The ingest worker's way to the page's DuckDB, for DuckDB's CSV reader (./duck-ingest.ts). The
 * worker does all of the import's JavaScript (decoding, the importer's rules, the report, the Arrow
 * copies); DuckDB-wasm runs in its own worker, which only the page can reach. So the worker asks,
 * and the page only passes on: the file to lend DuckDB, each statement, and the answers. The page
 * decodes small results (the distinct texts, the rows DuckDB cannot judge alone); the kept rows
 * come back as Arrow IPC bytes, which the page hands on undecoded, so the page's thread never
 * holds the import. The file is lent for one transaction, which the worker ends: nothing of the
 * read stays in DuckDB, and a failed or cancelled read is rolled back.
 */
import type { ResultRow } from '../arrow/to-rows.ts';
import type { Transaction } from '../db/connector.ts';
import type { Param, Statement } from '../sql/query.ts';
import type { CsvHost } from './duck-ingest.ts';
import type { TableTx } from './open-table.ts';

/** From the worker: lend the file, run a statement, end the lending. */
export type BridgeAsk =
  | { type: 'duck'; id: number; op: 'lend'; bytes: Uint8Array }
  | { type: 'duck'; id: number; op: 'exec' | 'query' | 'arrow'; sql: string; params: Param[] }
  | { type: 'duck'; id: number; op: 'release'; failed: boolean };

/** From the page: the answer to the ask with the same id. */
export interface BridgeAnswer {
  type: 'duck';
  id: number;
  path?: string;
  rows?: ResultRow[];
  bytes?: Uint8Array;
  error?: string;
}

type Post<M> = (m: M, transfer?: Transferable[]) => void;
type Ask = BridgeAsk extends infer A ? (A extends unknown ? Omit<A, 'type' | 'id'> : never) : never;

/** The worker's end: a CsvHost whose connection is the page's DuckDB, reached by messages. */
export class BridgeClient {
  private next = 0;
  private readonly waiting = new Map<
    number,
    { resolve: (a: BridgeAnswer) => void; reject: (e: Error) => void }
  >();

  constructor(private readonly post: Post<BridgeAsk>) {}

  /** Takes the page's answer to an ask. */
  answer(a: BridgeAnswer): void {
    const w = this.waiting.get(a.id);
    if (!w) return;
    this.waiting.delete(a.id);
    if (a.error !== undefined) w.reject(new Error(a.error));
    else w.resolve(a);
  }

  private ask(m: Ask, transfer: Transferable[] = []): Promise<BridgeAnswer> {
    const id = ++this.next;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.post({ type: 'duck', id, ...m } as BridgeAsk, transfer);
    });
  }

  /** The connection, over messages: statements, decoded rows, and results as Arrow IPC. */
  private readonly tx: TableTx = {
    exec: async (s) => void (await this.ask({ op: 'exec', sql: s.sql, params: s.params })),
    query: async (q) =>
      ((await this.ask({ op: 'query', sql: q.sql, params: q.params })).rows ?? []).map(q.decode),
    arrow: async (s) => {
      const a = await this.ask({ op: 'arrow', sql: s.sql, params: s.params });
      if (!a.bytes) throw new Error('the page sent no Arrow bytes');
      return a.bytes;
    },
  };

  /** The host for `ingestWithDuckDb`: the file goes to the page (handed over, not copied). */
  readonly host: CsvHost = {
    withFile: async (file, fn) => {
      const bytes = file.bytes();
      const { path } = await this.ask({ op: 'lend', bytes }, [bytes.buffer]);
      if (!path) throw new Error('the page lent no file');
      let out: Awaited<ReturnType<typeof fn>>;
      try {
        out = await fn(this.tx, path);
      } catch (e) {
        await this.ask({ op: 'release', failed: true }).catch(() => undefined);
        throw e;
      }
      await this.ask({ op: 'release', failed: false });
      return out;
    },
  };
}

/** Lends DuckDB a file for one transaction (the coordinator's `writeWithFile`, or a connector's). */
export type Lend = (
  path: string,
  bytes: Uint8Array,
  work: (tx: Transaction) => Promise<void>,
) => Promise<void>;

/** The page's end: answers the worker's asks; `close` rolls back a lending the worker left open. */
export interface BridgeServer {
  take(a: BridgeAsk): void;
  close(): void;
}

/** Serves one worker: lends its file under `path` and runs its statements in that transaction. */
export function serveBridge(lend: Lend, path: string, answer: Post<BridgeAnswer>): BridgeServer {
  let open: { tx: Transaction; end: (failed: boolean) => void; ended: Promise<void> } | null = null;
  // The worker asks one thing at a time; a chain keeps the answers in order all the same.
  let chain: Promise<void> = Promise.resolve();
  const fail = (id: number, e: unknown) =>
    answer({ type: 'duck', id, error: e instanceof Error ? e.message : String(e) });

  const lendFile = (id: number, bytes: Uint8Array): Promise<void> =>
    new Promise<void>((started) => {
      const lending = {
        tx: null as Transaction | null,
        end: (_failed: boolean): void => undefined,
        ended: Promise.resolve(),
      };
      lending.ended = lend(path, bytes, (tx) => {
        const work = new Promise<void>((resolve, reject) => {
          lending.end = (failed) => (failed ? reject(new Error('rolled back')) : resolve());
        });
        lending.tx = tx;
        open = {
          tx,
          end: (failed) => lending.end(failed),
          get ended() {
            return lending.ended;
          },
        };
        answer({ type: 'duck', id, path });
        started();
        return work;
      });
      lending.ended.catch((e: unknown) => {
        // Before the work began (the file could not be registered): the ask fails.
        if (!lending.tx) {
          fail(id, e);
          started();
        }
      });
    });

  const run = async (a: BridgeAsk): Promise<void> => {
    if (a.op === 'lend') return lendFile(a.id, a.bytes);
    const o = open;
    if (!o) return fail(a.id, new Error('no file is lent'));
    if (a.op === 'release') {
      open = null;
      o.end(a.failed);
      try {
        await o.ended;
        answer({ type: 'duck', id: a.id });
      } catch (e) {
        if (a.failed) answer({ type: 'duck', id: a.id });
        else fail(a.id, e);
      }
      return;
    }
    const s: Statement = { sql: a.sql, params: a.params };
    try {
      if (a.op === 'exec') {
        await o.tx.exec(s);
        answer({ type: 'duck', id: a.id });
      } else if (a.op === 'query') {
        const rows = await o.tx.query({ ...s, decode: (r: ResultRow) => r });
        answer({ type: 'duck', id: a.id, rows });
      } else {
        if (!o.tx.arrow) throw new Error('this database gives no Arrow results');
        const bytes = await o.tx.arrow(s);
        answer({ type: 'duck', id: a.id, bytes }, [bytes.buffer]);
      }
    } catch (e) {
      fail(a.id, e);
    }
  };

  return {
    take(a) {
      chain = chain.then(() => run(a));
    },
    close() {
      const o = open;
      open = null;
      o?.end(true);
      o?.ended.catch(() => undefined);
    },
  };
}
