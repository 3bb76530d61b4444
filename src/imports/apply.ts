import type { Transaction } from '../db/connector.ts';
import {
  dropStaging,
  insertNew,
  mergeObservations,
  revisedFigures,
  stagingTable,
} from '../sql/imports.ts';
import type { RevisedRow } from '../sql/rows.ts';
import type { PreparedImport } from './types.ts';

const KEYS = { indicator: 'id', geo: 'code', source: 'id' } as const;

/**
 * Puts an import's rows into the contract tables inside one transaction (all or nothing): figures
 * replace figures with the same key; indicators, comparison groups and the source are added when new.
 * Returns how many figures already there were replaced. Each part's `engineCopy` is used up.
 */
export async function applyImport(tx: Transaction, p: PreparedImport): Promise<number> {
  return (await applyImportReporting(tx, p)).replaced;
}

/** What an import changed: figures replaced, and those among them the publisher revised. */
export interface ImportOutcome {
  replaced: number;
  /** How many replaced figures had another value, interval or status before. */
  revisedCount: number;
  /** The first of them (REVISED_LISTED at most), in key order. */
  revised: RevisedRow[];
}

/** applyImport, also listing the figures the import revises (a newer release of the same table). */
export async function applyImportReporting(
  tx: Transaction,
  p: PreparedImport,
): Promise<ImportOutcome> {
  // DuckDB-wasm takes over (transfers) the buffer it is given. The ingest worker made a second
  // copy for that, off the page's thread, so `bytes` stays whole for keeping. Without one (an
  // import kept by an older version), or when it was used up by an attempt that failed (a moved
  // buffer has no bytes left), copy here. (The marks time each step for npm run bench.)
  const step = (name: string) => performance.mark(`oversikt:import-${name}`);
  step('start');
  for (const part of p.parts) {
    const copy = part.engineCopy?.byteLength ? part.engineCopy : part.bytes.slice();
    await tx.insertArrow(stagingTable(part.table), copy);
  }
  step('staged');
  let replaced = 0;
  let revised: RevisedRow[] = [];
  for (const part of p.parts) {
    if (part.table === 'observation') {
      const merge = mergeObservations();
      for (const q of merge.codes) await tx.exec(q);
      step('coded');
      revised = await tx.query(revisedFigures());
      step('revised');
      replaced = (await tx.query(merge.remove))[0]?.Count ?? 0;
      step('removed');
      await tx.exec(merge.insert);
      step('inserted');
    } else if (part.table === 'indicator' || part.table === 'geo' || part.table === 'source') {
      await tx.exec(insertNew(part.table, KEYS[part.table]));
    }
    for (const q of dropStaging(part.table)) await tx.exec(q);
  }
  return { replaced, revisedCount: revised[0]?.total ?? 0, revised };
}
