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
import { Utf8, type Data } from 'apache-arrow';
import { OBSERVATION_KEY, TABLES, type Row } from '../domain/contract.ts';
import { builtColumns, type BuiltColumns } from '../arrow/columns.ts';
import { columnData, dataToIPC, reordered, specsToIPC, textDictionary } from '../arrow/ipc.ts';
import { CODE_COLUMNS, CODED, codedColumns, type CodedColumn } from '../sql/coded.ts';
import type { CodeBasisRow, CodeKeyRow } from '../sql/rows.ts';
import { keyOrder, type KeyColumn } from './key-order.ts';
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
 * Codes the figures: `built` is the observation's Arrow columns (the text copy's own: shared, not
 * built twice), `keys` every code table key.
 */
export function codedCopy(built: BuiltColumns, keys: readonly CodeKeyRow[]): CodedCopy {
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
    // Each distinct id is keyed once (new ids in code-unit order, after every known one); each row
    // then takes its id's key.
    const { ids, texts } = textDictionary(built.data[column] as Data);
    const keyOf = new Int32Array(texts.length);
    const fresh: number[] = [];
    texts.forEach((v, d) => {
      const k = known.get(v);
      if (k === undefined) fresh.push(d);
      else keyOf[d] = k;
    });
    fresh.sort((a, b) => byCodeUnit(texts[a] as string, texts[b] as string));
    for (const d of fresh) {
      keyOf[d] = ++top;
      added.push({ c: column, k: top, v: texts[d] as string });
    }
    const out = new Int32Array(ids.length);
    for (let i = 0; i < ids.length; i++) out[i] = keyOf[ids[i] as number] as number;
    keyed.set(column, out);
  }
  // The coded table's order (`codedKeyOrder`): the key columns, each as its key where it has one.
  const order = keyOrder(
    OBSERVATION_KEY.map((k) => keyed.get(k as CodedColumn) ?? keyColumn(built.data[k] as Data)),
  );
  const data = codedColumns().map((spec) => {
    const coded = CODED.find((c) => c.key === spec.name);
    const d = coded
      ? columnData('int', keyed.get(coded.column) as Int32Array)
      : (built.data[spec.name] as Data);
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

/** A key column of the built data, for `keyOrder`: text through its dictionary, numbers as they are. */
function keyColumn(d: Data): KeyColumn {
  if (d.type instanceof Utf8) return textDictionary(d);
  const values = d.values as Int32Array | Float64Array;
  if (d.nullCount === 0) return values;
  const bits = d.nullBitmap as Uint8Array;
  return Array.from(values, (v, i) => ((bits[i >> 3] as number) & (1 << (i & 7)) ? v : null));
}

/**
 * An import's figures as the worker hands them over: the text copy, to keep, and the engine's
 * copy, to land; with `codes` (every code table key) the engine's copy is coded, without it is a
 * second text copy. Both come from one set of Arrow columns: `rows`, or the columns the worker
 * built as the rows arrived (src/arrow/columns.ts).
 */
export function observationPart(
  rows: readonly Row[] | BuiltColumns,
  codes?: readonly CodeKeyRow[],
): ImportPart {
  const built = Array.isArray(rows)
    ? builtColumns(TABLES.observation, rows as readonly Row[])
    : (rows as BuiltColumns);
  const bytes = dataToIPC(
    TABLES.observation,
    TABLES.observation.map((c) => built.data[c.name] as Data),
  );
  const part: ImportPart = { table: 'observation', bytes, rows: built.length };
  if (!codes) return { ...part, engineCopy: bytes.slice() };
  const coded = codedCopy(built, codes);
  return {
    ...part,
    engineCopy: coded.bytes,
    engineCodes: { basis: coded.basis, added: coded.added },
  };
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
