/**
 * The engine's copy of an import's figures, coded and in key order, made in the ingest worker so
 * that the commit only appends (src/imports/apply.ts): no join to the code tables and no sort in
 * DuckDB, whose first sort of 1.36 M rows took 3.3–4.6 s in Chromium and was most of the commit
 * (adding 1.36 M rows to a 10 M-row table: 4.9–6.6 s before, 1.38–1.60 s with this copy; npm run bench).
 *
 * The worker is given every key of the code tables when the import starts (`codeKeysQuery`). Ids
 * without a key get the next keys after the largest, in id order, exactly as `extendCodes` would
 * give them; the rows are put in the coded table's order (`codedKeyOrder`) on those keys. The copy
 * fits only the code tables it was coded against: the commit compares their size and largest key
 * (`codeBasisQuery`; keys are only ever added, each the next) and, when another import added keys
 * in between, lands the text copy the old way.
 */
import { type Data } from 'apache-arrow';
import { OBSERVATION_KEY, TABLES, type Row } from '../domain/contract.ts';
import { columnData, dataToIPC, reordered, rowColumns, specsToIPC } from '../arrow/ipc.ts';
import { CODE_COLUMNS, CODED, codedColumns, type CodedColumn } from '../sql/coded.ts';
import type { CodeBasisRow, CodeKeyRow } from '../sql/rows.ts';
import { keyOrder } from './key-order.ts';
import type { ImportPart } from './types.ts';

/** The coded copy: its Arrow bytes, the keys it adds, and the code tables it was coded against. */
export interface CodedCopy {
  /** Arrow IPC of `observation_coded`'s columns, in key order. */
  bytes: Uint8Array;
  /** Arrow IPC of the keys it adds (columns `c`, `k`, `v`); null when it adds none. */
  added: Uint8Array | null;
  basis: CodeBasisRow[];
}

/**
 * Codes the figures: `columns` are the observation's values by column, `built` their Arrow data
 * (`columnData`, as the text copy was built: shared, not built twice), `keys` every code table key.
 */
export function codedCopy(
  columns: Record<string, readonly unknown[]>,
  built: Record<string, Data>,
  keys: readonly CodeKeyRow[],
): CodedCopy {
  const basis: CodeBasisRow[] = [];
  const added: CodeKeyRow[] = [];
  const keyed = new Map<CodedColumn, Int32Array>();
  for (const { column } of CODED) {
    const known = new Map<string, number>();
    let top = 0;
    for (const r of keys) {
      if (r.c !== column) continue;
      known.set(r.v, r.k);
      top = Math.max(top, r.k);
    }
    basis.push({ c: column, n: known.size, top });
    // One lookup per row; rows whose id is new are keyed once every new id has its key.
    const values = columns[column] ?? [];
    const out = new Int32Array(values.length);
    const fresh = new Map<string, number[]>();
    for (let i = 0; i < values.length; i++) {
      const v = String(values[i]);
      const k = known.get(v);
      if (k !== undefined) out[i] = k;
      else {
        const rows = fresh.get(v);
        if (rows) rows.push(i);
        else fresh.set(v, [i]);
      }
    }
    for (const v of [...fresh.keys()].sort(byCodeUnit)) {
      added.push({ c: column, k: ++top, v });
      for (const i of fresh.get(v) as number[]) out[i] = top;
    }
    keyed.set(column, out);
  }
  // The coded table's order (`codedKeyOrder`): the key columns, each as its key where it has one.
  const order = keyOrder(
    OBSERVATION_KEY.map((k) => keyed.get(k as CodedColumn) ?? columns[k] ?? []),
  );
  const data = codedColumns().map((spec) => {
    const coded = CODED.find((c) => c.key === spec.name);
    const d = coded
      ? columnData('int', keyed.get(coded.column) as Int32Array)
      : (built[spec.name] as Data);
    return order ? reordered(d, order) : d;
  });
  return {
    bytes: dataToIPC(codedColumns(), data),
    added:
      added.length > 0
        ? specsToIPC([{ name: 'c', type: 'text', nullable: false }, ...CODE_COLUMNS], {
            c: added.map((a) => a.c),
            k: added.map((a) => a.k),
            v: added.map((a) => a.v),
          })
        : null,
    basis,
  };
}

/**
 * An import's figures as the worker hands them over: the text copy, to keep, and the engine's
 * copy, to land; with `codes` (every code table key) the engine's copy is coded, without it is a
 * second text copy. Both come from one set of Arrow columns.
 */
export function observationPart(rows: readonly Row[], codes?: readonly CodeKeyRow[]): ImportPart {
  const columns = rowColumns('observation', rows);
  const built = Object.fromEntries(
    TABLES.observation.map((c) => [c.name, columnData(c.type, columns[c.name] ?? [])]),
  );
  const bytes = dataToIPC(
    TABLES.observation,
    TABLES.observation.map((c) => built[c.name] as Data),
  );
  const part: ImportPart = { table: 'observation', bytes, rows: rows.length };
  if (!codes) return { ...part, engineCopy: bytes.slice() };
  const coded = codedCopy(columns, built, codes);
  return {
    ...part,
    engineCopy: coded.bytes,
    engineCodes: { basis: coded.basis, added: coded.added },
  };
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
